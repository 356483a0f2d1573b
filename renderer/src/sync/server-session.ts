/**
 * The engine's session with the server: one HTTP client whose requests abort with the session
 * and report every outcome, and the first check of a connection (the account is the one
 * configured, or, without an account, the server is CouchDB at all).
 */
import { CouchClient, CouchRequestError, type FetchLike, type RequestOutcome } from '@shared/couch/http';
import { readWelcome } from '@shared/couch/server-info';
import type { SyncConnection } from './sync-connection';

export function sessionClient(
  connection: SyncConnection,
  options: { fetch: FetchLike | undefined; timeoutMs: number; onOutcome: (outcome: RequestOutcome) => void; signal: () => AbortSignal | undefined },
): CouchClient {
  return new CouchClient(
    { serverUrl: connection.serverUrl, ...(connection.username ? { username: connection.username, password: connection.password ?? '' } : {}) },
    { ...(options.fetch ? { fetch: options.fetch } : {}), timeoutMs: options.timeoutMs, onOutcome: options.onOutcome, signal: options.signal },
  );
}

/** Throws a CouchRequestError unless the server accepts the account (or, without one, is CouchDB). */
export async function checkAccount(client: CouchClient, connection: SyncConnection): Promise<void> {
  if (connection.username) {
    const session = await client.json<{ userCtx?: { name?: string | null } }>('GET', '_session');
    if (session.userCtx?.name !== connection.username) throw new CouchRequestError({ kind: 'unauthorized' }, client.url('_session'));
  } else if (!readWelcome(await client.json<unknown>('GET', ''))) {
    throw new CouchRequestError({ kind: 'not-couchdb', detail: 'no CouchDB welcome' }, client.url(''));
  }
}

/** The database a request URL addresses on this server, or null (the server's own endpoints). */
export function databaseOf(serverUrl: string, url: string): string | null {
  if (!url.startsWith(serverUrl)) return null;
  const first = url.slice(serverUrl.length).split(/[/?]/)[0] ?? '';
  return first && !first.startsWith('_') ? decodeURIComponent(first) : null;
}
