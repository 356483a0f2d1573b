/**
 * Puts the metro data set into the app's own database (`quorum` on IndexedDB, opened as the app
 * opens it), as a laptop that has synced five years of a metro would hold it: the configuration
 * through the repositories (validated and audited like any import), the large collections
 * written in batches straight into their collections' IndexedDB stores as RxDB stores them
 * (seed-writer.ts). Nothing here is timed as a figure: it is the stage the app is then measured
 * on.
 *
 * Seeding is IndexedDB-bound (one request per record, and the stores' indexes), so the records
 * are generated in a worker (metro-worker.ts) while the page writes, and a few batches'
 * transactions are in flight at once, so the browser's IndexedDB never waits for the page.
 */
import type { RxCollection } from 'rxdb';
import { quorumStorage } from '../../renderer/src/db/storage';
import type { RecordTypes } from '../../shared/schemas';
import { DATABASE_NAME } from '../../renderer/src/db/browser-database';
import { createQuorumDatabase, type QuorumDatabase } from '../../renderer/src/db/create-database';
import { createRepositories } from '../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../renderer/src/db/write-context';
import { MetroDataSet, type MetroSizes } from '../data/metro';
import type { SeedBatch } from '../data/metro-batches';
import type { SeedRequest, SeedResult } from './api';
import { writeAsInserted } from './seed-writer';

/** The page's messages to the seeding worker: start, then one `more` per batch taken. */
export type SeedWorkerRequest = { type: 'start'; seed: number; sizes: MetroSizes; now: string; chunk: number; ahead: number } | { type: 'more' };
export type SeedWorkerReply = { type: 'batch'; batch: SeedBatch } | { type: 'done'; generatingMs: number } | { type: 'failed'; message: string };

/** Batches whose IndexedDB transactions may be in flight at once. */
const IN_FLIGHT = 3;
/** Batches the worker may have generated ahead of the writes. */
const AHEAD = 4;

/** The worker's batches, in order, as they arrive. */
async function* generatedBatches(request: SeedRequest, timing: { generatingMs: number }): AsyncGenerator<SeedBatch> {
  const worker = new Worker(new URL('./metro-worker.ts', import.meta.url), { type: 'module', name: 'Metro data' });
  const arrived: SeedWorkerReply[] = [];
  let wake: (() => void) | null = null;
  worker.onmessage = (event: MessageEvent<SeedWorkerReply>) => {
    arrived.push(event.data);
    wake?.();
  };
  worker.onerror = (event) => {
    arrived.push({ type: 'failed', message: event.message || 'The seeding worker failed to start.' });
    wake?.();
  };
  const start: SeedWorkerRequest = { type: 'start', seed: request.seed, sizes: request.sizes, now: request.now, chunk: request.chunk, ahead: AHEAD };
  worker.postMessage(start);
  try {
    for (;;) {
      if (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const reply = arrived.shift();
      if (!reply) continue;
      if (reply.type === 'failed') throw new Error(`Generating the metro data failed: ${reply.message}`);
      if (reply.type === 'done') {
        timing.generatingMs = reply.generatingMs;
        return;
      }
      worker.postMessage({ type: 'more' } satisfies SeedWorkerRequest);
      yield reply.batch;
    }
  } finally {
    worker.terminate();
  }
}

export async function seedMetro(request: SeedRequest): Promise<SeedResult> {
  const started = performance.now();
  const data = new MetroDataSet({ seed: request.seed, sizes: request.sizes, now: new Date(request.now) });
  const db: QuorumDatabase = await createQuorumDatabase({
    name: DATABASE_NAME,
    storage: quorumStorage(),
    multiInstance: false,
  });
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
    const configuredMs = performance.now() - started;

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
    const timing = { generatingMs: 0, waitingMs: 0 };
    const writing = new Set<Promise<void>>();
    const bulkStarted = performance.now();
    let waitFrom = performance.now();
    for await (const batch of generatedBatches(request, timing)) {
      timing.waitingMs += performance.now() - waitFrom;
      while (writing.size >= IN_FLIGHT) await Promise.race(writing);
      const collection = db[batch.collection] as unknown as RxCollection<RecordTypes[typeof batch.collection]>;
      const write: Promise<void> = writeAsInserted(collection, batch.records).then(
        () => void writing.delete(write),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`${batch.records.length} ${batch.collection} were refused by the database (first id ${batch.records[0]?.id ?? '?'}): ${reason}`);
        },
      );
      // A failed write is thrown where the writes are awaited; this only keeps it from being reported as unhandled meanwhile.
      write.catch(() => undefined);
      writing.add(write);
      counts[batch.collection] = (counts[batch.collection] ?? 0) + batch.records.length;
      waitFrom = performance.now();
    }
    await Promise.all(writing);
    const bulkMs = performance.now() - bulkStarted;
    // Written last, as the demo loader does: its presence marks the municipality as set up.
    await repos.settings.saveArea('municipality', data.municipality);
    return {
      counts,
      ms: performance.now() - started,
      budgetMeetingId: data.budgetMeetingId,
      phases: {
        configuration: configuredMs,
        'records written': bulkMs,
        'generating (worker)': timing.generatingMs,
        'page waiting for the worker': timing.waitingMs,
      },
    };
  } finally {
    await db.close();
  }
}
