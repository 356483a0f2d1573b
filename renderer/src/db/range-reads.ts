/**
 * Reading many records by id with one IndexedDB request. RxDB's Dexie storage reads every record
 * it is about to write (to find conflicts), and its replication reads the records a pulled batch
 * touches; Dexie reads such a list of ids with one IndexedDB `get` per id, each a round trip to
 * the browser's IndexedDB. On a laptop's first pull, a batch of 1,000 new records costs 1,000
 * gets that all answer "not here": in a profile of a join that was about half the main thread's
 * busy time (issue 18, docs/benchmarks.md).
 *
 * This Dexie middleware (DBCore, Dexie's documented way to change how it talks to IndexedDB)
 * first reads the ids (keys only) in the range from the lowest id asked to the highest. When that
 * range holds no more than twice as many records as were asked for, the answer comes from it: none
 * of the ids there (a first pull) means no record to read at all, otherwise the range's records
 * are read with one `getAll`. Where the ids are spread thinly over a large collection (random ids
 * once a collection is full), it reads them one by one as Dexie does, after a read of a few
 * thousand ids at most. Either way the answer is the same: one entry per id asked, in order,
 * undefined where there is no record.
 */
import type { DBCore, DBCoreGetManyRequest, DBCoreTable, Middleware } from 'dexie';

/** Fewer ids than this are read one by one: one or two gets cost less than a range read. */
export const RANGE_READ_MIN_KEYS = 8;
/** A range read may return at most this many records per id asked before it gives way. */
export const RANGE_READ_SPREAD = 2;

/** The range `[lowest, highest]` of a list of string ids, or null when one is not a string. */
function bounds(keys: readonly unknown[]): { lower: string; upper: string } | null {
  let lower: string | null = null;
  let upper: string | null = null;
  for (const key of keys) {
    if (typeof key !== 'string') return null;
    if (lower === null || key < lower) lower = key;
    if (upper === null || key > upper) upper = key;
  }
  return lower === null || upper === null ? null : { lower, upper };
}

export function withRangeGetMany(table: DBCoreTable): DBCoreTable {
  const primaryKey = table.schema.primaryKey;
  const extractKey = primaryKey.extractKey;
  // Only a plain key path gives a record's id back (RxDB's tables have one: the primary field).
  if (!extractKey || primaryKey.compound || typeof primaryKey.keyPath !== 'string') return table;
  return {
    ...table,
    async getMany(request: DBCoreGetManyRequest) {
      const { keys, trans } = request;
      if (keys.length < RANGE_READ_MIN_KEYS) return table.getMany(request);
      // String ids compare in IndexedDB as in JavaScript: by UTF-16 code units.
      const range = bounds(keys);
      if (!range) return table.getMany(request);
      const limit = keys.length * RANGE_READ_SPREAD;
      const query = {
        index: primaryKey,
        range: { type: 2 /* DBCoreRangeType.Range */, lower: range.lower, upper: range.upper, lowerOpen: false, upperOpen: false },
      };
      // First the ids alone (cheap): random ids over a full collection span most of it, and then
      // the records are read one by one as Dexie does, having read no record in vain.
      const { result: present } = await table.query({ trans, values: false, limit: limit + 1, query });
      if (present.length > limit) return table.getMany(request);
      const asked = new Set<unknown>(keys);
      if (!present.some((id) => asked.has(id))) return keys.map(() => undefined);
      const { result } = await table.query({ trans, values: true, limit: limit + 1, query });
      const byId = new Map<unknown, unknown>();
      for (const record of result) byId.set(extractKey(record), record);
      return keys.map((key) => byId.get(key));
    },
  };
}

export const rangeReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'quorum-range-reads',
  create: (down) => ({ ...down, table: (name) => withRangeGetMany(down.table(name)) }),
};
