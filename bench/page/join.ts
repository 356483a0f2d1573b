/**
 * A new laptop joining a metro municipality whose server holds five years of its records
 * (issue 18): timed three ways on the same server databases, from an empty laptop each time.
 * - Quorum: the app's sync engine as a person starts it in Settings → Sync. **Time to usable** is
 *   when the join leaves its first stage (the app opens on a new laptop then: docs/sync.md);
 *   **time to complete** is when every record of every collection is on the laptop. The longest
 *   main-thread task while the rest arrives in the background is reported beside them.
 * - The raw limit with the same indexes: every database read with `_all_docs?include_docs=true`
 *   in pages and written one transaction per page into an object store with the indexes the
 *   app's schema gives that collection in RxDB's Dexie storage.
 * - PouchDB: its own replication of the same ten databases into IndexedDB, all at once; "usable"
 *   is when the essentials' databases are done.
 */
import { filter, firstValueFrom, tap } from 'rxjs';
import { databaseName, databaseUrl } from '../../shared/couch/names';
import type { CouchDoc } from '../../shared/couch/database';
import { RECORD_SCHEMAS } from '../../shared/schemas';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/vocabulary';
import { ESSENTIAL_COLLECTIONS } from '../../shared/sync/join';
import { openLocalPouch, openRemotePouch } from '../../renderer/src/attachments/pouchdb-browser.js';
import { MetroDataSet } from '../data/metro';
import { dexieRow, storeShapeOf } from '../data/index-key-paths';
import type { JoinConfigRequest, JoinRequest, TimedResult } from './api';
import { authorizedFetch, deleteDatabase, openLaptop, withTimeout } from './laptop';

let runs = 0;

/**
 * The municipality's configuration (departments, query settings, members, bodies, particulars)
 * made on a laptop through the app's repositories and pushed to the server, as the first
 * secretary of a municipality would. The large collections are written by the runner.
 */
export async function seedServerConfig(request: JoinConfigRequest): Promise<TimedResult> {
  const started = performance.now();
  const data = new MetroDataSet({ seed: request.seed, sizes: request.sizes, now: new Date(request.now) });
  const laptop = await openLaptop(request.userName);
  try {
    const { repos } = laptop;
    await repos.settings.saveArea('departments', { items: data.departments });
    await repos.settings.saveArea('queries', data.querySettings);
    await repos.members.importMany(data.members);
    await repos.bodies.importMany(data.bodies);
    await repos.settings.saveArea('municipality', data.municipality);
    await laptop.connect(request.server, request.prefix);
    await laptop.until('the configuration to reach the server', (s) => s.phase === 'up-to-date' && s.pending === 0, request.timeoutMs);
    return { ms: performance.now() - started, detail: { members: data.members.length, bodies: data.bodies.length } };
  } finally {
    await laptop.remove();
  }
}

/** The longest main-thread tasks the browser reports (Long Tasks API: each over 50 ms). */
function watchLongTasks(): { longestBetween(from: number, to: number): number; over(ms: number, from: number, to: number): number; stop(): void } {
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  const between = (from: number, to: number) => tasks.filter((t) => t.start >= from && t.start < to);
  return {
    longestBetween: (from, to) => between(from, to).reduce((max, t) => Math.max(max, t.duration), 0),
    over: (ms, from, to) => between(from, to).filter((t) => t.duration > ms).length,
    stop: () => observer.disconnect(),
  };
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

export async function joinQuorum(request: JoinRequest): Promise<TimedResult> {
  const laptop = await openLaptop();
  const longTasks = watchLongTasks();
  try {
    let usableAt: number | null = null;
    const joined = firstValueFrom(
      laptop.repos.sync.watchJoin().pipe(
        tap((join) => {
          if (usableAt === null && (join.phase === 'background' || join.phase === 'joined')) usableAt = performance.now();
        }),
        filter((join) => join.phase === 'joined'),
      ),
    );
    const started = performance.now();
    await laptop.connect(request.server, request.prefix);
    await withTimeout("Quorum's join", request.timeoutMs, joined);
    const joinedAt = performance.now();
    // Joined means every collection caught up with the server once: count what arrived.
    const counts: Record<string, number> = {};
    for (const name of COLLECTION_NAMES) counts[name] = await laptop.db[name].count().exec();
    const completeAt = performance.now();
    const missing = COLLECTION_NAMES.filter((name) => (counts[name] ?? 0) < (request.expected[name] ?? 0));
    if (missing.length > 0)
      throw new Error(`The join ended without every record: ${missing.map((n) => `${n} ${counts[n]} of ${request.expected[n]}`).join(', ')}.`);
    const usable = (usableAt ?? completeAt) - started;
    return {
      ms: completeAt - started,
      detail: {
        usableMs: Math.round(usable),
        records: total(counts),
        longestTaskMs: Math.round(longTasks.longestBetween(started, joinedAt)),
        longestTaskInBackgroundMs: Math.round(longTasks.longestBetween(usableAt ?? joinedAt, joinedAt)),
        tasksOver200MsInBackground: longTasks.over(200, usableAt ?? joinedAt, joinedAt),
      },
    };
  } finally {
    longTasks.stop();
    await laptop.remove();
  }
}

function openStores(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const collection of COLLECTION_NAMES) {
        const shape = storeShapeOf(RECORD_SCHEMAS[collection] as never);
        const store = open.result.createObjectStore(collection, { keyPath: shape.keyPath });
        for (const keyPath of shape.indexes) store.createIndex(JSON.stringify(keyPath), keyPath);
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`IndexedDB refused to open ${name}`));
  });
}

