import { describe, expect, it } from 'vitest';
import { checkBody, compareBodies } from '../../../shared/domain/bodies';
import { checkMeeting, councilQuarterWithoutMeeting, declarationSentence, quarterOf } from '../../../shared/domain/meetings';
import { isQueryOverdue } from '../../../shared/domain/queries';
import { quorumRequired } from '../../../shared/domain/quorum';
import { isBeingImplemented, isResolutionOverdue, UNFINISHED_STATUSES } from '../../../shared/domain/resolutions';
import { IMPLEMENTATION_STATUSES } from '../../../shared/schemas/vocabulary';
import type { Body, Meeting } from '../../../shared/schemas';

const stamp = { createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', hasConflict: false };
const members = (n: number) => Array.from({ length: n }, (_, i) => ({ memberId: `m${i}`, role: 'member' as const }));
const body = (overrides: Partial<Body> = {}): Body => ({
  id: 'b',
  name: 'Council',
  code: 'C',
  kind: 'council',
  memberships: members(45),
  quorumRule: 'majority',
  archived: false,
  ...stamp,
  ...overrides,
});

describe('quorum', () => {
  it('is a majority of the members by default', () => {
    expect(quorumRequired(body())).toBe(23);
    expect(quorumRequired(body({ memberships: members(6) }))).toBe(4);
    expect(quorumRequired(body({ memberships: members(7) }))).toBe(4);
  });

  it('can be a fixed number set by the body', () => {
    expect(quorumRequired(body({ quorumRule: 'fixed', quorumFixed: 15 }))).toBe(15);
  });
});

describe('bodies', () => {
  it('refuses a fixed quorum larger than the body', () => {
    expect(checkBody(body({ memberships: members(5), quorumRule: 'fixed', quorumFixed: 6 }))).toHaveProperty('quorumFixed');
  });

  it('allows only one chairperson', () => {
    const memberships = [
      { memberId: 'a', role: 'chairperson' as const },
      { memberId: 'b', role: 'chairperson' as const },
    ];
    expect(checkBody(body({ memberships }))).toEqual({ memberships: 'A body has one chairperson.' });
  });

  it('lists Council first, then the Mayoral Committee, portfolio committees and MPAC', () => {
    const names = [
      body({ name: 'MPAC', kind: 'mpac' }),
      body({ name: 'Finance', kind: 'portfolio_committee' }),
      body({ name: 'Council', kind: 'council' }),
      body({ name: 'Mayoral Committee', kind: 'mayoral_committee' }),
      body({ name: 'Community', kind: 'portfolio_committee' }),
    ]
      .sort(compareBodies)
      .map((b) => b.name);
    expect(names).toEqual(['Council', 'Mayoral Committee', 'Community', 'Finance', 'MPAC']);
  });
});

describe('meetings', () => {
  const meeting: Meeting = {
    id: 'm',
    bodyId: 'b',
    type: 'ordinary',
    title: 'x',
    startsAt: '2026-11-26T08:00:00.000Z',
    venue: 'v',
    status: 'draft',
    history: [],
    attendance: [],
    ...stamp,
  };

  it('must end after it starts', () => {
    expect(checkMeeting({ ...meeting, endsAt: '2026-11-26T08:00:00.000Z' })).toHaveProperty('endsAt');
    expect(checkMeeting({ ...meeting, endsAt: '2026-11-26T09:00:00.000Z' })).toEqual({});
  });

  it('refuses a member recorded twice in the register', () => {
    const entry = { id: 'a', kind: 'member' as const, memberId: 'x', status: 'present' as const };
    expect(checkMeeting({ ...meeting, attendance: [entry, { ...entry, id: 'b' }] })).toEqual({
      'attendance.1.memberId': 'This member is already in the register.',
    });
  });
});

describe('overdue work', () => {
  it('a query is overdue when open and past due, but not while waiting for the stakeholder', () => {
    expect(isQueryOverdue({ status: 'in_progress', dueDate: '2026-11-20' }, '2026-11-23')).toBe(true);
    expect(isQueryOverdue({ status: 'in_progress', dueDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isQueryOverdue({ status: 'awaiting_stakeholder', dueDate: '2026-11-20' }, '2026-11-23')).toBe(false);
    expect(isQueryOverdue({ status: 'closed', dueDate: '2026-11-20' }, '2026-11-23')).toBe(false);
  });

  it('a carried resolution is overdue when past due and not implemented', () => {
    expect(isResolutionOverdue({ outcome: 'carried', status: 'in_progress', dueDate: '2026-11-01' }, '2026-11-23')).toBe(true);
    expect(isResolutionOverdue({ outcome: 'carried', status: 'implemented', dueDate: '2026-11-01' }, '2026-11-23')).toBe(false);
    expect(isResolutionOverdue({ outcome: 'failed', status: 'not_started', dueDate: '2026-11-01' }, '2026-11-23')).toBe(false);
  });

  it('a carried resolution not started or in progress is being implemented; a failed motion never is', () => {
    expect(isBeingImplemented({ outcome: 'carried', status: 'not_started' })).toBe(true);
    expect(isBeingImplemented({ outcome: 'carried', status: 'in_progress' })).toBe(true);
    expect(isBeingImplemented({ outcome: 'carried', status: 'implemented' })).toBe(false);
    expect(isBeingImplemented({ outcome: 'failed', status: 'not_started' })).toBe(false);
    for (const status of IMPLEMENTATION_STATUSES) if (isBeingImplemented({ outcome: 'carried', status })) expect(UNFINISHED_STATUSES).toContain(status);
  });

  it('only a resolution with an unfinished status can be overdue (the dashboard reads only those)', () => {
    expect([...UNFINISHED_STATUSES].sort()).toEqual(['in_progress', 'not_started', 'overdue']);
    for (const status of IMPLEMENTATION_STATUSES) {
      expect(isResolutionOverdue({ outcome: 'carried', status, dueDate: '2026-11-01' }, '2026-11-23')).toBe(UNFINISHED_STATUSES.includes(status));
    }
  });
});

describe('Council meets at least quarterly', () => {
  const council = ['c'];
  const meeting = (startsAt: string, status: Meeting['status'] = 'draft', bodyId = 'c') => ({ bodyId, startsAt, status });

  it('knows the quarter of a date', () => {
    expect(quarterOf('2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-12-31', label: 'October–December 2026' });
    expect(quarterOf('2028-02-10')).toEqual({ from: '2028-01-01', to: '2028-03-31', label: 'January–March 2028' });
  });

  it('warns when no Council meeting is held or scheduled this quarter', () => {
    expect(councilQuarterWithoutMeeting([meeting('2026-09-30T08:00:00.000Z')], council, '2026-11-23')).toEqual({ label: 'October–December 2026' });
    expect(councilQuarterWithoutMeeting([meeting('2026-12-10T08:00:00.000Z')], council, '2026-11-23')).toBeNull();
    expect(councilQuarterWithoutMeeting([meeting('2026-12-10T08:00:00.000Z', 'cancelled')], council, '2026-11-23')).not.toBeNull();
    expect(councilQuarterWithoutMeeting([meeting('2026-12-10T08:00:00.000Z', 'draft', 'mpac')], council, '2026-11-23')).not.toBeNull();
    expect(councilQuarterWithoutMeeting([], [], '2026-11-23')).toBeNull();
  });
});

describe('a declaration of interest in the minutes', () => {
  it('reads as whole sentences whether or not the secretary typed the full stop', () => {
    expect(declarationSentence('Cllr T. Khumalo', 'Owns property on the street', true)).toBe(
      'Cllr T. Khumalo declared an interest: Owns property on the street. The member left the meeting for this item.',
    );
    expect(declarationSentence('Cllr T. Khumalo', 'Owns shares in a supplier. ', false)).toBe(
      'Cllr T. Khumalo declared an interest: Owns shares in a supplier.',
    );
    expect(declarationSentence('Cllr T. Khumalo', 'Is the applicant?', false)).toBe('Cllr T. Khumalo declared an interest: Is the applicant?');
    expect(declarationSentence('Cllr T. Khumalo', '  ', true)).toBe('Cllr T. Khumalo declared an interest. The member left the meeting for this item.');
  });
});
