/**
 * Puts the metro data set into the app's own database (`quorum` on IndexedDB, opened as the app
 * opens it), as a laptop that has synced five years of a metro would hold it: the configuration
 * through the repositories (validated and audited like any import), the large collections
 * written in chunks straight into their RxDB collections, which is how replication stores what
 * it pulls. Nothing here is timed as a figure: it is the stage the app is then measured on.
 */
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { withIndexedGetAll } from '../../renderer/src/db/indexed-reads';
import type { RxCollection } from 'rxdb';
import type { CollectionName } from '../../shared/schemas/vocabulary';
import type { RecordTypes } from '../../shared/schemas';
import { DATABASE_NAME } from '../../renderer/src/db/browser-database';
import { createQuorumDatabase, type QuorumDatabase } from '../../renderer/src/db/create-database';
import { createRepositories } from '../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../renderer/src/db/write-context';
import { MetroDataSet } from '../data/metro';
import type { SeedRequest, SeedResult } from './api';

async function insertAll<K extends CollectionName>(db: QuorumDatabase, name: K, records: RecordTypes[K][], chunk: number): Promise<number> {
  const collection = db[name] as unknown as RxCollection<RecordTypes[K]>;
  for (let from = 0; from < records.length; from += chunk) {
    const part = records.slice(from, from + chunk);
    const result = await collection.bulkInsert(part);
    if (result.error.length > 0) {
      const first = result.error[0];
      throw new Error(
        `${result.error.length} of ${part.length} ${name} were refused by the database (first: ${first?.documentId ?? '?'}, status ${first?.status ?? '?'}).`,
      );
    }
  }
  return records.length;
}

export async function seedMetro(request: SeedRequest): Promise<SeedResult> {
  const started = performance.now();
  const data = new MetroDataSet({ seed: request.seed, sizes: request.sizes, now: new Date(request.now) });
  const db = await createQuorumDatabase({ name: DATABASE_NAME, storage: withIndexedGetAll(getRxStorageDexie()), multiInstance: false });
  try {
    const existing = await db.settings.findOne('municipality').exec();
    if (existing) throw new Error('The benchmark profile already holds a municipality: it must start empty.');
    const repos = createRepositories(
      db,
      fixedWriteContext('Bench loader', 'bench', () => new Date(request.now)),
    );
    await repos.profile.setUserName(request.userName);
    await repos.settings.saveArea('departments', { items: data.departments });
    await repos.settings.saveArea('queries', data.querySettings);
    await repos.members.importMany(data.members);
    await repos.bodies.importMany(data.bodies);

    const counts: Record<string, number> = {
      members: data.members.length,
      bodies: data.bodies.length,
      meetings: 0,
      agendaitems: 0,
      resolutions: 0,
      stakeholders: 0,
      queries: 0,
      queryevents: 0,
    };
    const add = (name: string, n: number) => (counts[name] = (counts[name] ?? 0) + n);
    const { sizes } = request;
    // Meetings come with their agendas and resolutions: ~20 items each, so fewer per chunk.
    const meetingStep = Math.max(1, Math.floor(request.chunk / 20));
    for (let from = 0; from < sizes.meetings; from += meetingStep) {
      const part = data.meetingRange(from, from + meetingStep);
      add('meetings', await insertAll(db, 'meetings', part.meetings, request.chunk));
      add('agendaitems', await insertAll(db, 'agendaitems', part.agendaItems, request.chunk));
      add('resolutions', await insertAll(db, 'resolutions', part.resolutions, request.chunk));
    }
    for (let from = 0; from < sizes.stakeholders; from += request.chunk) {
      add('stakeholders', await insertAll(db, 'stakeholders', data.stakeholderRange(from, from + request.chunk), request.chunk));
    }
    // A query has ~7 timeline events: fewer queries per chunk keep the writes of even size.
    const queryStep = Math.max(1, Math.floor(request.chunk / 4));
    for (let from = 0; from < sizes.queries; from += queryStep) {
      const part = data.queryRange(from, from + queryStep);
      add('queries', await insertAll(db, 'queries', part.queries, request.chunk));
      add('queryevents', await insertAll(db, 'queryevents', part.events, request.chunk));
    }
    // Written last, as the demo loader does: its presence marks the municipality as set up.
    await repos.settings.saveArea('municipality', data.municipality);
    return { counts, ms: performance.now() - started, budgetMeetingId: data.budgetMeetingId };
  } finally {
    await db.close();
  }
}
