/**
 * The Dexie storage with index-answered queries read by getAll (renderer/src/db/indexed-reads.ts)
 * gives exactly what RxDB's own cursor reading gives, on fake-indexeddb, over a generated
 * register; and uses getAll only where the index answers the query.
 */
import { IDBIndex, IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { MangoQuery } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPEN_QUERY_STATUSES } from '../../../shared/domain/queries';
import type { StakeholderQuery } from '../../../shared/schemas';
import { createQuorumDatabase, type QuorumDatabase } from '../../../renderer/src/db/create-database';
import { withIndexedGetAll } from '../../../renderer/src/db/indexed-reads';
import { generateQueries } from '../support/generated-queries';

let counter = 0;
async function open(wrapped: boolean): Promise<QuorumDatabase> {
  const dexie = getRxStorageDexie({ indexedDB, IDBKeyRange });
  return createQuorumDatabase({ name: `indexedreads${++counter}${Date.now()}`, storage: wrapped ? withIndexedGetAll(dexie) : dexie, multiInstance: false });
}

const QUERIES: Array<[string, MangoQuery<StakeholderQuery>]> = [
  ['one status, soonest due, limited', { selector: { status: { $eq: 'in_progress' } }, sort: [{ dueDate: 'asc' }], limit: 25 }],
  [
    'one status, a due-date range',
    { selector: { status: { $eq: 'assigned' }, dueDate: { $gte: '2026-01-01', $lt: '2026-03-01' } }, sort: [{ dueDate: 'asc' }], limit: 1_000 },
  ],
  ['a department and status', { selector: { departmentId: { $eq: 'dept-2' }, status: { $eq: 'in_progress' } }, sort: [{ dueDate: 'asc' }], limit: 40 }],
  ['an officer and status', { selector: { officerId: { $eq: 'official-3' }, status: { $eq: 'in_progress' } }, sort: [{ dueDate: 'asc' }], limit: 10 }],
  [
    'received in a range, no limit',
    { selector: { receivedAt: { $gte: '2026-02-01T00:00:00.000Z', $lt: '2026-03-01T00:00:00.000Z' } }, sort: [{ receivedAt: 'asc' }] },
  ],
  ['a boolean index', { selector: { hasConflict: { $eq: true } }, sort: [{ hasConflict: 'asc' }, { id: 'asc' }] }],
  ['a limit past what getAll takes (all of them)', { selector: { status: { $eq: 'assigned' } }, sort: [{ dueDate: 'asc' }], limit: Number.MAX_SAFE_INTEGER }],
  ['a limit of one', { selector: { status: { $eq: 'new' } }, sort: [{ dueDate: 'asc' }], limit: 1 }],
  ['an empty range', { selector: { status: { $eq: 'new' }, dueDate: { $gt: '2026-05-01', $lt: '2026-04-01' } }, sort: [{ dueDate: 'asc' }], limit: 5 }],
];

const LEFT_TO_RXDB: Array<[string, MangoQuery<StakeholderQuery>]> = [
  ['statuses by $in', { selector: { status: { $in: [...OPEN_QUERY_STATUSES] } }, sort: [{ dueDate: 'asc' }], limit: 30 }],
  ['a descending sort', { selector: { status: { $eq: 'in_progress' } }, sort: [{ dueDate: 'desc' }], limit: 30 }],
  ['a field no index holds', { selector: { category: { $eq: 'Other' }, status: { $eq: 'assigned' } }, sort: [{ dueDate: 'asc' }], limit: 30 }],
  ['a skip', { selector: { status: { $eq: 'in_progress' } }, sort: [{ dueDate: 'asc' }], skip: 5, limit: 10 }],
];

describe('index-answered queries read with getAll', () => {
  // RxDB's free edition opens at most 16 collections at once: RxDB's own answers are read first,
  // from a database then closed.
  const want = new Map<string, unknown[]>();
  let quick: QuorumDatabase;
  beforeAll(async () => {
    const register = generateQueries(3_000).map((q, i) => (i % 97 === 0 ? { ...q, hasConflict: true } : q));
    const plain = await open(false);
    await plain.queries.bulkInsert(register);
    for (const [name, mango] of [...QUERIES, ...LEFT_TO_RXDB])
      want.set(
        name,
        (await plain.queries.find(mango).exec()).map((doc) => doc.toJSON()),
      );
    await plain.remove();
    quick = await open(true);
    await quick.queries.bulkInsert(register);
  }, 60_000);
  afterAll(async () => {
    await quick.remove();
  });

  it.each([...QUERIES, ...LEFT_TO_RXDB])('%s: the same records in the same order as RxDB reads them', async (name, mango) => {
    const got = (await quick.queries.find(mango).exec()).map((doc) => doc.toJSON());
    expect(got).toEqual(want.get(name));
    if (mango.limit !== 1 && !name.includes('empty')) expect(got.length).toBeGreaterThan(1);
  });

  it.each(QUERIES)('%s: one getAll, no cursor', async (_name, mango) => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const cursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
    try {
      // Straight to the storage: RxDB's query cache would answer a query already asked.
      await quick.queries.storageInstance.query(quick.queries.find(mango).getPreparedQuery());
      if (!_name.includes('empty')) expect(getAll).toHaveBeenCalledTimes(1);
      expect(cursor).not.toHaveBeenCalled();
    } finally {
      getAll.mockRestore();
      cursor.mockRestore();
    }
  });

  it.each(LEFT_TO_RXDB)('%s: left to RxDB', async (_name, mango) => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    try {
      await quick.queries.storageInstance.query(quick.queries.find(mango).getPreparedQuery());
      expect(getAll).not.toHaveBeenCalled();
    } finally {
      getAll.mockRestore();
    }
  });
});
