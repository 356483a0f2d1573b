/**
 * A small typed client for CouchDB's HTTP API, the only thing Quorum speaks to its server, so
 * the same code works with Apache CouchDB 3 (and a cluster) and with pouchdb-server.
 *
 * Every failure is classified into a CouchProblem (unreachable, not CouchDB, 401, 403, missing
 * database, ...) right where the response is seen, because only here is the status, content
 * type and body still known. Basic auth is used rather than session cookies: CouchDB's cookies
 * last 10 minutes and carry no SameSite attribute, so they are unreliable from another origin
 * (docs/stack-facts.md, "Apache CouchDB 3").
 */
import type { CouchProblem } from './problems';
import { errorMessage } from '../error-message';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CouchAccess {
  /** Normalised server address, ending in `/`. */
  serverUrl: string;
  username?: string;
  password?: string;
}

export class CouchRequestError extends Error {
  constructor(
    readonly problem: CouchProblem,
    readonly url: string,
    message?: string,
  ) {
    super(message ?? `${problem.kind}${problem.status ? ` (HTTP ${problem.status})` : ''}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'CouchRequestError';
  }
}

/** The caller stopped the request (sync stopped, went offline): not a failure of the server. */
export class RequestAbortedError extends Error {
  constructor(readonly url: string) {
    super(`Request to ${url} was stopped.`);
    this.name = 'RequestAbortedError';
  }
}

export type RequestOutcome = { ok: true; url: string } | { ok: false; url: string; problem: CouchProblem };

export interface CouchClientOptions {
  fetch?: FetchLike;
  /** Default time allowed for one request. */
  timeoutMs?: number;
  /** Called after every request: the engine keeps its status true from these. */
  onOutcome?: (outcome: RequestOutcome) => void;
  /** A signal that stops every request of this client (a sync session ending). */
  signal?: () => AbortSignal | undefined;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Statuses that are answers rather than failures here (404 for a document that may be missing). */
  accept?: readonly number[];
  /** The database the request concerns, named in problems. */
  database?: string;
}

export interface CouchResponse<T> {
  status: number;
  body: T;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const LONG_REQUEST_TIMEOUT_MS = 15 * 60_000;
/**
 * A request still unsettled this long after its time limit (or after its caller stopped it) is
 * given up, whether or not the abort reached the fetch: a request that never settles would hold
 * its caller (a replication, the change feed) for good.
 * Seen in Node 20's fetch (torture run, item 14 of docs/sync-torture.md): a `_changes` request
 * with a 10 s limit stayed in flight for two minutes.
 */
export const DEADLINE_GRACE_MS = 2_000;

class DeadlinePassed extends Error {}

/**
 * `work`, or a DeadlinePassed rejection once `ms` have passed, or a grace or two after the caller
 * stopped it (`stopped`), whichever comes first (`work` is then left to end on its own).
 */
function withDeadline<T>(work: Promise<T>, ms: number, stopped: () => boolean): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let check: ReturnType<typeof setInterval> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed()), ms);
    // Checked, not listened for: a listener per request on the session's signal trips Node's
    // warning about too many listeners when a dozen requests run at once.
    let seenStopped = false;
    check = setInterval(() => {
      if (seenStopped) reject(new DeadlinePassed());
      seenStopped = stopped();
    }, DEADLINE_GRACE_MS);
  });
  work.catch(() => undefined); // settling after the deadline is nobody's concern
  return Promise.race([work, deadline]).finally(() => {
    clearTimeout(timer);
    clearInterval(check);
  });
}

export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function errorReason(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { reason, error } = body as { reason?: unknown; error?: unknown };
  if (typeof reason === 'string' && reason) return reason;
  return typeof error === 'string' ? error : undefined;
}

/** What a non-2xx (or non-JSON) answer means. */
export function classifyResponse(status: number, contentType: string, body: unknown, database?: string): CouchProblem {
  const base = database ? { database } : {};
  if (status === 502 || status === 503 || status === 504) return { kind: 'server-error', status, ...base };
  if (body === undefined) {
    const kind = contentType.includes('html') ? 'a web page' : contentType ? contentType.split(';')[0] : 'no JSON';
    return { kind: 'not-couchdb', status, detail: `HTTP ${status}, ${kind}`, ...base };
  }
  const reason = errorReason(body);
  if (status === 401) return { kind: 'unauthorized', status, ...base, ...(reason ? { detail: reason } : {}) };
  if (status === 403) return { kind: 'no-access', status, ...base, ...(reason ? { detail: reason } : {}) };
  if (status === 404 && reason && /no_db_file|database does not exist/i.test(reason)) return { kind: 'missing-database', status, ...base };
  if (status >= 500) return { kind: 'server-error', status, ...base, ...(reason ? { detail: reason } : {}) };
  return { kind: 'bad-response', status, ...base, detail: reason ?? `HTTP ${status}` };
}

function parseJson(text: string, contentType: string): unknown {
  const trimmed = text.trimStart();
  if (!contentType.includes('json') && !trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export class CouchClient {
  private readonly fetchImpl: FetchLike;
  private readonly authorization: string | undefined;

  constructor(
    readonly access: CouchAccess,
    private readonly options: CouchClientOptions = {},
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.authorization = access.username !== undefined && access.username !== '' ? basicAuthorization(access.username, access.password ?? '') : undefined;
  }

  /** Headers every request carries, for clients that build their own (PouchDB's HTTP adapter). */
  authHeaders(): Record<string, string> {
    return this.authorization ? { Authorization: this.authorization } : {};
  }

  url(path: string, query?: RequestOptions['query']): string {
    return `${this.access.serverUrl}${path.replace(/^\//, '')}${queryString(query)}`;
  }

  /**
   * A fetch that adds this client's credentials and reports its outcome: for PouchDB's adapter.
   * It is not tied to the session: PouchDB leaves a rejection unhandled when a request of its
   * replication checkpoint is aborted under it, so its requests run to their end (or to a limit
   * long enough to upload a 50 MB file on a slow line).
   */
  readonly authorizedFetch: FetchLike = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (this.authorization) headers.set('Authorization', this.authorization);
    const limit = AbortSignal.timeout(LONG_REQUEST_TIMEOUT_MS);
    // `limit` is read after the fetch (timedOut): Node drops a timeout signal nothing else holds,
    // and its time limit with it.
    const signal = {
      signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit,
      aborted: () => init?.signal?.aborted === true,
      timedOut: () => limit.aborted,
    };
    try {
      const response = await this.fetchImpl(input, { ...init, headers, signal: signal.signal, credentials: 'omit' });
      if (response.status === 401 || response.status === 403 || response.status >= 500) {
        const text = await response.clone().text();
        const problem = classifyResponse(response.status, response.headers.get('content-type') ?? '', parseJson(text, 'json'));
        this.options.onOutcome?.({ ok: false, url: input, problem });
      } else {
        this.options.onOutcome?.({ ok: true, url: input });
      }
      return response;
    } catch (error) {
      if (!signal.aborted()) this.options.onOutcome?.({ ok: false, url: input, problem: { kind: signal.timedOut() ? 'timeout' : 'unreachable' } });
      throw error;
    }
  };

  /**
   * One signal for a request: the caller's, this client's session, and a time limit. Built with
   * AbortSignal.any, which (unlike one listener per request on the session's signal) does not
   * trip Node's "possible memory leak" warning when a dozen requests run at once.
   */
  private combinedSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined) {
    const callers = [signal, this.options.signal?.()].filter((s): s is AbortSignal => s !== undefined);
    const timer = timeoutMs !== undefined ? AbortSignal.timeout(timeoutMs) : undefined;
    const all = timer ? [...callers, timer] : callers;
    const combined = all.length === 0 ? new AbortController().signal : all.length === 1 ? (all[0] as AbortSignal) : AbortSignal.any(all);
    const stoppedByCaller = () => callers.some((s) => s.aborted);
    return {
      signal: combined,
      timedOut: () => timer !== undefined && timer.aborted && !stoppedByCaller(),
      aborted: () => stoppedByCaller(),
    };
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<CouchResponse<T>> {
    const url = this.url(path, options.query);
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const signal = this.combinedSignal(options.signal, timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json', ...this.authHeaders() };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      const exchange = async () => {
        const answer = await this.fetchImpl(url, {
          method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: signal.signal,
          credentials: 'omit',
          cache: 'no-store',
        });
        return { answer, body: await answer.text() };
      };
      ({ answer: response, body: text } = await withDeadline(exchange(), timeoutMs + DEADLINE_GRACE_MS, signal.aborted));
    } catch (error) {
      if (signal.aborted()) throw new RequestAbortedError(url);
      const problem: CouchProblem =
        signal.timedOut() || error instanceof DeadlinePassed ? { kind: 'timeout' } : { kind: 'unreachable', detail: errorMessage(error) };
      this.options.onOutcome?.({ ok: false, url, problem });
      throw new CouchRequestError(problem, url);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const body = parseJson(text, contentType);
    const accepted = (response.status >= 200 && response.status < 300) || (options.accept ?? []).includes(response.status);
    if (accepted && body !== undefined) {
      this.options.onOutcome?.({ ok: true, url });
      return { status: response.status, body: body as T };
    }
    const problem = classifyResponse(response.status, contentType, body, options.database);
    this.options.onOutcome?.({ ok: false, url, problem });
    throw new CouchRequestError(problem, url);
  }

  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return (await this.request<T>(method, path, options)).body;
  }
}