const PAGE = 10_000;

/** One database read in pages of `_all_docs`, each page written in one transaction as it arrives. */
async function copyDatabase(request: JoinRequest, idb: IDBDatabase, collection: CollectionName): Promise<number> {
  const shape = storeShapeOf(RECORD_SCHEMAS[collection] as never);
  const fetch = authorizedFetch(request.server);
  const base = `${databaseUrl(request.server.url, databaseName(request.prefix, collection))}_all_docs?include_docs=true&limit=${PAGE}`;
  let written = 0;
  let after: string | null = null;
  for (;;) {
    const url = after === null ? base : `${base}&skip=1&startkey=${encodeURIComponent(JSON.stringify(after))}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`_all_docs of ${collection} answered HTTP ${response.status}.`);
    const body = (await response.json()) as { rows: { id: string; doc?: CouchDoc }[] };
    const docs = body.rows.flatMap((row) => (row.doc && !row.id.startsWith('_design/') ? [row.doc] : []));
    const lwt = Date.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = idb.transaction(collection, 'readwrite');
      const store = transaction.objectStore(collection);
      for (const doc of docs) {
        store.put(dexieRow(doc, shape, lwt));
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('The IndexedDB transaction failed.'));
    });
    written += docs.length;
    if (body.rows.length < PAGE) return written;
    after = body.rows[body.rows.length - 1]?.id ?? null;
  }
}

export async function joinRawIndexed(request: JoinRequest): Promise<TimedResult> {
  runs += 1;
  const name = `bench-join-raw-${Date.now().toString(36)}-${runs}`;
  const idb = await openStores(name);
  try {
    const started = performance.now();
    const copy = (names: readonly CollectionName[]) => Promise.all(names.map((collection) => copyDatabase(request, idb, collection)));
    const essentials = await withTimeout('the raw join', request.timeoutMs, copy(ESSENTIAL_COLLECTIONS));
    const usableAt = performance.now();
    const rest = await withTimeout('the raw join', request.timeoutMs, copy(COLLECTION_NAMES.filter((n) => !ESSENTIAL_COLLECTIONS.includes(n))));
    const ms = performance.now() - started;
    return { ms, detail: { usableMs: Math.round(usableAt - started), records: [...essentials, ...rest].reduce((sum, n) => sum + n, 0) } };
  } finally {
    idb.close();
    await deleteDatabase(name);
  }
}

export async function joinPouch(request: JoinRequest): Promise<TimedResult> {
  runs += 1;
  const stamp = `${Date.now().toString(36)}-${runs}`;
  const locals = COLLECTION_NAMES.map((collection) => ({ collection, local: openLocalPouch(`bench-join-${collection}-${stamp}`) }));
  try {
    // PouchDB opens its IndexedDB lazily: open them before the clock, as the others are.
    await Promise.all(locals.map(({ local }) => local.info()));
    const fetch = authorizedFetch(request.server);
    const started = performance.now();
    let essentialsLeft = ESSENTIAL_COLLECTIONS.length;
    let usableAt = 0;
    const written = await withTimeout(
      "PouchDB's replication",
      request.timeoutMs,
      Promise.all(
        locals.map(async ({ collection, local }) => {
          const remote = openRemotePouch(databaseUrl(request.server.url, databaseName(request.prefix, collection)), fetch);
          const result = await local.replicate.from(remote, { batch_size: 1_000 });
          await remote.close();
          if (!result.ok) throw new Error(`PouchDB's replication of ${collection} failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
          if (ESSENTIAL_COLLECTIONS.includes(collection)) {
            essentialsLeft -= 1;
            if (essentialsLeft === 0) usableAt = performance.now();
          }
          return result.docs_written;
        }),
      ),
    );
    const ms = performance.now() - started;
    return { ms, detail: { usableMs: Math.round(usableAt - started), records: written.reduce((sum, n) => sum + n, 0) } };
  } finally {
    for (const { collection, local } of locals) {
      await local.close();
      await deleteDatabase(`_pouch_bench-join-${collection}-${stamp}`);
    }
  }
}
