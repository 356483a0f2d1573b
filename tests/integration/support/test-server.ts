/**
 * The server an integration test file syncs with, in one line: started before the file's tests
 * (pouchdb-server, or Apache CouchDB with QUORUM_TEST_SERVER=couchdb), prepared for one
 * municipality's prefix as `couch:setup` prepares it, with the test accounts it names, and
 * disposed after them. The accounts are the same people in every file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { SyncRole } from '../../../shared/couch/roles';
import { createAccount, prepareTestServer } from './couch';
import { startSyncServer, type TestSyncServer } from './sync-server';

export interface TestAccount {
  username: string;
  password: string;
  roles: SyncRole[];
}

/** A secretary; Sipho is a second secretary on another laptop. */
export const THULI: TestAccount = { username: 'thuli', password: 'thuli-pass', roles: ['secretariat'] };
export const SIPHO: TestAccount = { username: 'sipho', password: 'sipho-pass', roles: ['secretariat'] };
/** A councillor's researcher who may read everything and change nothing. */
export const VUSI: TestAccount = { username: 'vusi', password: 'vusi-pass', roles: ['viewer'] };
/** An officer of the operations unit. */
export const LERATO: TestAccount = { username: 'lerato', password: 'lerato-pass', roles: ['operations'] };
/** An account IT created without any Quorum role. */
export const NOMVULA: TestAccount = { username: 'nomvula', password: 'nomvula-pass', roles: [] };

/**
 * Registers the file's server: `const server = useTestServer('quorum_faults_', THULI)`. The
 * object answers for the running server once the file's `beforeAll` has started it.
 */
export function useTestServer(prefix: string, ...accounts: TestAccount[]): TestSyncServer {
  let started: TestSyncServer | undefined;
  const running = (): TestSyncServer => {
    if (!started) throw new Error('The test server is used before its beforeAll started it.');
    return started;
  };
  beforeAll(async () => {
    started = await startSyncServer();
    await prepareTestServer(started, prefix);
    for (const account of accounts) await createAccount(started, account.username, account.password, account.roles);
  }, 120_000); // CouchDB starts in seconds, but a loaded machine has taken longer than the default minute.
  afterAll(async () => {
    await started?.dispose();
  });
  return {
    get kind() {
      return running().kind;
    },
    get url() {
      return running().url;
    },
    get port() {
      return running().port;
    },
    get dataDir() {
      return running().dataDir;
    },
    kill: () => running().kill(),
    restart: () => running().restart(),
    dispose: () => running().dispose(),
  };
}
