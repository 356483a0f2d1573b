/**
 * The server a torture run syncs with: the shared test support's (tests/integration/support/
 * sync-server.ts), pouchdb-server or Apache CouchDB 3.5 from ../shared/couchdb, by name.
 */
import { startSyncServer, type TestSyncServer } from '../integration/support/sync-server';

export async function serverFor(kind: string): Promise<TestSyncServer> {
  if (kind !== 'couchdb' && kind !== 'pouchdb') throw new Error(`--server must be couchdb or pouchdb, not "${kind}".`);
  // The shared support chooses its server from this variable.
  process.env.QUORUM_TEST_SERVER = kind;
  return startSyncServer();
}
