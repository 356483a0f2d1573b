/**
 * The initial pull of a server database into an empty client, three ways on the same data:
 * Quorum's sync engine (the app's code), the raw limit (one `_all_docs?include_docs=true` fetch
 * and one IndexedDB transaction, the least any client must do), the floor of the storage Quorum
 * stands on (the same fetch, then one RxDB bulkInsert into Dexie with the collection's indexes,
 * no replication bookkeeping), the floor of RxDB's replication on that storage (the same fetch,
 * then RxDB's replication protocol pulling from memory), and PouchDB's own replication into
 * IndexedDB. Each starts its clock with its empty database already open, as a laptop's is.
 */
import type { WithDeleted } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { filter, firstValueFrom } from 'rxjs';
import { databaseName, databaseUrl } from '../../shared/couch/names';
import type { CouchDoc } from '../../shared/couch/database';
import { fromCouchDoc } from '../../renderer/src/sync/record-transfer';
import { openLocalPouch, openRemotePouch } from '../../renderer/src/attachments/pouchdb-browser.js';
import { dexieRow, storeShapeOf, type StoreShape } from '../data/index-key-paths';
import { querySchema } from '../../shared/schemas/query';
import type { RecordTypes } from '../../shared/schemas';
import { DEFAULT_TIMING } from '../../renderer/src/sync/sync-timing';
import type { PullRequest, TimedResult } from './api';
import { authorizedFetch, deleteDatabase, openLaptop, withTimeout } from './laptop';

type QueryRecord = RecordTypes['queries'];

let runs = 0;

export async function pullQuorum(request: PullRequest): Promise<TimedResult> {
  const entered = performance.now();
  const laptop = await openLaptop();
  try {
    const arrived = firstValueFrom(laptop.db.queries.count().$.pipe(filter((n) => n >= request.expected)));
    const started = performance.now();
    await laptop.connect(request.server, request.prefix);
    const records = await withTimeout(`Quorum's pull of ${request.expected} records`, request.timeoutMs, arrived);
    const ms = performance.now() - started;
    // startedAtMs: when the clock started, from the call's start (to find the pull in a CPU profile).
    return { ms, detail: { records, startedAtMs: Math.round(started - entered) } };
  } finally {
    await laptop.remove();
  }
}

function openRawDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('docs', { keyPath: '_id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`IndexedDB refused to open ${name}`));
  });
}

function openIndexedDatabase(name: string, shape: StoreShape): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('docs', { keyPath: shape.keyPath });
      for (const keyPath of shape.indexes) store.createIndex(JSON.stringify(keyPath), keyPath);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`IndexedDB refused to open ${name}`));
  });
}

/**
 * The raw limit with the app's indexes: the same fetch and one transaction into an object store
 * with every index RxDB's Dexie storage makes for queries (tests: bench/data/index-key-paths.ts),
 * each document carrying what those indexes read (`_deleted`, `_meta.lwt`, booleans as '0'/'1').
 */
export async function pullRawIndexed(request: PullRequest): Promise<TimedResult> {
  runs += 1;
  const name = `bench-raw-indexed-${Date.now().toString(36)}-${runs}`;
  const shape = storeShapeOf(querySchema as never);
  const idb = await openIndexedDatabase(name, shape);
  try {
    const started = performance.now();
    const docs = await fetchAllDocs(request);
    const lwt = Date.now();
    const written = await new Promise<number>((resolve, reject) => {
      const transaction = idb.transaction('docs', 'readwrite');
      const store = transaction.objectStore('docs');
      for (const doc of docs) {
        store.put(dexieRow(doc, shape, lwt));
      }
      transaction.oncomplete = () => resolve(docs.length);
      transaction.onerror = () => reject(transaction.error ?? new Error('The IndexedDB transaction failed.'));
    });
    const ms = performance.now() - started;
    return { ms, detail: { records: written } };
  } finally {
    idb.close();
    await deleteDatabase(name);
  }
}

export async function pullRaw(request: PullRequest): Promise<TimedResult> {
  runs += 1;
  const name = `bench-raw-${Date.now().toString(36)}-${runs}`;
  const idb = await openRawDatabase(name);
  try {
    const started = performance.now();
    const docs = await fetchAllDocs(request);
    const written = await new Promise<number>((resolve, reject) => {
      const transaction = idb.transaction('docs', 'readwrite');
      const store = transaction.objectStore('docs');
      for (const doc of docs) store.put(doc);
      const count = docs.length;
      transaction.oncomplete = () => resolve(count);
      transaction.onerror = () => reject(transaction.error ?? new Error('The IndexedDB transaction failed.'));
    });
    const ms = performance.now() - started;
    return { ms, detail: { records: written } };
  } finally {
    idb.close();
    await deleteDatabase(name);
  }
}

