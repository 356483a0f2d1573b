/**
 * The seeder's writes (bench/page/seed-writer.ts) store what RxDB's bulkInsert stores, byte for
 * byte but for the write's time and the database's token in the revision, on the Dexie storage
 * over fake-indexeddb; the app then reads them as its own; an id already stored is refused.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { RxCollection } from 'rxdb';
import { getRxStorageDexie, type RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { MetroDataSet, scaledSizes } from '../../../bench/data/metro';
import { metroBatches, type SeedBatch, type SeededCollection } from '../../../bench/data/metro-batches';
import { writeAsInserted } from '../../../bench/page/seed-writer';
import { createQuorumDatabase, type QuorumDatabase } from '../../../renderer/src/db/create-database';
import { withIndexedGetAll } from '../../../renderer/src/db/indexed-reads';
import type { RecordTypes } from '../../../shared/schemas';

const COLLECTIONS: SeededCollection[] = ['meetings', 'agendaitems', 'resolutions', 'stakeholders', 'queries', 'queryevents'];

/** The first batch of each collection, with a conflict flagged on one record (a boolean index). */
function sample(): SeedBatch[] {
  const data = new MetroDataSet({ seed: 8, sizes: scaledSizes(0.01), now: new Date('2026-03-11T10:30:00.000Z') });
  const first = new Map<SeededCollection, SeedBatch>();
  for (const batch of metroBatches(data, 60)) if (!first.has(batch.collection)) first.set(batch.collection, batch);
  const batches = COLLECTIONS.map((name) => first.get(name)!);
  const queries = batches.find((b) => b.collection === 'queries')!;
  queries.records[3] = { ...(queries.records[3] as RecordTypes['queries']), hasConflict: true };
  return batches;
}

let counter = 0;
function open(): Promise<QuorumDatabase> {
  return createQuorumDatabase({
    name: `seedwriter${++counter}${Date.now()}`,
    storage: withIndexedGetAll(getRxStorageDexie({ indexedDB, IDBKeyRange })),
    multiInstance: false,
  });
}

const collectionOf = (db: QuorumDatabase, name: SeededCollection) => db[name] as unknown as RxCollection<RecordTypes[typeof name]>;

/** Every stored row as IndexedDB holds it, the write's time and the database token made neutral. */
async function storedRows(db: QuorumDatabase, name: SeededCollection): Promise<string[]> {
  const internals = await (collectionOf(db, name).storageInstance.internals as RxStorageInstanceDexie<unknown>['internals']);
  const rows = (await internals.dexieTable.toArray()) as Array<Record<string, unknown>>;
  return rows.map((row) =>
    JSON.stringify(row)
      .replace(/"lwt":[0-9.]+/, '"lwt":0')
      .replace(`"_rev":"1-${db.token}"`, '"_rev":"1-token"'),
  );
}

describe('writeAsInserted', () => {
  it('stores what bulkInsert stores, and the app reads it as its own', async () => {
    const batches = sample();
    // RxDB's free edition opens at most 16 collections at once: one database at a time.
    const viaRxdb = await open();
    const want = new Map<SeededCollection, { rows: string[]; read: unknown[] }>();
    for (const { collection, records } of batches) {
      const result = await collectionOf(viaRxdb, collection).bulkInsert(records);
      expect(result.error).toEqual([]);
      want.set(collection, {
        rows: await storedRows(viaRxdb, collection),
        read: (await collectionOf(viaRxdb, collection).find().exec()).map((d) => d.toJSON()),
      });
    }
    await viaRxdb.close();

    const seeded = await open();
    for (const { collection, records } of batches) {
      await writeAsInserted(collectionOf(seeded, collection), records);
      const rows = await storedRows(seeded, collection);
      expect(rows.length, collection).toBe(records.length);
      expect(rows, collection).toEqual(want.get(collection)!.rows);
      expect(
        (await collectionOf(seeded, collection).find().exec()).map((d) => d.toJSON()),
        collection,
      ).toEqual(want.get(collection)!.read);
    }
    // The boolean index answers as for the app's own writes.
    expect(await seeded.queries.count({ selector: { hasConflict: true } }).exec()).toBe(1);
    await seeded.close();
  });

  it('refuses a record whose id is already stored, and writes nothing of that batch', async () => {
    const stakeholders = sample().find((b) => b.collection === 'stakeholders')!.records as Array<RecordTypes['stakeholders']>;
    const db = await open();
    await writeAsInserted(db.stakeholders, stakeholders.slice(0, 2));
    await expect(writeAsInserted(db.stakeholders, stakeholders.slice(1, 5))).rejects.toThrow();
    expect(await db.stakeholders.count().exec()).toBe(2);
    await db.close();
  });
});
