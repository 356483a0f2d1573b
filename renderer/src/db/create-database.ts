/**
 * Opens Quorum's RxDB database with all ten collections, on whatever storage the caller gives:
 * IndexedDB (through Dexie) in the app, an in-memory or fake IndexedDB storage in Node tests.
 * Schema migrations run here, when the database opens (see shared/schemas/migrations.ts). The
 * collections whose migration links typed officer names to officials open after the others, so
 * their strategies can read the municipality's officials.
 */
import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionDefinitions, type RecordTypes } from '@shared/schemas';
import { COLLECTIONS_LINKING_OFFICIALS } from '@shared/schemas/migrations';
import type { CollectionName } from '@shared/schemas/vocabulary';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLocalDocumentsPlugin);

export type QuorumCollections = { [K in CollectionName]: RxCollection<RecordTypes[K]> };
export type QuorumDatabase = RxDatabase<QuorumCollections>;

export interface OpenDatabaseOptions {
  name: string;
  storage: RxStorage<unknown, unknown>;
  /** Several tabs or windows on one profile share the database (true in browsers). */
  multiInstance?: boolean;
  /** The collections' schemas and migrations; tests pass newer versions to exercise migrations. */
  definitions?: ReturnType<typeof collectionDefinitions>;
}

export async function createQuorumDatabase(options: OpenDatabaseOptions): Promise<QuorumDatabase> {
  const db = await createRxDatabase<QuorumCollections>({
    name: options.name,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
    eventReduce: true,
    localDocuments: true,
    closeDuplicates: true,
  });
  const collectionsOf = (definitions: ReturnType<typeof collectionDefinitions>, linking: boolean) =>
    Object.fromEntries(
      Object.entries(definitions)
        .filter(([name]) => COLLECTIONS_LINKING_OFFICIALS.includes(name as CollectionName) === linking)
        .map(([name, definition]) => [name, { schema: definition.schema, migrationStrategies: definition.migrationStrategies, autoMigrate: true }]),
    );
  await db.addCollections(collectionsOf(options.definitions ?? collectionDefinitions(), false));
  const officials = (await db.members.find({ selector: { kind: 'official' } }).exec()).map((m) => ({ id: m.id, fullName: m.fullName, title: m.title }));
  await db.addCollections(collectionsOf(options.definitions ?? collectionDefinitions(officials), true));
  return db;
}
