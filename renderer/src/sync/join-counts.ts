/**
 * The record counts a join's progress is measured by: this laptop's when the sync starts, and the
 * server's after each check of its databases (join-tracker.ts keeps and publishes them).
 */
import { CouchDatabase } from '@shared/couch/database';
import type { CouchClient } from '@shared/couch/http';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import type { QuorumDatabase } from '../db/create-database';
import type { JoinMemory } from './join-tracker';

export type RecordCounts = Partial<Record<CollectionName, number>>;

/**
 * Where the join stands: as remembered; all joined on a laptop that was in step before joins
 * were staged; otherwise a new join, from empty when the laptop holds no municipality yet. The
 * counts are those of the collections still joining.
 */
export async function startingJoin(
  db: QuorumDatabase,
  remembered: JoinMemory | undefined,
  lastSyncedAt: string | null,
): Promise<{ memory: JoinMemory; counts: RecordCounts }> {
  const memory: JoinMemory =
    remembered ?? (lastSyncedAt !== null ? { startedEmpty: false, caughtUp: [...COLLECTION_NAMES] } : { startedEmpty: false, caughtUp: [] });
  const counts: RecordCounts = {};
  for (const name of COLLECTION_NAMES) if (!memory.caughtUp.includes(name)) counts[name] = await db[name].count().exec();
  if (!remembered && lastSyncedAt === null) memory.startedEmpty = (counts.settings ?? 0) === 0;
  return { memory, counts };
}

/**
 * The server's record counts of `names`, for the progress only: a database that does not answer
 * is left out (its problems are reported elsewhere).
 */
export async function serverRecordCounts(
  client: CouchClient,
  names: readonly CollectionName[],
  dbName: (name: CollectionName) => string,
  signal: AbortSignal | undefined,
): Promise<RecordCounts> {
  const counts: RecordCounts = {};
  await Promise.all(
    names.map(async (name) => {
      try {
        const database = dbName(name);
        const info = await new CouchDatabase(client, database).info(signal);
        // The count includes design documents (validation, indexes), which are no records.
        const designs = await client.json<{ rows: unknown[] }>('GET', `${encodeURIComponent(database)}/_all_docs`, {
          database,
          query: { startkey: '"_design/"', endkey: '"_design0"' },
          ...(signal ? { signal } : {}),
        });
        counts[name] = Math.max(0, info.doc_count - designs.rows.length);
      } catch {
        // Left out: the count is for the progress only.
      }
    }),
  );
  return counts;
}
