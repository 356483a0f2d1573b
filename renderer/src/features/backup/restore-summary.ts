/** The words for what a backup holds and what a restore did. */
import type { BackupHeader } from '@shared/backup/format';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import type { RestoreOutcome } from './backup.service';

const NOUNS: Record<CollectionName, [one: string, many: string]> = {
  bodies: ['council or committee', 'councils and committees'],
  members: ['councillor or official', 'councillors and officials'],
  meetings: ['meeting', 'meetings'],
  agendaitems: ['agenda item', 'agenda items'],
  resolutions: ['resolution', 'resolutions'],
  stakeholders: ['stakeholder', 'stakeholders'],
  queries: ['query', 'queries'],
  queryevents: ['query timeline entry', 'query timeline entries'],
  settings: ['settings area', 'settings areas'],
  audit: ['audit trail entry', 'audit trail entries'],
};

export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-ZA')} ${count === 1 ? one : many}`;
}

/** `4 meetings, 12 resolutions and 1 attachment`: what a backup holds, empty kinds left out. */
export function backupContentsSummary(header: BackupHeader): string {
  const parts = COLLECTION_NAMES.filter((name) => header.counts[name] > 0).map((name) => countOf(header.counts[name], ...NOUNS[name]));
  parts.push(header.attachmentCount > 0 ? countOf(header.attachmentCount, 'attachment', 'attachments') : 'no attachments');
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
}

export function restoreOutcomeSummary(outcome: RestoreOutcome): string {
  const parts = [outcome.restored === 0 ? 'Nothing needed to be put back' : `${countOf(outcome.restored, 'record', 'records')} put back`];
  if (outcome.attachments > 0) parts.push(`${countOf(outcome.attachments, 'attachment', 'attachments')} restored`);
  if (outcome.removed > 0) parts.push(`${countOf(outcome.removed, 'record', 'records')} not in the backup removed`);
  if (outcome.keptNewer > 0) parts.push(`${countOf(outcome.keptNewer, 'newer change', 'newer changes')} on this device kept`);
  return `${parts.join('; ')}.`;
}
