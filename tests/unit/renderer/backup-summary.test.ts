import { describe, expect, it } from 'vitest';
import type { BackupHeader } from '../../../shared/backup/format';
import { describeRecord } from '../../../shared/backup/records';
import { backupContentsSummary, restoreOutcomeSummary } from '../../../renderer/src/features/backup/restore-summary';

const counts = { bodies: 7, members: 1, meetings: 4, agendaitems: 0, resolutions: 0, stakeholders: 0, queries: 0, queryevents: 0, settings: 2, audit: 120 };

describe('the words for a backup and a restore', () => {
  it('lists what a backup holds, leaving out what it has none of', () => {
    const header = { counts, attachmentCount: 3 } as unknown as BackupHeader;
    expect(backupContentsSummary(header)).toBe(
      '7 councils and committees, 1 councillor or official, 4 meetings, 2 settings areas, 120 audit trail entries and 3 attachments',
    );
    expect(backupContentsSummary({ ...header, attachmentCount: 0 })).toMatch(/120 audit trail entries and no attachments$/);
  });

  it('says what a restore did', () => {
    expect(restoreOutcomeSummary({ restored: 1, removed: 0, keptNewer: 0, attachments: 0 })).toBe('1 record put back.');
    expect(restoreOutcomeSummary({ restored: 1_204, removed: 2, keptNewer: 0, attachments: 5 })).toBe(
      '1\u00a0204 records put back; 5 attachments restored; 2 records not in the backup removed.',
    );
    expect(restoreOutcomeSummary({ restored: 0, removed: 0, keptNewer: 1, attachments: 0 })).toBe(
      'Nothing needed to be put back; 1 newer change on this device kept.',
    );
  });

  it('names records as a secretary would', () => {
    expect(describeRecord('meetings', { id: 'm1', title: 'Ordinary Council', startsAt: '2026-11-30T08:00:00.000Z' })).toBe(
      'Meeting "Ordinary Council" (2026-11-30)',
    );
    expect(describeRecord('resolutions', { id: 'r1', number: 'C 042/2026', title: 'Adoption of the budget' })).toBe(
      'Resolution "C 042/2026 Adoption of the budget"',
    );
    expect(describeRecord('queries', { id: 'q1', reference: 'Q-2026-0042', subject: 'Burst pipe' })).toBe('Stakeholder query "Q-2026-0042 Burst pipe"');
    expect(describeRecord('members', { id: 'p1', fullName: 'Cllr T. Ndlovu' })).toBe('Member "Cllr T. Ndlovu"');
    expect(describeRecord('settings', { id: 'query-service-standards' })).toBe('Settings: Query service standards');
    expect(describeRecord('bodies', {})).toBe('Body "without an identifier"');
  });
});
