/**
 * The storage every Quorum database opens on: RxDB's Dexie storage over IndexedDB, with reads
 * an index answers taken with one getAll (indexed-reads.ts) and lists of ids read with one
 * request where they lie close together (range-reads.ts).
 */
import { getRxStorageDexie, type RxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { withIndexedGetAll } from './indexed-reads';
import { rangeReads } from './range-reads';

type DexieSettings = NonNullable<Parameters<typeof getRxStorageDexie>[0]>;

export function quorumStorage(settings: Omit<DexieSettings, 'onCreate'> = {}): RxStorageDexie {
  return withIndexedGetAll(
    getRxStorageDexie({
      ...settings,
      onCreate: (dexie) => {
        dexie.use(rangeReads);
      },
    }),
  );
}
