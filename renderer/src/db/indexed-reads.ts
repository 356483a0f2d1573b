/**
 * Quicker reads for RxDB's Dexie storage. RxDB reads every query by stepping an IndexedDB cursor
 * one record at a time, a round trip to IndexedDB per record. When the index answers the whole
 * selector and gives the order asked for, the first `limit` records of the index's key range are
 * exactly the answer, and IndexedDB hands them over in one request: `getAll(range, limit)`.
 * This wraps the Dexie storage so such queries are read that way; every other query (a selector
 * the index does not cover, a descending sort, a skip) is left to RxDB as it is.
 *
 * It works on the storage's documented internals (`internals`, the helpers exported by
 * rxdb/plugins/storage-dexie), so it must wrap the Dexie storage itself, inside any validation
 * wrapper. tests/unit/renderer/indexed-reads.test.ts compares its answers with RxDB's own.
 */
import { getQueryMatcher, getSortComparator, type PreparedQuery, type RxDocumentData, type RxStorage, type RxStorageInstanceCreationParams } from 'rxdb';
import {
  DEXIE_DOCS_TABLE_NAME,
  dexieReplaceIfStartsWithPipe,
  fromDexieToStorage,
  getKeyRangeByQueryPlan,
  type RxStorageDexie,
  type RxStorageInstanceDexie,
} from 'rxdb/plugins/storage-dexie';

const MAX_GET_ALL = 2 ** 32 - 1;

type DexieInternals = Awaited<RxStorageInstanceDexie<unknown>['internals']>;

/** Whether the index alone answers the query, in order, so its first `limit` entries are the result. */
function readsStraightFromIndex<T>(prepared: PreparedQuery<T>): boolean {
  const { queryPlan, query } = prepared;
  return queryPlan.selectorSatisfiedByIndex && queryPlan.sortSatisfiedByIndex && !query.skip;
}

async function readFromIndex<T>(internals: DexieInternals, prepared: PreparedQuery<T>): Promise<RxDocumentData<T>[]> {
  const { queryPlan, query } = prepared;
  // getAll takes an unsigned long: a larger limit (Number.MAX_SAFE_INTEGER for "all") reads all.
  const limit = typeof query.limit === 'number' && query.limit < MAX_GET_ALL ? query.limit : undefined;
  if (limit === 0) return [];
  let range: IDBKeyRange;
  try {
    const keyRangeClass = (internals.dexieDb as unknown as { _options: { IDBKeyRange?: typeof IDBKeyRange } })._options.IDBKeyRange;
    range = getKeyRangeByQueryPlan(internals.booleanIndexes, queryPlan, keyRangeClass) as IDBKeyRange;
  } catch (error) {
    // An empty range (start after end), as RxDB itself treats it.
    if ((error as { name?: string }).name === 'DataError') return [];
    throw error;
  }
  const indexName = `[${queryPlan.index.map((field) => dexieReplaceIfStartsWithPipe(field)).join('+')}]`;
  let rows: unknown[] = [];
  await internals.dexieDb.transaction('r', internals.dexieTable, async (transaction) => {
    const index = transaction.idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(indexName);
    rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = index.getAll(range, limit);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`IndexedDB could not read ${indexName}.`));
    });
  });
  return rows.map((row) => fromDexieToStorage<T>(internals.booleanIndexes, row));
}

/**
 * Any other query, read with a cursor over the query plan's index as RxDB's own Dexie query does
 * (rxdb/plugins/storage-dexie dexie-query.js), except that a failed cursor request rejects: RxDB
 * listens for success only, so a cursor that fails leaves its query waiting for ever (seen as a
 * count of waiting changes that never ended, the status stuck at "Syncing…").
 */
async function readWithCursor<T>(instance: RxStorageInstanceDexie<T>, internals: DexieInternals, prepared: PreparedQuery<T>): Promise<RxDocumentData<T>[]> {
  const { queryPlan, query } = prepared;
  const skip = query.skip ?? 0;
  const skipPlusLimit = skip + (typeof query.limit === 'number' ? query.limit : Infinity);
  const matches = queryPlan.selectorSatisfiedByIndex ? null : getQueryMatcher(instance.schema, query);
  let range: IDBKeyRange;
  try {
    const keyRangeClass = (internals.dexieDb as unknown as { _options: { IDBKeyRange?: typeof IDBKeyRange } })._options.IDBKeyRange;
    range = getKeyRangeByQueryPlan(internals.booleanIndexes, queryPlan, keyRangeClass) as IDBKeyRange;
  } catch (error) {
    if ((error as { name?: string }).name === 'DataError') return [];
    throw error;
  }
  const indexName = `[${queryPlan.index.map((field) => dexieReplaceIfStartsWithPipe(field)).join('+')}]`;
  let rows: RxDocumentData<T>[] = [];
  await internals.dexieDb.transaction('r', internals.dexieTable, async (transaction) => {
    const request = transaction.idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(indexName).openCursor(range);
    await new Promise<void>((resolve, reject) => {
      request.onerror = () => reject(request.error ?? new Error(`IndexedDB could not read ${indexName}.`));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve();
        const doc = fromDexieToStorage<T>(internals.booleanIndexes, cursor.value);
        if (!matches || matches(doc)) rows.push(doc);
        if (queryPlan.sortSatisfiedByIndex && rows.length === skipPlusLimit) resolve();
        else cursor.continue();
      };
    });
  });
  if (!queryPlan.sortSatisfiedByIndex) rows = rows.sort(getSortComparator(instance.schema, query));
  return rows.slice(skip, skipPlusLimit);
}

/** The Dexie storage, reading index-answered queries with one getAll each, and every other query with a cursor that cannot hang. */
export function withIndexedGetAll(storage: RxStorageDexie): RxStorageDexie {
  return Object.assign(Object.create(Object.getPrototypeOf(storage) as object) as RxStorageDexie, storage, {
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, RxStorageDexie['settings']>): Promise<RxStorageInstanceDexie<T>> {
      const instance = await storage.createStorageInstance<T>(params);
      instance.query = async (prepared) => {
        const internals = await instance.internals;
        if (!readsStraightFromIndex(prepared)) return { documents: await readWithCursor(instance, internals, prepared) };
        return { documents: await readFromIndex(internals, prepared) };
      };
      return instance;
    },
  }) satisfies RxStorage<unknown, unknown>;
}
