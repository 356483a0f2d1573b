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
import { ADMIN, startSyncServerOf } from '../../tests/integration/support/sync-server';
import type { CollectionName } from '../../shared/schemas/vocabulary';
import type { ServerKind } from '../cli';
import type { MetroDataSet } from '../data/metro';
import type { ServerAccount } from '../page/api';

export interface BenchServer {
  /** What the figures call it: "pouchdb-server", "Apache CouchDB 3.5", or the given server's host. */
  name: string;
  /** The figures' id suffix for it (`pull.quorum@couchdb`). */
  key: string;
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

const SERVER_NAMES: Record<ServerKind, string> = { pouchdb: 'pouchdb-server', couchdb: 'Apache CouchDB 3.5' };

/** The given server, or one of the kind named started for this run (and stopped after). */
export async function openServer(
  given: { url: string; username: string; password: string } | null,
  origin: string,
  kind: ServerKind = 'pouchdb',
): Promise<BenchServer> {
  if (given) {
    await checkServer(given.url, given);
    const client = new CouchClient({ serverUrl: given.url, username: given.username, password: given.password });
    await ensureAccount(client);
    return {
      name: new URL(given.url).host,
      key: 'given',
      url: given.url,
      admin: { username: given.username, password: given.password },
      laptop: { url: given.url, ...LAPTOP },
      stop: () => Promise.resolve(),
    };
  }
  const server = await startSyncServerOf(kind, { origins: [origin] });
  await checkServer(server.url, ADMIN);
  await ensureAccount(new CouchClient({ serverUrl: server.url, ...ADMIN }));
  return {
    name: SERVER_NAMES[kind],
    key: kind,
    url: server.url,
    admin: { ...ADMIN },
    laptop: { url: server.url, ...LAPTOP },
    stop: () => server.dispose(),
  };
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

function serverDatabase(server: BenchServer, prefix: string, name: CollectionName): CouchDatabase {
  return new CouchDatabase(new CouchClient({ serverUrl: server.url, ...server.admin }), databaseName(prefix, name));
}

/** Writes records into one of the prefix's databases in one `_bulk_docs`; a refusal stops the run. */
async function bulkWrite(database: CouchDatabase, name: CollectionName, records: readonly object[]): Promise<number> {
  if (records.length === 0) return 0;
  const results = await database.bulkDocs(records.map((r) => toCouchDoc(r as unknown as JsonObject)));
  const refused = results.filter((r) => r.error);
  if (refused.length > 0) throw new Error(`The server refused ${refused.length} ${name} (first: ${refused[0]?.error}: ${refused[0]?.reason}).`);
  return results.length;
}

/** Writes the first `count` queries of the data set into the prefix's queries database, in bulk. */
export async function fillQueries(server: BenchServer, prefix: string, data: MetroDataSet, count: number): Promise<number> {
  const database = serverDatabase(server, prefix, 'queries');
  let written = 0;
  for (let from = 0; from < count; from += 1_000) {
    written += await bulkWrite(database, 'queries', data.queryRange(from, Math.min(count, from + 1_000)).queries);
  }
  return written;
}

/**
 * Writes the metro's large collections (meetings with their agendas and resolutions,
 * stakeholders, queries with their timelines) into the prefix's databases, as five years of a
 * metro's laptops would have pushed them. The municipality's configuration (settings, members,
 * bodies) is put there by a laptop (bench/page/join.ts), through the app's repositories.
 */
export async function fillMetro(server: BenchServer, prefix: string, data: MetroDataSet, log: (line: string) => void): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const write = async (name: CollectionName, records: readonly object[]) => {
    counts[name] = (counts[name] ?? 0) + (await bulkWrite(serverDatabase(server, prefix, name), name, records));
  };
  const { sizes } = data.options;
  for (let from = 0; from < sizes.meetings; from += 50) {
    const part = data.meetingRange(from, from + 50);
    await write('meetings', part.meetings);
    await write('agendaitems', part.agendaItems);
    await write('resolutions', part.resolutions);
  }
  for (let from = 0; from < sizes.stakeholders; from += 2_000) await write('stakeholders', data.stakeholderRange(from, from + 2_000));
  for (let from = 0; from < sizes.queries; from += 500) {
    const part = data.queryRange(from, from + 500);
    await write('queries', part.queries);
    await write('queryevents', part.events);
    if (from % 10_000 === 0 && from > 0) log(`  join: ${from.toLocaleString('en-US')} of ${sizes.queries.toLocaleString('en-US')} queries on the server…`);
  }
  return counts;
}

/** The records (design documents left out) in each of the prefix's databases. */
export async function recordCounts(server: BenchServer, prefix: string, names: readonly CollectionName[]): Promise<Record<string, number>> {
  const client = new CouchClient({ serverUrl: server.url, ...server.admin });
  const counts: Record<string, number> = {};
  for (const name of names) {
    const db = encodeURIComponent(databaseName(prefix, name));
    const info = await client.json<{ doc_count: number }>('GET', db);
    const designs = await client.json<{ rows: unknown[] }>(
      'GET',
      `${db}/_all_docs?startkey=${encodeURIComponent('"_design/"')}&endkey=${encodeURIComponent('"_design/\ufff0"')}`,
    );
    counts[name] = info.doc_count - designs.rows.length;
  }
  return counts;
}
