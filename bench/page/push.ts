/**
 * A day offline: a laptop in step with the server goes offline, an officer records calls and
 * notes on `changes` queries (each a query update, a timeline event and an audit entry, through
 * the app's repositories), and the network comes back. Timed from the network's return until
 * sync says "up to date" with nothing waiting: what the person sees.
 */
import { filter, firstValueFrom } from 'rxjs';
import { databaseName, databaseUrl } from '../../shared/couch/names';
import type { JsonObject } from '../../shared/sync/record-state';
import { toCouchDoc } from '../../renderer/src/sync/record-transfer';
import type { PushRequest, RawPushRequest, TimedResult } from './api';
import { authorizedFetch, openLaptop, withTimeout } from './laptop';

type PushedCollection = 'queries' | 'queryevents' | 'audit';

/** The records the last push sent, kept for the raw anchor (pushRaw) on the same page. */
let lastPushed: Record<PushedCollection, JsonObject[]> | null = null;

export async function pushAfterOffline(request: PushRequest): Promise<TimedResult> {
  const entered = performance.now();
  const laptop = await openLaptop('Bench Officer');
  try {
    const pulled = firstValueFrom(laptop.db.queries.count().$.pipe(filter((n) => n >= request.expected)));
    await laptop.connect(request.server, request.prefix);
    await withTimeout('the first sync', request.timeoutMs, pulled);
    await laptop.until('the first sync', (s) => s.phase === 'up-to-date' && s.pending === 0, request.timeoutMs);

    // The server keeps the timeline entries and audit entries of earlier runs, so this laptop
    // pulled them: the raw anchor must carry only the ones written offline below.
    const ids = async (name: 'queryevents' | 'audit') => new Set((await laptop.db[name].find().exec()).map((doc) => doc.primary));
    const before = { queryevents: await ids('queryevents'), audit: await ids('audit') };

    laptop.network.set(false);
    await laptop.until('offline', (s) => s.phase === 'offline', request.timeoutMs);
    const queries = await laptop.db.queries.find({ sort: [{ receivedAt: 'asc' }], limit: request.changes }).exec();
    for (const [index, query] of queries.entries()) {
      await laptop.repos.queries.addEntry(
        query.id,
        index % 3 === 0 ? 'call' : index % 3 === 1 ? 'note' : 'email',
        `Day offline, entry ${index + 1}: spoke to the stakeholder about progress.`,
      );
    }
    const waiting = await laptop.until('the changes to be counted', (s) => s.phase === 'offline' && s.pending >= request.changes, request.timeoutMs);

    const started = performance.now();
    laptop.network.set(true);
    await laptop.until('every change to reach the server', (s) => s.phase === 'up-to-date' && s.pending === 0, request.timeoutMs);
    const ms = performance.now() - started;
    const changed = queries.map((query) => query.id);
    const plain = (docs: { primary: string; toJSON(): unknown }[], except?: ReadonlySet<string>) =>
      docs.filter((doc) => !except?.has(doc.primary)).map((doc) => doc.toJSON() as JsonObject);
    lastPushed = {
      queries: plain([...(await laptop.db.queries.findByIds(changed).exec()).values()]),
      queryevents: plain(await laptop.db.queryevents.find().exec(), before.queryevents),
      audit: plain(await laptop.db.audit.find().exec(), before.audit),
    };
    // startedAtMs: when the clock started, from the call's start (to find the push in a CPU profile).
    return { ms, detail: { changes: queries.length, recordsWaiting: waiting.pending, startedAtMs: Math.round(started - entered) } };
  } finally {
    await laptop.remove();
  }
}

/**
 * The raw limit of a push: the records the last push sent, as one `_bulk_docs` per database
 * (all three at once) into empty databases prepared as the app's are (same `_security` and
 * validation), from the same page and account. No reads, no revisions to compare: the least any
 * client must do to put these records on the server.
 */
export async function pushRaw(request: RawPushRequest): Promise<TimedResult> {
  const pushed = lastPushed;
  if (!pushed) throw new Error('pushRaw needs a push first (pushAfterOffline).');
  const fetch = authorizedFetch(request.server);
  const post = async (name: PushedCollection) => {
    const url = `${databaseUrl(request.server.url, databaseName(request.prefix, name))}_bulk_docs`;
    const docs = pushed[name].map((record) => toCouchDoc(record));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ docs }),
    });
    if (!response.ok) throw new Error(`_bulk_docs into ${name} answered HTTP ${response.status}.`);
    const results = (await response.json()) as Array<{ error?: string; reason?: string }>;
    const refused = results.filter((r) => r.error);
    if (refused.length > 0) throw new Error(`The server refused ${refused.length} ${name} (first: ${refused[0]?.error}: ${refused[0]?.reason}).`);
    return docs.length;
  };
  const started = performance.now();
  const counts = await withTimeout('the raw _bulk_docs', request.timeoutMs, Promise.all([post('queries'), post('queryevents'), post('audit')]));
  const ms = performance.now() - started;
  return { ms, detail: { records: counts.reduce((sum, n) => sum + n, 0) } };
}
