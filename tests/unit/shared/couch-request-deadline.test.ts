/**
 * Every request of the CouchDB client ends: at its time limit through the abort signal, and, if
 * the abort never reaches the fetch (a fetch that ignores it, as Node 20's was seen to in the
 * torture run: docs/sync-torture.md, item 14), shortly after, by the client's own deadline.
 */
import { describe, expect, it } from 'vitest';
import { CouchClient, CouchRequestError, DEADLINE_GRACE_MS, RequestAbortedError, type FetchLike, type RequestOutcome } from '../../../shared/couch/http';

const ACCESS = { serverUrl: 'http://couch.test/' };

/** A fetch that never answers; `honours` says whether it rejects when its signal aborts. */
function silentFetch(honours: boolean): FetchLike {
  return (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      if (honours) init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
}

async function failureOf(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('The request answered.');
}

describe('a request the server never answers', () => {
  it('fails as a timeout at its time limit', async () => {
    const outcomes: RequestOutcome[] = [];
    const client = new CouchClient(ACCESS, { fetch: silentFetch(true), timeoutMs: 100, onOutcome: (o) => outcomes.push(o) });
    const { error, ms } = await failureOf(client.json('GET', 'db/_changes'));
    expect(error).toBeInstanceOf(CouchRequestError);
    expect((error as CouchRequestError).problem.kind).toBe('timeout');
    expect(ms).toBeLessThan(DEADLINE_GRACE_MS);
    expect(outcomes).toEqual([{ ok: false, url: 'http://couch.test/db/_changes', problem: { kind: 'timeout' } }]);
  });

  it('still fails as a timeout when the abort never reaches the fetch', async () => {
    const outcomes: RequestOutcome[] = [];
    const client = new CouchClient(ACCESS, { fetch: silentFetch(false), timeoutMs: 100, onOutcome: (o) => outcomes.push(o) });
    const { error, ms } = await failureOf(client.json('GET', 'db/_changes'));
    expect((error as CouchRequestError).problem.kind).toBe('timeout');
    expect(ms).toBeGreaterThanOrEqual(100 + DEADLINE_GRACE_MS - 20);
    expect(ms).toBeLessThan(100 + DEADLINE_GRACE_MS + 2_000);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.problem.kind))).toEqual(['timeout']);
  });

  it('is stopped, not failed, shortly after its session ends, even when the abort never reaches the fetch', async () => {
    const session = new AbortController();
    const outcomes: RequestOutcome[] = [];
    const client = new CouchClient(ACCESS, { fetch: silentFetch(false), timeoutMs: 60_000, signal: () => session.signal, onOutcome: (o) => outcomes.push(o) });
    const request = client.json('GET', 'db/_changes');
    session.abort();
    const { error, ms } = await failureOf(request);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(ms).toBeLessThan(2 * DEADLINE_GRACE_MS + 1_000);
    expect(outcomes).toEqual([]);
  });

  it('is stopped, not failed, when its session ends first', async () => {
    const session = new AbortController();
    const outcomes: RequestOutcome[] = [];
    const client = new CouchClient(ACCESS, { fetch: silentFetch(true), timeoutMs: 5_000, signal: () => session.signal, onOutcome: (o) => outcomes.push(o) });
    const request = client.json('GET', 'db/_changes');
    session.abort();
    const { error } = await failureOf(request);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(outcomes).toEqual([]);
  });
});
