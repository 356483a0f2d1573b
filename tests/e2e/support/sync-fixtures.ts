/**
 * A real sync server for end-to-end tests: pouchdb-server (scripts/sync-server.mjs) on a free
 * loopback port, started once per Playwright worker with CORS for the app's origin, stopped
 * after. Each test gets its own database prefix, prepared exactly as `npm run couch:setup` does,
 * and accounts for two secretaries.
 */
import { randomUUID } from 'node:crypto';
import { test as base } from '@playwright/test';
import { CouchDatabase, type CouchDoc } from '../../../shared/couch/database';
import { CouchClient } from '../../../shared/couch/http';
import { databaseName, type DatabaseSuffix } from '../../../shared/couch/names';
import { createAccount, prepareTestServer } from '../../integration/support/couch';
import { ADMIN, freePort, startSyncServer, type TestSyncServer } from '../../integration/support/sync-server';

export const THULI = { username: 'thuli', password: 'thuli-e2e-pass' } as const;
export const SIPHO = { username: 'sipho', password: 'sipho-e2e-pass' } as const;

export interface SyncServerHandle {
  url: string;
  /** This test's database prefix, already prepared. */
  prefix: string;
  /** Every record document of one database, read with plain HTTP as an admin. */
  docs(suffix: DatabaseSuffix): Promise<Map<string, CouchDoc>>;
  /** A database as one of the accounts (to write as another laptop would). */
  database(suffix: DatabaseSuffix, account?: { username: string; password: string }): CouchDatabase;
  /** A plain HTTP GET of a path on the server, as an admin. */
  get(path: string): Promise<Response>;
}

export const test = base.extend<{ syncServer: SyncServerHandle }, { serverProcess: TestSyncServer; portalPort: number }>({
  /** A port for the public portal, whose origin the server admits too (CORS). */
  portalPort: [
    async ({ playwright: _playwright }, use) => {
      await use(await freePort());
    },
    { scope: 'worker' },
  ],
  serverProcess: [
    async ({ portalPort }, use, workerInfo) => {
      const origin = new URL(String(workerInfo.project.use.baseURL)).origin;
      const server = await startSyncServer({ origins: [origin, `http://127.0.0.1:${portalPort}`] });
      await createAccount(server, THULI.username, THULI.password, ['secretariat']);
      await createAccount(server, SIPHO.username, SIPHO.password, ['secretariat']);
      await use(server);
      await server.dispose();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  syncServer: async ({ serverProcess }, use) => {
    const prefix = `quorum_e2e_${randomUUID().slice(0, 8)}_`;
    await prepareTestServer(serverProcess, prefix);
    const admin = new CouchClient({ serverUrl: serverProcess.url, ...ADMIN });
    await use({
      url: serverProcess.url,
      prefix,
      docs: async (suffix) => {
        const body = await admin.json<{ rows: Array<{ id: string; doc?: CouchDoc }> }>('GET', `${databaseName(prefix, suffix)}/_all_docs`, {
          query: { include_docs: true },
        });
        return new Map(body.rows.filter((row) => !row.id.startsWith('_design/') && row.doc).map((row) => [row.id, row.doc as CouchDoc]));
      },
      database: (suffix, account = THULI) => new CouchDatabase(new CouchClient({ serverUrl: serverProcess.url, ...account }), databaseName(prefix, suffix)),
      get: (path) =>
        fetch(`${serverProcess.url}${path.replace(/^\//, '')}`, {
          headers: { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` },
        }),
    });
  },
});

export { expect } from '@playwright/test';
