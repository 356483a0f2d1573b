/**
 * A Quorum database for Node tests: RxDB's dev-mode (which checks schemas and field names) and
 * storage-level validation with the app's own record validator, on in-memory storage or on
 * Dexie over fake-indexeddb.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin, wrappedValidateStorageFactory, type RxStorage } from 'rxdb';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createRecordValidator } from '../../../shared/validation/record-validator';
import { createQuorumDatabase, type QuorumDatabase } from '../../../renderer/src/db/create-database';
import { quorumStorage } from '../../../renderer/src/db/storage';
import { createRepositories, type Repositories } from '../../../renderer/src/db/repositories';
import { fixedWriteContext, type WriteContext } from '../../../renderer/src/db/write-context';

disableWarnings();
addRxPlugin(RxDBDevModePlugin);

const withValidation = wrappedValidateStorageFactory((schema) => {
  const validator = createRecordValidator(schema);
  return (doc) =>
    Object.entries(validator.check(doc)).map(([field, message]) => ({
      field,
      message,
      schemaPath: '',
      instancePath: field,
      keyword: '',
      params: {},
    }));
}, 'quorum');

let counter = 0;

export function memoryStorage(): RxStorage<unknown, unknown> {
  return withValidation({ storage: getRxStorageMemory() }) as RxStorage<unknown, unknown>;
}

export function fakeIndexedDbStorage(): RxStorage<unknown, unknown> {
  return withValidation({ storage: quorumStorage({ indexedDB, IDBKeyRange }) });
}

export async function createTestDatabase(
  storage: RxStorage<unknown, unknown> = memoryStorage(),
  name = `quorumtest${++counter}${Date.now()}`,
): Promise<QuorumDatabase> {
  return createQuorumDatabase({ name, storage, multiInstance: false });
}

export interface TestData {
  db: QuorumDatabase;
  repos: Repositories;
  context: WriteContext;
}

export async function createTestData(actor = 'Test Secretary', clock?: () => Date): Promise<TestData> {
  const db = await createTestDatabase();
  const context = fixedWriteContext(actor, 'dev1', clock);
  return { db, repos: createRepositories(db, context), context };
}
