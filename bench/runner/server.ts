/**
 * The CouchDB-compatible server the bench syncs with: its own pouchdb-server on a free loopback
 * port (stopped after), or a server given with --server, which must answer within seconds. Each
 * measurement gets its own database prefix, prepared as `npm run couch:setup` prepares a
 * municipality, and filled with records from the metro data set over the CouchDB HTTP API.
 */
import { randomUUID } from 'node:crypto';
import { CouchDatabase } from '../../shared/couch/database';
import { CouchClient } from '../../shared/couch/http';
import { databaseName } from '../../shared/couch/names';
import { readWelcome } from '../../shared/couch/server-info';
import { prepareServer } from '../../shared/couch/server-setup';
import { toCouchDoc } from '../../renderer/src/sync/record-transfer';
import type { JsonObject } from '../../shared/sync/record-state';
import { ADMIN, startSyncServer } from '../../tests/integration/support/sync-server';
import type { MetroDataSet } from '../data/metro';
import type { ServerAccount } from '../page/api';

export interface BenchServer {
  url: string;
  admin: { username: string; password: string };
  /** The account the bench's laptops sign in with (the secretariat role). */
  laptop: ServerAccount;
  stop(): Promise<void>;
}

export class ServerUnreachableError extends Error {
  constructor(url: string, reason: string) {
    super(`The CouchDB server at ${url} did not answer: ${reason}. Start it (or leave out --server and the bench starts its own pouchdb-server).`);
    this.name = 'ServerUnreachableError';
  }
}

/** Asks the server for its welcome, giving up after `timeoutMs`: a server that is not running never makes the bench hang. */
export async function checkServer(url: string, admin: { username: string; password: string }, timeoutMs = 5_000): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    throw new ServerUnreachableError(url, error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : cause);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!readWelcome(body)) throw new ServerUnreachableError(url, `it answered HTTP ${response.status} without a CouchDB welcome (is it a CouchDB server?)`);
  if (response.status === 401) throw new Error(`The CouchDB server at ${url} refused the admin account ${admin.username} (HTTP 401).`);
}

const LAPTOP = { username: 'bench-secretary', password: 'bench-secretary-pass' };

async function ensureAccount(client: CouchClient): Promise<void> {
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${LAPTOP.username}`)}`;
  const existing = await client.json<{ _rev?: string }>('GET', path).catch(() => null);
  await client.json('PUT', path, {
    body: { ...(existing?._rev ? { _rev: existing._rev } : {}), name: LAPTOP.username, password: LAPTOP.password, roles: ['secretariat'], type: 'user' },
  });
}

export async function openServer(given: { url: string; username: string; password: string } | null, origin: string): Promise<BenchServer> {
  if (given) {
    await checkServer(given.url, given);
    const client = new CouchClient({ serverUrl: given.url, username: given.username, password: given.password });
    await ensureAccount(client);
    return {
      url: given.url,
      admin: { username: given.username, password: given.password },
      laptop: { url: given.url, ...LAPTOP },
      stop: () => Promise.resolve(),
    };
  }
  const server = await startSyncServer({ origins: [origin] });
  await checkServer(server.url, ADMIN);
  await ensureAccount(new CouchClient({ serverUrl: server.url, ...ADMIN }));
  return { url: server.url, admin: { ...ADMIN }, laptop: { url: server.url, ...LAPTOP }, stop: () => server.dispose() };
}

/** A new prefix of ten prepared databases, as a municipality's IT sets them up. */
export async function preparePrefix(server: BenchServer, label: string): Promise<string> {
  const prefix = `quorum_bench_${label}_${randomUUID().slice(0, 6)}_`;
  await prepareServer({
    client: new CouchClient({ serverUrl: server.url, ...server.admin }),
    prefix,
    municipality: 'Benchmark Metropolitan Municipality',
    now: () => new Date(),
    newIdentityValue: () => randomUUID(),
  });
  return prefix;
}

/** Writes the first `count` queries of the data set into the prefix's queries database, in bulk. */
export async function fillQueries(server: BenchServer, prefix: string, data: MetroDataSet, count: number): Promise<number> {
  const database = new CouchDatabase(new CouchClient({ serverUrl: server.url, ...server.admin }), databaseName(prefix, 'queries'));
  let written = 0;
  for (let from = 0; from < count; from += 1_000) {
    const { queries } = data.queryRange(from, Math.min(count, from + 1_000));
    const results = await database.bulkDocs(queries.map((q) => toCouchDoc(q as unknown as JsonObject)));
    const refused = results.filter((r) => r.error);
    if (refused.length > 0) throw new Error(`The server refused ${refused.length} queries (first: ${refused[0]?.error}: ${refused[0]?.reason}).`);
    written += results.length;
  }
  return written;
}
