/**
 * Replaces RxDB's default conflict handler, which keeps the server's version and silently drops
 * the other offline edit (docs/stack-facts.md, "RxDB"). Ours merges field by field with the assumed
 * master state as the common base (shared/sync/merge.ts) and keeps both versions of a field
 * two people changed. `isEqual` compares every field the merge may change, `conflict` and
 * `hasConflict` included, or a merged record would never be pushed.
 *
 * Append-only collections (query timelines, the audit trail) never conflict: their records are
 * inserted with random ids and never changed (an audit entry only grows its burst counters,
 * which combine), and the server refuses any other update to them.
 *
 * A pulled state that a push from this laptop has already overtaken counts as equal to the
 * laptop's state at RxDB's last check before storing it, so it is not stored (overtaken-pulls.ts).
 */
import type { RxConflictHandler, WithDeleted } from 'rxdb';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { mergeAppendOnly, mergeRecord, type MergeResult } from '@shared/sync/merge';
import { isAppendOnly } from '@shared/sync/merge-rules';
import { sameRecordState, type JsonObject } from '@shared/sync/record-state';
import { isOvertakenPull, PULL_WRITE_CHECK } from './overtaken-pulls';

export type MergeReport =
  | { kind: 'merged'; collection: CollectionName; id: string; result: MergeResult; local: JsonObject; remote: JsonObject }
  /** Two different records under one id in an append-only collection: cannot happen by design. */
  | { kind: 'append-only-divergence'; collection: CollectionName; id: string };

export function quorumConflictHandler<T>(collection: CollectionName, now: () => Date, report: (merge: MergeReport) => void): RxConflictHandler<T> {
  return {
    isEqual: (a, b, context) => (context === PULL_WRITE_CHECK && isOvertakenPull(a)) || sameRecordState(a, b),
    resolve: (input) => {
      const local = input.newDocumentState as unknown as JsonObject;
      const remote = input.realMasterState as unknown as JsonObject;
      const id = String(remote.id ?? local.id);
      if (isAppendOnly(collection)) {
        const merged = mergeAppendOnly(collection, local, remote);
        if (merged) return Promise.resolve(merged as unknown as WithDeleted<T>);
        report({ kind: 'append-only-divergence', collection, id });
        return Promise.resolve(input.realMasterState);
      }
      const result = mergeRecord({
        collection,
        base: input.assumedMasterState,
        local,
        remote,
        detectedAt: now().toISOString(),
      });
      report({ kind: 'merged', collection, id, result, local, remote });
      return Promise.resolve(result.record as unknown as WithDeleted<T>);
    },
  };
}
