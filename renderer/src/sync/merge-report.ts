/**
 * What sync tells people after it merged a record changed here and elsewhere: a line in the sync
 * log, and for competing edits kept side by side an audit entry too, which replicates and so
 * also wakes the other laptops' change feed.
 */
import { COLLECTION_LABELS, fieldLabel, recordLabel } from '@shared/sync/record-labels';
import type { AuditLog } from '../db/audit-log';
import type { MergeReport } from './conflict-handler';
import type { SyncLog } from './sync-log';

export function reportMerge(report: MergeReport, log: SyncLog, audit: AuditLog | undefined): void {
  if (report.kind === 'append-only-divergence') {
    log.add('error', `Two different ${COLLECTION_LABELS[report.collection]} share the id ${report.id}; the server's is kept.`);
    return;
  }
  const { collection, id, result } = report;
  const label = recordLabel(collection, result.record);
  if (result.conflictedFields.length > 0) {
    const fields = result.conflictedFields.map((path) => fieldLabel(collection, id, path));
    log.add('conflict', `${label}: two people changed ${fields.join(', ')}. Both versions are kept; settle them on the Conflicts page.`);
    void audit
      ?.record({
        action: 'update',
        recordType: collection,
        recordId: id,
        summary: `Sync found competing edits of ${label} (${fields.join(', ')}): both versions kept for a person to settle`,
        fields: [...new Set(result.conflictedFields.map((path) => path.split('.')[0] ?? path)), 'conflict', 'hasConflict'],
      })
      .catch((error: unknown) => log.add('error', `Audit entry for a conflict not written: ${String(error)}`));
  } else if (result.deletion === 'remote-overridden' || result.deletion === 'local-overridden') {
    log.add('conflict', `${label} was deleted on one side and changed on the other: the changed record is kept.`);
  } else {
    const mine = result.keptFromLocal.map((path) => fieldLabel(collection, id, path));
    log.add('conflict', `${label} was changed here and elsewhere: merged${mine.length > 0 ? ` (this laptop's ${mine.join(', ')} kept)` : ''}.`);
  }
}
