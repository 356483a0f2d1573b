/**
 * Lists of ids read with one range request (renderer/src/db/range-reads.ts): the answers are
 * exactly Dexie's own (one entry per id asked, in order, undefined where there is none), the
 * range read is used where the ids lie close together and gives way where they are spread thin.
 */
import Dexie from 'dexie';
import { IDBKeyRange, IDBObjectStore, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RANGE_READ_MIN_KEYS, RANGE_READ_SPREAD, rangeReads } from '../../../renderer/src/db/range-reads';

let counter = 0;
const opened: Dexie[] = [];

async function openTable(withMiddleware: boolean, records: { id: string; n: number }[]): Promise<Dexie.Table<{ id: string; n: number }, string>> {
  const db = new Dexie(`range-reads-${++counter}`, { indexedDB, IDBKeyRange });
  if (withMiddleware) db.use(rangeReads);
  db.version(1).stores({ docs: 'id, n' });
  await db.open();
  opened.push(db);
  const table = db.table<{ id: string; n: number }, string>('docs');
  await table.bulkPut(records);
  return table;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

const id = (n: number) => `q-${String(n).padStart(5, '0')}`;
const records = (ns: number[]) => ns.map((n) => ({ id: id(n), n }));

describe('range reads of many ids', () => {
  const cases: Array<[string, number[], string[]]> = [
    ['an empty collection, as on a first pull', [], Array.from({ length: 50 }, (_, i) => id(i))],
    ['some of the ids present, in another order, with repeats', [3, 5, 7, 40], [id(40), id(1), id(3), id(3), id(12), id(7), id(5), id(44), id(0)]],
    ['every id present', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], Array.from({ length: 10 }, (_, i) => id(9 - i))],
    [
      'ids spread thinly over a large collection',
      Array.from({ length: 500 }, (_, i) => i),
      [id(0), id(100), id(200), id(300), id(400), id(499), id(250), id(50), id(9999)],
    ],
    ['fewer ids than the range read is for', [1, 2], [id(2), id(1), id(3)]],
    ['odd Unicode in ids', [], ['a', 'ä', 'z', '\u{1F600}', 'Z', '', 'ß', '\uffff', 'b']],
  ];

  it.each(cases)('answers as Dexie does: %s', async (_name, present, asked) => {
    const plain = await openTable(false, records(present));
    const ranged = await openTable(true, records(present));
    expect(await ranged.bulkGet(asked)).toEqual(await plain.bulkGet(asked));
  });

  it('reads close ids with one request instead of one get each', async () => {
    const table = await openTable(true, records([2, 4, 6]));
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const asked = Array.from({ length: 100 }, (_, i) => id(i));
    const found = await table.bulkGet(asked);
    expect(found.filter(Boolean).map((r) => r?.n)).toEqual([2, 4, 6]);
    expect(gets).not.toHaveBeenCalled();
  });

  it('reads ids spread thinly one by one, and few ids one by one', async () => {
    const table = await openTable(true, records(Array.from({ length: 300 }, (_, i) => i)));
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const spread = [0, 50, 100, 150, 200, 250, 299, 120].map(id);
    expect((await table.bulkGet(spread)).map((r) => r?.n)).toEqual([0, 50, 100, 150, 200, 250, 299, 120]);
    // 300 records lie between the lowest and highest of 8 ids: more than RANGE_READ_SPREAD per id.
    expect(300).toBeGreaterThan(spread.length * RANGE_READ_SPREAD);
    expect(gets).toHaveBeenCalledTimes(spread.length);
    gets.mockClear();
    // ...having read the range's ids only, never its records.
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await table.bulkGet(spread);
    expect(getAll).not.toHaveBeenCalled();
    gets.mockClear();
    const few = [id(1), id(2)];
    expect(few.length).toBeLessThan(RANGE_READ_MIN_KEYS);
    await table.bulkGet(few);
    expect(gets).toHaveBeenCalledTimes(2);
  });
});
