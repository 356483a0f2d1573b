/**
 * The paced pull of a join's background collections (renderer/src/sync/pull-pacer.ts, issue 18):
 * the pacer on its own with a fake storage, then a real collection replication on RxDB (fake
 * IndexedDB) pulling from a fake server that answers at once, where RxDB would otherwise merge
 * every batch pulled during a write into one long write.
 */
import { Subject, type Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection, RxStorage, RxStorageInstanceCreationParams } from 'rxdb';
import { createCollectionReplication, type ReplicationDatabase } from '../../../renderer/src/sync/collection-replication';
import { ConnectionGate } from '../../../renderer/src/sync/connection-gate';
import { PullPacer } from '../../../renderer/src/sync/pull-pacer';
import { ReplicationTrace } from '../../../renderer/src/sync/replication-trace';
import type { CouchDoc } from '../../../shared/couch/database';
import type { JsonObject } from '../../../shared/sync/record-state';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';
import { createTestDatabase, memoryStorage } from '../support/test-database';

function pacerWith(stored: Map<string, JsonObject>, maxWaitMs = 5_000) {
  const writes = new Subject<readonly string[]>();
  const pacer = new PullPacer({ writes, read: (id) => Promise.resolve(stored.get(id)), maxWaitMs });
  return { pacer, writes };
}

async function isSettledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

describe('the pull pacer', () => {
  const batch = [
    { id: 'a', subject: 'First' },
    { id: 'b', subject: 'Second' },
  ];

  it('lets the first batch through at once', async () => {
    const { pacer } = pacerWith(new Map());
    expect(await isSettledWithin(pacer.settled(), 50)).toBe(true);
  });

  it('holds the next batch until the last record handed over is written here', async () => {
    const { pacer, writes } = pacerWith(new Map());
    pacer.handedOver(batch);
    const settled = pacer.settled();
    expect(await isSettledWithin(settled, 50)).toBe(false);
    // A write of other records is not the batch's.
    writes.next(['a', 'x']);
    expect(await isSettledWithin(settled, 50)).toBe(false);
    writes.next(['b']);
    expect(await isSettledWithin(settled, 50)).toBe(true);
  });

  it('counts a write that came before the wait began', async () => {
    const { pacer, writes } = pacerWith(new Map());
    pacer.handedOver(batch);
    writes.next(['a', 'b']);
    expect(await isSettledWithin(pacer.settled(), 50)).toBe(true);
  });

  it('does not wait for a record already here in the same state (RxDB writes nothing then)', async () => {
    const { pacer } = pacerWith(new Map([['b', { id: 'b', subject: 'Second', _rev: '1-x', _meta: { lwt: 1 } }]]));
    pacer.handedOver(batch);
    expect(await isSettledWithin(pacer.settled(), 50)).toBe(true);
  });

  it('waits for a record here in another state, and gives up after its longest wait', async () => {
    const { pacer } = pacerWith(new Map([['b', { id: 'b', subject: 'Older wording' }]]), 150);
    pacer.handedOver(batch);
    const settled = pacer.settled();
    expect(await isSettledWithin(settled, 60)).toBe(false);
    expect(await isSettledWithin(settled, 400)).toBe(true);
  });

  it('releases a waiting pull when disposed (the replication was cancelled)', async () => {
    const { pacer } = pacerWith(new Map());
    pacer.handedOver(batch);
    const settled = pacer.settled();
    pacer.dispose();
    expect(await isSettledWithin(settled, 50)).toBe(true);
  });
});

/** A laptop whose disk is slower than its network: every storage write takes `ms` more. */
function slowWrites(storage: RxStorage<unknown, unknown>, ms: number): RxStorage<unknown, unknown> {
  return {
    ...storage,
    async createStorageInstance<RxDocType>(params: RxStorageInstanceCreationParams<RxDocType, unknown>) {
      const instance = await storage.createStorageInstance<RxDocType>(params);
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return bulkWrite(rows, context);
      };
      return instance;
    },
  };
}

describe('a paced collection replication', () => {
  let data: { db: QuorumDatabase } | null = null;
  let subscription: Subscription | null = null;
  afterEach(async () => {
    subscription?.unsubscribe();
    await data?.db.close();
    data = null;
  });

  /** A server database holding `docs`, answering every request at once. */
  function instantServer(docs: CouchDoc[]): ReplicationDatabase {
    return {
      changes: ({ since, limit }) => {
        const from = Number(since ?? 0);
        const rows = docs.slice(from, from + (limit ?? docs.length));
        return Promise.resolve({
          results: rows.map((doc, n) => ({ id: doc._id, seq: from + n + 1, changes: [{ rev: String(doc._rev) }], doc })),
          last_seq: from + rows.length,
        });
      },
      allDocs: () => Promise.resolve([]),
      bulkDocs: () => Promise.resolve([]),
      get: () => Promise.resolve(null),
    };
  }

  async function pullAll(paced: boolean): Promise<{ writes: number[]; stored: number }> {
    data = { db: await createTestDatabase(slowWrites(memoryStorage(), 20)) };
    // A query's timeline, the largest collection of a join's background stage.
    const docs = Array.from({ length: 600 }, (_, n) => ({
      _id: `event-${String(n).padStart(4, '0')}`,
      _rev: '1-a',
      queryId: `query-${n % 40}`,
      at: '2026-11-02T08:00:00.000Z',
      by: 'Officer',
      kind: 'note',
      text: `Called back ${n}`,
    }));
    const collection = data.db.queryevents as unknown as RxCollection;
    const writes: number[] = [];
    subscription = collection.storageInstance.changeStream().subscribe((bulk) => writes.push(bulk.events.length));
    const gate = new ConnectionGate();
    gate.open();
    const replication = createCollectionReplication({
      name: 'queryevents',
      collection: data.db.queryevents,
      database: instantServer(docs),
      identifier: `pacer-test-${paced}`,
      gate,
      pullBatchSize: 50,
      pushBatchSize: 50,
      retryTimeMs: 1_000,
      events: { skipped: () => undefined, refused: () => undefined, confirmed: () => undefined, pushed: () => undefined },
      paced: () => paced,
      paceMaxWaitMs: 10_000,
      trace: new ReplicationTrace(),
    });
    await replication.start();
    await replication.awaitInitialReplication();
    const stored = await data.db.queryevents.count().exec();
    await replication.cancel();
    return { writes, stored };
  }

  it('writes each pulled batch on its own: no write holds more than one batch', async () => {
    const { writes, stored } = await pullAll(true);
    expect(stored).toBe(600);
    expect(writes.reduce((a, b) => a + b, 0)).toBe(600);
    expect(Math.max(...writes)).toBeLessThanOrEqual(50);
  });

  it('(unpaced, RxDB merges the batches pulled during a write: what the pacer prevents)', async () => {
    const { writes, stored } = await pullAll(false);
    expect(stored).toBe(600);
    expect(Math.max(...writes)).toBeGreaterThan(50);
  });
});
