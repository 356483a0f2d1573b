/**
 * Server-side helpers for sync tests: prepare the server exactly as `npm run couch:setup` does,
 * create accounts, and read what the server holds with plain HTTP.
 */
import { randomUUID } from 'node:crypto';
import { CouchDatabase, type CouchDoc } from '../../../shared/couch/database';
import { CouchClient } from '../../../shared/couch/http';
import { databaseName, type DatabaseSuffix } from '../../../shared/couch/names';
import type { SyncRole } from '../../../shared/couch/roles';
import { prepareServer, type SetupSummary } from '../../../shared/couch/server-setup';
import { ADMIN, type TestSyncServer } from './sync-server';

export function adminClient(server: TestSyncServer): CouchClient {
  return new CouchClient({ serverUrl: server.url, ...ADMIN });
}

export function prepareTestServer(server: TestSyncServer, prefix: string, options: { newIdentity?: boolean } = {}): Promise<SetupSummary> {
  return prepareServer({
    client: adminClient(server),
    prefix,
    municipality: 'Test Local Municipality',
    newIdentity: options.newIdentity ?? false,
    now: () => new Date(),
    newIdentityValue: () => randomUUID(),
  });
}

export async function createAccount(server: TestSyncServer, name: string, password: string, roles: SyncRole[]): Promise<void> {
  await adminClient(server).json('PUT', `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
    body: { name, password, roles, type: 'user' },
  });
}

/** Every record document of a database (design documents left out), by id. */
export async function serverDocs(server: TestSyncServer, prefix: string, suffix: DatabaseSuffix): Promise<Map<string, CouchDoc>> {
  const client = adminClient(server);
  const body = await client.json<{ rows: Array<{ id: string; doc?: CouchDoc }> }>('GET', `${encodeURIComponent(databaseName(prefix, suffix))}/_all_docs`, {
    query: { include_docs: true },
  });
  return new Map(body.rows.filter((row) => !row.id.startsWith('_design/') && row.doc).map((row) => [row.id, row.doc as CouchDoc]));
}

/** Revisions of one document, oldest first: a repeated push must not add any. */
export async function revisionCount(server: TestSyncServer, prefix: string, suffix: DatabaseSuffix, id: string): Promise<number> {
  const doc = await adminClient(server).json<{ _revisions?: { start: number } }>(
    'GET',
    `${encodeURIComponent(databaseName(prefix, suffix))}/${encodeURIComponent(id)}`,
    { query: { revs: true } },
  );
  return doc._revisions?.start ?? 0;
}

export async function conflictingRevisions(server: TestSyncServer, prefix: string, suffix: DatabaseSuffix, id: string): Promise<string[]> {
  const doc = await adminClient(server).json<{ _conflicts?: string[] }>(
    'GET',
    `${encodeURIComponent(databaseName(prefix, suffix))}/${encodeURIComponent(id)}`,
    { query: { conflicts: true } },
  );
  return doc._conflicts ?? [];
}

/** Deletes a server database and creates it empty again: a server "restored" with nothing in it. */
export async function recreateDatabase(server: TestSyncServer, prefix: string, suffix: DatabaseSuffix): Promise<void> {
  const client = adminClient(server);
  const name = encodeURIComponent(databaseName(prefix, suffix));
  await client.json('DELETE', name);
  await client.json('PUT', name);
}

export function database(
  server: TestSyncServer,
  prefix: string,
  suffix: DatabaseSuffix,
  account: { username: string; password: string } = ADMIN,
): CouchDatabase {
  return new CouchDatabase(new CouchClient({ serverUrl: server.url, ...account }), databaseName(prefix, suffix));
}

/** Polls until `check` returns a value (not false/null/undefined); fails with `what` after the time limit. */
export async function waitFor<T>(what: string, check: () => Promise<T | false | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== null && value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? lastError.message : lastError === undefined ? '' : JSON.stringify(lastError);
      throw new Error(`Timed out waiting for ${what}${reason ? `: ${reason}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** IT changes an existing account's roles (the `_users` document, updated at its revision). */
export async function setAccountRoles(server: TestSyncServer, name: string, roles: SyncRole[]): Promise<void> {
  const client = adminClient(server);
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const user = await client.json<Record<string, unknown>>('GET', path);
  await client.json('PUT', path, { body: { ...user, roles } });
}
