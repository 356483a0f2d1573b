/**
 * Writes records into an empty RxDB collection on the Dexie storage exactly as RxDB's
 * `bulkInsert` stores them, in one IndexedDB transaction per call, without what a seed does not
 * need: `bulkInsert` first reads every id back (one IndexedDB request per record, to find
 * conflicts in a collection that may hold them), then emits change events and fills the document
 * cache for subscribers the seeder does not have. The stored row is built by RxDB's own steps in
 * RxDB's order (`fillObjectDataBeforeInsert`; `_meta.lwt` and `_rev` as the wrapped storage sets
 * them; `fromStorageToDexie`), so the app reads it as any row it wrote itself
 * (tests/unit/bench/seed-writer.test.ts compares the stored rows byte for byte). An id already
 * present fails the write (IndexedDB `add`), as `bulkInsert` refuses it.
 *
 * Only for a page that writes and then closes the database: RxDB's open queries on this
 * collection would not see these writes.
 */
import { fillObjectDataBeforeInsert, now, type RxCollection, type RxDocumentData } from 'rxdb';
import { fromStorageToDexie, type RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';

export async function writeAsInserted<T>(collection: RxCollection<T>, records: readonly T[]): Promise<void> {
  if (records.length === 0) return;
  const internals = await (collection.storageInstance.internals as RxStorageInstanceDexie<T>['internals']);
  // One timestamp and one first revision for the batch, as RxDB's wrapped storage gives them.
  const meta = { lwt: now() };
  const revision = `1-${collection.database.token}`;
  const rows = records.map((record) => {
    const document: RxDocumentData<T> = fillObjectDataBeforeInsert<T>(collection.schema, record);
    document._meta = meta;
    document._rev = revision;
    return fromStorageToDexie<T>(internals.booleanIndexes, document) as unknown;
  });
  await internals.dexieDb.transaction('rw', internals.dexieTable, () => internals.dexieTable.bulkAdd(rows));
}