async function fetchAllDocs(request: PullRequest): Promise<CouchDoc[]> {
  const url = `${databaseUrl(request.server.url, databaseName(request.prefix, 'queries'))}_all_docs?include_docs=true`;
  const response = await withTimeout(
    'the _all_docs fetch',
    request.timeoutMs,
    authorizedFetch(request.server)(url, { headers: { Accept: 'application/json' } }),
  );
  if (!response.ok) throw new Error(`_all_docs answered HTTP ${response.status}.`);
  const body = (await response.json()) as { rows: { id: string; doc?: CouchDoc }[] };
  return body.rows.flatMap((row) => (row.doc && !row.id.startsWith('_design/') ? [row.doc] : []));
}

export async function pullStorageFloor(request: PullRequest): Promise<TimedResult> {
  const laptop = await openLaptop();
  try {
    const started = performance.now();
    const docs = await fetchAllDocs(request);
    const fetched = performance.now();
    const result = await laptop.db.queries.bulkInsert(docs.map((doc) => fromCouchDoc(doc)) as never);
    if (result.error.length > 0)
      throw new Error(`bulkInsert refused ${result.error.length} records (first: ${JSON.stringify(result.error[0]).slice(0, 300)}).`);
    const ms = performance.now() - started;
    return { ms, detail: { records: result.success.length, fetchMs: Math.round(fetched - started) } };
  } finally {
    await laptop.remove();
  }
}

/**
 * The floor of RxDB's replication on Quorum's storage: the same fetch, then RxDB's own replication
 * protocol (rxdb/plugins/replication, as the app uses it: live, with a push, in the app's batch
 * sizes) pulling the fetched records from memory, a handler with nothing to wait for and nothing
 * to check. RxDB writes each record and, beside it, its replication state (the server state it
 * assumes, which later pushes and conflicts are checked against). What any RxDB replication of
 * these records pays on this storage, before its handlers and the network.
 */
export async function pullReplicationFloor(request: PullRequest): Promise<TimedResult> {
  runs += 1;
  const laptop = await openLaptop();
  try {
    const started = performance.now();
    const docs = (await fetchAllDocs(request)).map((doc) => fromCouchDoc(doc) as unknown as WithDeleted<QueryRecord>);
    const fetched = performance.now();
    const replication = replicateRxCollection<QueryRecord, { at: number }>({
      replicationIdentifier: `bench-replication-floor-${runs}`,
      collection: laptop.db.queries,
      live: true,
      waitForLeadership: false,
      autoStart: true,
      pull: {
        batchSize: DEFAULT_TIMING.pullBatchSize,
        handler: (checkpoint, batchSize) => {
          const from = checkpoint?.at ?? 0;
          const documents = docs.slice(from, from + batchSize);
          return Promise.resolve({ documents, checkpoint: { at: from + documents.length } });
        },
      },
      push: { batchSize: DEFAULT_TIMING.pushBatchSize, handler: () => Promise.resolve([]) },
    });
    try {
      await withTimeout("RxDB's replication from memory", request.timeoutMs, replication.awaitInitialReplication());
      const ms = performance.now() - started;
      const records = await laptop.db.queries.count().exec();
      return { ms, detail: { records, fetchMs: Math.round(fetched - started) } };
    } finally {
      await replication.cancel();
    }
  } finally {
    await laptop.remove();
  }
}

export async function pullPouch(request: PullRequest): Promise<TimedResult> {
  runs += 1;
  const name = `bench-pouch-${Date.now().toString(36)}-${runs}`;
  const local = openLocalPouch(name);
  try {
    // PouchDB opens its IndexedDB lazily: open it before the clock, as the others are.
    await local.info();
    const remote = openRemotePouch(databaseUrl(request.server.url, databaseName(request.prefix, 'queries')), authorizedFetch(request.server));
    const started = performance.now();
    const result = await withTimeout("PouchDB's replication", request.timeoutMs, local.replicate.from(remote));
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`PouchDB's replication failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
    await remote.close();
    return { ms, detail: { records: result.docs_written } };
  } finally {
    await local.close();
    // PouchDB's idb adapter names its database `_pouch_<name>`.
    await deleteDatabase(`_pouch_${name}`);
  }
}
