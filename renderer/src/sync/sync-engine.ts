/**
 * The sync engine: replicates all ten collections with their CouchDB databases (and the
 * attachment store with its own), keeps the status the person sees true, and recovers by itself.
 *
 * How it runs:
 * - Each collection has an RxDB replication (collection-replication.ts), started even offline
 *   so waiting changes can be counted; its requests wait behind a gate until the server is known
 *   to answer. The gate, not RxDB's pause(), is how sync holds still: a replication paused in
 *   the middle of its first upload drops the batch in flight while later batches move the
 *   upload checkpoint past it (seen here when the server died mid-push), so those records would
 *   never be sent. Behind the gate a failed batch is simply retried once the server is back.
 * - Connecting checks the credentials and every database's identity (a recreated or restored
 *   database gets a fresh replication that checks every record again), then opens the gate.
 * - ONE long-poll feed (on the audit trail) wakes the collections that changed; a sweep every
 *   30 s re-checks identities and pulls everything, so nothing waits for long.
 * - Offline (browser event) the engine pauses at once; any failure that stops all traffic
 *   (server unreachable, 401, not CouchDB, 5xx) pauses everything and one probe retries with
 *   exponential backoff and jitter (never a tight loop); the online event retries at once.
 * - Problems limited to one database or some records (refused writes, a missing database) are
 *   shown with their specifics while the rest keeps syncing.
 */
import { BehaviorSubject, Subscription, type Observable } from 'rxjs';
import { addRxPlugin, type RxCollection } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { CouchDatabase } from '@shared/couch/database';
import { CouchClient, CouchRequestError, RequestAbortedError, type FetchLike, type RequestOutcome } from '@shared/couch/http';
import { IDENTITY_DOC_ID, readIdentity } from '@shared/couch/identity';
import { ATTACHMENTS_DATABASE, databaseName, databaseUrl } from '@shared/couch/names';
import { isConnectionProblem, withoutFinalStop, type CouchProblem } from '@shared/couch/problems';
import { readWelcome } from '@shared/couch/server-info';
import type { RecordTypes } from '@shared/schemas';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import { INITIAL_SYNC_STATUS, syncPhase, type ConnectionState, type SyncStatus } from '@shared/sync/status';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import {
  createCollectionReplication,
  type CollectionReplication,
  type Refusal,
  type ReplicationDatabase,
  type ReplicationEvents,
} from './collection-replication';
import { quorumConflictHandler } from './conflict-handler';
import { reportMerge } from './merge-report';
import { ConnectionGate, SyncStoppedError } from './connection-gate';
import { runChangeFeed } from './change-feed';
import type { Connectivity } from './connectivity';
import { PendingTracker, countPending, type PendingCount } from './pending-changes';
import { RefusedChanges, putServerVersionsBack, type RefusedChange, type ServerVersionsBack } from './refused-changes';
import { TransferTally, type SyncLog } from './sync-log';
import type { SyncMemory, SyncMemoryData } from './sync-memory';
import { errorMessage } from '@shared/error-message';

addRxPlugin(RxDBLeaderElectionPlugin);

/** The server and account this laptop syncs with. */
export interface SyncConnection {
  /** Normalised, ending in `/`. */
  serverUrl: string;
  prefix: string;
  username: string;
  password: string | null;
}

/** The attachment store's side of sync (renderer/src/attachments). */
export interface AttachmentSync {
  syncWith(remote: { url: string; fetch: FetchLike }): Promise<{ sent: number; received: number; refused: Refusal[] }>;
  setRemote(remote: { url: string; fetch: FetchLike } | null): void;
  pendingCount(): Promise<number>;
  readonly changes$: Observable<unknown>;
}

export interface SyncTiming {
  sweepMs: number;
  feedServerTimeoutMs: number;
  feedClientTimeoutMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Time between retries of a refused push (grows while refusals go on). */
  refusedRetryMs: number;
  requestTimeoutMs: number;
  hintRepeatMs: number;
  pendingDebounceMs: number;
  pullBatchSize: number;
  pushBatchSize: number;
}

export const DEFAULT_TIMING: SyncTiming = {
  sweepMs: 30_000,
  feedServerTimeoutMs: 25_000,
  feedClientTimeoutMs: 35_000,
  backoffBaseMs: 2_000,
  backoffMaxMs: 60_000,
  refusedRetryMs: 15_000,
  requestTimeoutMs: 30_000,
  hintRepeatMs: 2_000,
  pendingDebounceMs: 250,
  // Large pull batches: fewer round trips and fewer IndexedDB transactions on a first sync.
  pullBatchSize: 1_000,
  pushBatchSize: 200,
};

export interface SyncEngineOptions {
  db: QuorumDatabase;
  connection: SyncConnection;
  connectivity: Connectivity;
  memory: SyncMemory;
  log: SyncLog;
  audit?: AuditLog;
  attachments?: AttachmentSync;
  fetch?: FetchLike;
  now?: () => Date;
  timing?: Partial<SyncTiming>;
  /** The app's origin and a no-CORS probe, to tell a CORS refusal from a dead server. */
  origin?: string;
  answersWithoutCors?: (url: string) => Promise<boolean>;
  random?: () => number;
}


/** How RxDB's replication marks the writes of its pull (`replication-downstream-<checkpoint key>`). */
const DOWNSTREAM_WRITE = 'replication-downstream-';

/** Identity used for a replication before this laptop ever reached the server. */
const NOT_YET_CONNECTED = 'not-yet-connected';

export class SyncEngine {
  private readonly timing: SyncTiming;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly statusSubject = new BehaviorSubject<SyncStatus>({ ...INITIAL_SYNC_STATUS, phase: 'starting' });
  private readonly gate = new ConnectionGate();
  private readonly replications = new Map<CollectionName, CollectionReplication<CollectionName>>();
  private readonly replicationSubs = new Map<CollectionName, Subscription>();
  private readonly cancelled = new Set<CollectionReplication<CollectionName>>();
  private readonly activeBy = new Map<string, boolean>();
  private readonly problems = new Map<string, CouchProblem>();
  private readonly pending: PendingTracker;
  private readonly unavailable = new Set<CollectionName>();
  /** Per collection: closed while its server database is missing or refused. */
  private readonly collectionGates = new Map<CollectionName, ConnectionGate>(COLLECTION_NAMES.map((name) => [name, openGate()]));
  private readonly hintTimers = new Map<CollectionName, ReturnType<typeof setTimeout>>();
  private readonly subscriptions = new Subscription();
  private readonly tally: TransferTally;
  private readonly refused = new RefusedChanges();
  private memory: SyncMemoryData = { serverKey: '', identities: {}, lastSyncedAt: null };
  private state: ConnectionState = 'idle';
  private session: AbortController | null = null;
  private client: CouchClient | null = null;
  private failures = 0;
  private nextAttemptAt: Date | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private sweepTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingDirty: Set<string> | 'all' = new Set();
  private attachmentsRunning = false;
  private failing = false;
  private attachmentsDone: Promise<unknown> = Promise.resolve();
  private attachmentsAgain = false;
  private lastSyncedAt: string | null = null;
  private unsubscribeConnectivity: (() => void) | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.tally = new TransferTally(options.log, (collection) => COLLECTION_LABELS[collection as CollectionName] ?? collection);
    const attachments = options.attachments;
    this.pending = new PendingTracker(
      () =>
        [...this.replications].map(
          ([name, rs]) =>
            [
              name,
              (confirmed: ReadonlyMap<string, string>) =>
                rs.internalReplicationState ? countPending(rs.internalReplicationState, confirmed) : Promise.resolve(null),
            ] as const,
        ),
      attachments ? () => attachments.pendingCount() : undefined,
    );
  }

  get status$(): Observable<SyncStatus> {
    return this.statusSubject.asObservable();
  }

  get status(): SyncStatus {
    return this.statusSubject.getValue();
  }

  /** Changes the server refused to store, until a push of their collection goes through. */
  get refusedChanges$(): Observable<RefusedChange[]> {
    return this.refused.changes$;
  }

  /**
   * Discards the changes the server refused, once a person has confirmed it: the server's
   * version of each record is put back here (fetched now, so the server must answer), and the
   * next push has nothing to send.
   */
  async discardRefused(): Promise<ServerVersionsBack> {
    const changes = this.refused.list;
    if (changes.length === 0) return { restored: 0, removed: 0 };
    if (this.state !== 'connected') throw new Error('The server’s version is needed to discard refused changes: connect to the server first.');
    const result = await putServerVersionsBack({
      db: this.options.db,
      changes,
      serverDatabase: (name) => new CouchDatabase(this.sessionClient(), this.dbName(name)),
    });
    for (const name of new Set(changes.map((change) => change.collection))) {
      this.refused.clear(name);
      this.problems.delete(`push:${name}`);
      // RxDB retries a refused push with the very rows it was given, so the collection's
      // replication starts again from its checkpoint and reads the records as they are now.
      await this.stopReplication(name, 'keep');
      await this.createReplication(name, this.memory.identities[this.dbName(name)] ?? NOT_YET_CONNECTED);
    }
    this.log('info', `Discarded ${plural(changes.length, 'refused change')}: the server’s version is back on this laptop.`);
    this.publish();
    return result;
  }

  /** Waiting changes by collection (and `attachments`), for the sync log's details. */
  get pendingBy$(): Observable<Readonly<Record<string, PendingCount>>> {
    return this.pending.byCollection$;
  }

  private get serverKey(): string {
    return `${this.options.connection.serverUrl}|${this.options.connection.prefix}`;
  }

  private log(kind: Parameters<SyncLog['add']>[0], message: string): void {
    this.options.log.add(kind, message);
  }

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<void> {
    if (this.state !== 'idle') return;
    this.state = 'starting';
    this.publish();
    const { db } = this.options;
    if (db.multiInstance && !db.isLeader()) {
      // Only one window of a profile may replicate; the others wait their turn.
      const timer = setTimeout(() => {
        if (this.state === 'starting') {
          this.state = 'other-window';
          this.publish();
        }
      }, 3_000);
      await db.waitForLeadership();
      clearTimeout(timer);
      if (this.isStopped()) return;
      this.state = 'starting';
    }
    this.memory = await this.options.memory.load(this.serverKey);
    this.lastSyncedAt = this.memory.lastSyncedAt;
    if (this.isStopped()) return;
    for (const name of COLLECTION_NAMES) {
      const collection = db[name] as unknown as RxCollection<RecordTypes[CollectionName]>;
      // Installed here rather than at collection creation: only replication consults it.
      collection.conflictHandler = quorumConflictHandler(name, this.now, (report) => reportMerge(report, this.options.log, this.options.audit));
      this.subscriptions.add(
        collection.eventBulks$.subscribe((bulk) => {
          // What a pull stores is no change to send: a first sync of thousands of records must not
          // recount after every batch. The pull's end (setActive) counts that collection again.
          if (!bulk.context.startsWith(DOWNSTREAM_WRITE)) this.schedulePendingCount(name);
        }),
      );
    }
    await Promise.all(COLLECTION_NAMES.map((name) => this.createReplication(name, this.memory.identities[this.dbName(name)] ?? NOT_YET_CONNECTED)));
    if (this.options.attachments) this.subscriptions.add(this.options.attachments.changes$.subscribe(() => this.onLocalAttachmentChange()));
    if (this.isStopped()) return;
    this.unsubscribeConnectivity = this.options.connectivity.subscribe((online) => (online ? this.onOnline() : this.goOffline()));
    this.schedulePendingCount();
    if (this.options.connectivity.isOnline()) void this.connect();
    else this.goOffline();
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    // Let an attachment round in flight finish (briefly): PouchDB mishandles being cut off.
    await Promise.race([this.attachmentsDone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    this.gate.stop();
    for (const gate of this.collectionGates.values()) gate.stop();
    this.session?.abort();
    this.session = null;
    this.clearTimers();
    this.unsubscribeConnectivity?.();
    this.subscriptions.unsubscribe();
    for (const sub of this.replicationSubs.values()) sub.unsubscribe();
    this.options.attachments?.setRemote(null);
    await Promise.all([...this.replications.values()].map((rs) => rs.cancel()));
    this.replications.clear();
    this.tally.flush();
  }

  /** Pull and push everything now (the "Sync now" button). */
  syncNow(): void {
    if (this.state === 'connected') this.sweep();
    else if (this.state === 'waiting' || this.state === 'offline') {
      this.failures = 0;
      void this.connect();
    }
  }

  private isStopped(): boolean {
    return this.state === 'stopped';
  }

  private clearTimers(): void {
    for (const timer of [this.retryTimer, this.sweepTimer, this.pendingTimer]) if (timer) clearTimeout(timer);
    for (const timer of this.hintTimers.values()) clearTimeout(timer);
    this.hintTimers.clear();
    this.retryTimer = this.sweepTimer = this.pendingTimer = null;
  }

  // ---------------------------------------------------------------- replications

  private dbName(name: CollectionName | typeof ATTACHMENTS_DATABASE): string {
    return databaseName(this.options.connection.prefix, name);
  }

  private identifier(name: CollectionName, identity: string): string {
    return `couch|${this.options.connection.serverUrl}|${this.dbName(name)}|${identity}`;
  }

  private async createReplication(name: CollectionName, identity: string): Promise<void> {
    if (this.isStopped()) return;
    const dbName = this.dbName(name);
    // Requests go through the engine's current session (so going offline or stopping aborts
    // them) and wait for the gate; a replication replaced meanwhile gets no more requests.
    const holder: { rs?: CollectionReplication<CollectionName> } = {};
    const live = () => new CouchDatabase(this.sessionClient(), dbName);
    const database: ReplicationDatabase = {
      changes: (o) => this.guard(name, holder.rs, () => live().changes(o)),
      allDocs: (keys) => this.guard(name, holder.rs, () => live().allDocs(keys)),
      bulkDocs: (docs) => this.guard(name, holder.rs, () => live().bulkDocs(docs)),
      get: (id, rev) => this.guard(name, holder.rs, () => live().get(id, rev)),
    };
    const events: ReplicationEvents = {
      skipped: (collection, id, reason) =>
        this.log('error', `Did not store a malformed record from the server (${COLLECTION_LABELS[collection]}, ${id}): ${reason}`),
      refused: (collection, refusals) => this.onRefused(collection, refusals),
      confirmed: (collection, states) => this.pending.confirm(collection, states),
      pushed: (collection) => {
        this.pending.settle(collection);
        const rs = this.replications.get(collection);
        if (rs) rs.retryTime = this.timing.refusedRetryMs;
        this.refused.clear(collection);
        if (this.problems.delete(`push:${collection}`)) this.publish();
      },
    };
    const rs = createCollectionReplication({
      name,
      collection: this.options.db[name] as unknown as RxCollection<RecordTypes[CollectionName]>,
      database,
      identifier: this.identifier(name, identity),
      gate: this.gate,
      pullBatchSize: this.timing.pullBatchSize,
      pushBatchSize: this.timing.pushBatchSize,
      retryTimeMs: this.timing.refusedRetryMs,
      events,
    });
    holder.rs = rs;
    this.replications.set(name, rs);
    const sub = new Subscription();
    sub.add(rs.active$.subscribe((active) => this.setActive(name, active)));
    sub.add(
      rs.sent$.subscribe(() => {
        this.tally.count('sent', name);
        this.schedulePendingCount(name);
      }),
    );
    sub.add(
      rs.received$.subscribe(() => {
        this.tally.count('received', name);
      }),
    );
    sub.add(
      rs.error$.subscribe((error) => {
        // Request failures reach the status through the HTTP client, with their specifics; RxDB's
        // own failures (a record that could not be stored on this laptop) do not, so they are logged.
        const parameters = (error as { parameters?: { writeError?: unknown } }).parameters;
        if (/^RC_(PULL|PUSH|STREAM)$/.test(String(error.code)) && !parameters?.writeError) return;
        this.log('error', `${COLLECTION_LABELS[name]}: ${String(error.message).slice(0, 300)}`);
      }),
    );
    this.replicationSubs.set(name, sub);
    await rs.start();
  }

  /**
   * Runs a request once the server answers and the collection's database is usable; a request
   * of a replication replaced meanwhile is refused.
   */
  private async guard<T>(name: CollectionName, rs: CollectionReplication<CollectionName> | undefined, request: () => Promise<T>): Promise<T> {
    for (;;) {
      await this.gate.wait();
      await this.collectionGates.get(name)?.wait();
      if (rs && this.cancelled.has(rs)) throw new SyncStoppedError();
      // The connection may have dropped again while this collection waited.
      if (this.gate.opened) return request();
    }
  }

  /** A server database changed identity: a fresh replication checks every record against it. */
  private async rekey(name: CollectionName, identity: string): Promise<void> {
    const previous = this.memory.identities[this.dbName(name)];
    await this.stopReplication(name, 'forget');
    if (previous !== undefined && previous !== NOT_YET_CONNECTED) {
      this.log(
        'info',
        `The server's database ${this.dbName(name)} was recreated or restored (its identity changed): checking every record of ${COLLECTION_LABELS[name]} again, sending what the server lacks.`,
      );
    }
    await this.createReplication(name, identity);
    this.memory.identities[this.dbName(name)] = identity;
  }

  /**
   * Stops a collection's replication for good. `forget` drops its checkpoints too (a fresh one
   * then checks every record); `keep` leaves them, so its successor resumes where it stood.
   */
  private async stopReplication(name: CollectionName, checkpoints: 'forget' | 'keep'): Promise<void> {
    const old = this.replications.get(name);
    if (!old) return;
    this.cancelled.add(old);
    this.replicationSubs.get(name)?.unsubscribe();
    this.activeBy.delete(name);
    if (checkpoints === 'forget') await old.remove();
    else await old.cancel();
  }

  // ---------------------------------------------------------------- connection

  private sessionClient(): CouchClient {
    if (this.client) return this.client;
    const { connection } = this.options;
    this.client = new CouchClient(
      { serverUrl: connection.serverUrl, ...(connection.username ? { username: connection.username, password: connection.password ?? '' } : {}) },
      {
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        timeoutMs: this.timing.requestTimeoutMs,
        onOutcome: (outcome) => this.onOutcome(outcome),
        signal: () => this.session?.signal,
      },
    );
    return this.client;
  }

  private async connect(): Promise<void> {
    if (this.isStopped() || this.state === 'connecting' || this.state === 'connected') return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.nextAttemptAt = null;
    this.state = 'connecting';
    this.session = new AbortController();
    this.publish();
    const { connection } = this.options;
    if (connection.username && !connection.password) {
      this.fail({ kind: 'needs-password' }, false);
      return;
    }
    const client = this.sessionClient();
    try {
      if (connection.username) {
        const session = await client.json<{ userCtx?: { name?: string | null } }>('GET', '_session');
        if (session.userCtx?.name !== connection.username) throw new CouchRequestError({ kind: 'unauthorized' }, client.url('_session'));
      } else if (!readWelcome(await client.json<unknown>('GET', ''))) {
        throw new CouchRequestError({ kind: 'not-couchdb', detail: 'no CouchDB welcome' }, client.url(''));
      }
      await this.checkIdentities(client);
    } catch (error) {
      if (this.isStopped() || error instanceof RequestAbortedError) return;
      if (error instanceof CouchRequestError) {
        await this.failWithProblem(error.problem);
        return;
      }
      this.fail({ kind: 'bad-response', detail: errorMessage(error) }, true);
      return;
    }
    if (this.isStopped() || this.state !== 'connecting') return;
    const wasWaiting = this.failures > 0 || this.problems.has('connection');
    this.state = 'connected';
    this.failures = 0;
    this.problems.delete('connection');
    this.log('info', `${wasWaiting ? 'Reconnected to' : 'Connected to'} ${connection.serverUrl}${connection.username ? ` as ${connection.username}` : ''}.`);
    this.gate.open();
    this.options.attachments?.setRemote(this.attachmentsRemote());
    // Uploads waiting behind the gate go on by themselves; pull what changed meanwhile.
    for (const rs of this.replications.values()) rs.reSync();
    this.startFeed();
    this.scheduleSweep();
    this.syncAttachments();
    this.publish();
  }

  /** Reads every database's identity; re-keys those that changed; notes databases that are missing. */
  private async checkIdentities(client: CouchClient): Promise<void> {
    const results = await Promise.all(
      COLLECTION_NAMES.map(async (name) => {
        try {
          const doc = await new CouchDatabase(client, this.dbName(name)).getLocal(IDENTITY_DOC_ID, this.session?.signal);
          return { name, identity: readIdentity(doc) };
        } catch (error) {
          if (error instanceof CouchRequestError && !isConnectionProblem(error.problem)) return { name, problem: error.problem };
          // The session has just accepted the credentials: a 401 on a database (pouchdb-server's
          // answer where CouchDB answers 403) means the account is not admitted to it.
          if (error instanceof CouchRequestError && error.problem.kind === 'unauthorized' && this.options.connection.username) {
            return { name, problem: { ...error.problem, kind: 'no-access' as const } };
          }
          throw error;
        }
      }),
    );
    let changed = false;
    for (const result of results) {
      const key = `db:${this.dbName(result.name)}`;
      if ('problem' in result && result.problem) {
        this.problems.set(key, { ...result.problem, database: this.dbName(result.name) });
        this.unavailable.add(result.name);
        this.collectionGates.get(result.name)?.close();
        continue;
      }
      this.problems.delete(key);
      if (this.unavailable.delete(result.name)) {
        this.collectionGates.get(result.name)?.open();
        this.replications.get(result.name)?.reSync();
      }
      if ('identity' in result && result.identity !== undefined) {
        const known = this.memory.identities[this.dbName(result.name)] ?? NOT_YET_CONNECTED;
        if (known !== result.identity) {
          await this.rekey(result.name, result.identity);
          changed = true;
        }
      }
    }
    if (changed) await this.saveMemory();
  }

  private attachmentsRemote(): { url: string; fetch: FetchLike } {
    return { url: databaseUrl(this.options.connection.serverUrl, this.dbName(ATTACHMENTS_DATABASE)), fetch: this.sessionClient().authorizedFetch };
  }

  private onOutcome(outcome: RequestOutcome): void {
    const database = this.databaseOf(outcome.url);
    if (outcome.ok) {
      if (database && this.problems.delete(`db:${database}`)) this.publish();
      return;
    }
    if (isConnectionProblem(outcome.problem)) {
      if (this.state === 'connected') void this.failWithProblem(outcome.problem);
    } else if (database && (outcome.problem.kind === 'missing-database' || outcome.problem.kind === 'no-access')) {
      this.problems.set(`db:${database}`, { ...outcome.problem, database });
      // Hold that collection's requests until a sweep finds its database usable again.
      const name = COLLECTION_NAMES.find((collection) => this.dbName(collection) === database);
      if (name) {
        this.unavailable.add(name);
        this.collectionGates.get(name)?.close();
      }
      this.publish();
    }
  }

  private databaseOf(url: string): string | null {
    const base = this.options.connection.serverUrl;
    if (!url.startsWith(base)) return null;
    const first = url.slice(base.length).split(/[/?]/)[0] ?? '';
    return first && !first.startsWith('_') ? decodeURIComponent(first) : null;
  }

  /** One failure handled at a time: the requests in flight of one outage all fail together. */
  private async failWithProblem(problem: CouchProblem): Promise<void> {
    if (this.failing || (this.state !== 'connected' && this.state !== 'connecting')) return;
    this.failing = true;
    try {
      let refined = problem;
      if (problem.kind === 'unreachable' && this.options.answersWithoutCors) {
        const answers = await this.options.answersWithoutCors(this.options.connection.serverUrl).catch(() => false);
        if (answers) refined = { kind: 'cors', ...(this.options.origin ? { origin: this.options.origin } : {}) };
      }
      if (this.isStopped()) return;
      if (!this.options.connectivity.isOnline()) this.goOffline();
      else this.fail(refined, true);
    } finally {
      this.failing = false;
    }
  }

  /** Stops all traffic; with `retry`, one probe tries again after a growing, jittered wait. */
  private fail(problem: CouchProblem, retry: boolean): void {
    if (this.isStopped()) return;
    const wasConnected = this.state === 'connected';
    this.suspend();
    this.state = 'waiting';
    this.problems.set('connection', problem);
    if (wasConnected || this.failures === 0) {
      this.log('error', `${problem.kind === 'needs-password' ? 'Not connecting' : 'Sync paused'}: ${problemLine(problem)}`);
    }
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (retry) {
      this.failures++;
      const ceiling = Math.min(this.timing.backoffMaxMs, this.timing.backoffBaseMs * 2 ** (this.failures - 1));
      const delay = Math.max(1_000, Math.round(ceiling * (0.8 + 0.4 * this.random())));
      this.nextAttemptAt = new Date(this.now().getTime() + delay);
      this.retryTimer = setTimeout(() => void this.connect(), delay);
    } else {
      this.nextAttemptAt = null;
    }
    this.publish();
  }

  /** Closes the gate and aborts requests in flight; the replications wait behind the gate. */
  private suspend(): void {
    this.gate.close();
    this.session?.abort();
    this.session = null;
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepTimer = null;
    this.options.attachments?.setRemote(null);
  }

  private goOffline(): void {
    if (this.isStopped()) return;
    if (this.state !== 'offline') this.log('info', 'Offline: changes are kept on this laptop and sent when the network returns.');
    this.suspend();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.nextAttemptAt = null;
    this.state = 'offline';
    this.publish();
  }

  private onOnline(): void {
    if (this.isStopped()) return;
    this.failures = 0;
    if (this.state === 'offline' || this.state === 'waiting') void this.connect();
  }

  // ---------------------------------------------------------------- feed and sweeps

  private startFeed(): void {
    const session = this.session;
    if (!session) return;
    const audit = new CouchDatabase(this.sessionClient(), this.dbName('audit'));
    runChangeFeed(
      audit,
      { serverTimeoutMs: this.timing.feedServerTimeoutMs, clientTimeoutMs: this.timing.feedClientTimeoutMs },
      session.signal,
      (collections) => this.pullSoon(collections),
    ).catch((error: unknown) => {
      // A failure the client has not reported (a malformed answer) still needs a reconnect.
      if (session === this.session && this.state === 'connected' && !(error instanceof CouchRequestError)) {
        this.fail({ kind: 'bad-response', detail: errorMessage(error) }, true);
      }
    });
  }

  /** Pulls the collections a change signal named, and once more shortly after. */
  private pullSoon(collections: Set<CollectionName>): void {
    for (const name of collections) {
      this.replications.get(name)?.reSync();
      const existing = this.hintTimers.get(name);
      if (existing) clearTimeout(existing);
      this.hintTimers.set(
        name,
        setTimeout(() => {
          this.hintTimers.delete(name);
          if (this.state === 'connected') this.replications.get(name)?.reSync();
        }, this.timing.hintRepeatMs),
      );
    }
    if (collections.has('meetings') || collections.has('agendaitems')) this.syncAttachments();
  }

  private scheduleSweep(): void {
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepTimer = setTimeout(() => this.sweep(), this.timing.sweepMs);
  }

  private sweep(): void {
    if (this.state !== 'connected') return;
    this.scheduleSweep();
    const client = this.sessionClient();
    this.checkIdentities(client)
      .then(() => {
        if (this.state !== 'connected') return;
        for (const [name, rs] of this.replications) if (!this.unavailable.has(name)) rs.reSync();
        this.syncAttachments();
        this.publish();
      })
      .catch((error: unknown) => {
        if (error instanceof CouchRequestError || error instanceof RequestAbortedError) return; // reported by the client
        this.log('error', `Sync check failed: ${errorMessage(error)}`);
      });
  }

  // ---------------------------------------------------------------- attachments

  private onLocalAttachmentChange(): void {
    this.schedulePendingCount('attachments');
    if (this.state === 'connected') this.syncAttachments();
  }

  private syncAttachments(): void {
    const attachments = this.options.attachments;
    if (!attachments || this.state !== 'connected') return;
    if (this.attachmentsRunning) {
      this.attachmentsAgain = true;
      return;
    }
    this.attachmentsRunning = true;
    this.setActive('attachments', true);
    this.attachmentsDone = attachments
      .syncWith(this.attachmentsRemote())
      .then((result) => {
        if (result.sent > 0) this.log('sent', `Sent ${plural(result.sent, 'attachment')}.`);
        if (result.received > 0) this.log('received', `Received ${plural(result.received, 'attachment')}.`);
        if (result.refused.length > 0) this.onRefused('attachments', result.refused);
        else if (this.problems.delete('push:attachments')) this.publish();
      })
      .catch((error: unknown) => {
        if (this.state !== 'connected') return;
        this.log('error', `Attachments not synced: ${errorMessage(error)}`);
      })
      .finally(() => {
        this.attachmentsRunning = false;
        if (this.isStopped()) return;
        this.setActive('attachments', false);
        if (this.attachmentsAgain) {
          this.attachmentsAgain = false;
          this.syncAttachments();
        }
      });
  }

  // ---------------------------------------------------------------- events

  private onRefused(collection: CollectionName | 'attachments', refusals: Refusal[]): void {
    const what = collection === 'attachments' ? 'attachments' : COLLECTION_LABELS[collection];
    const detail = refusals[0]?.reason ?? '';
    const known = this.problems.get(`push:${collection}`);
    // Records refused by earlier pushes are still waiting: the count is all of them.
    if (collection !== 'attachments') this.refused.record(collection, refusals);
    const count = collection === 'attachments' ? refusals.length : this.refused.countOf(collection);
    const repeated = known?.count === count && known.detail === detail;
    this.problems.set(`push:${collection}`, { kind: 'refused-write', count, what, detail });
    if (collection !== 'attachments') {
      const rs = this.replications.get(collection);
      if (rs) rs.retryTime = Math.min(this.timing.backoffMaxMs * 5, (rs.retryTime ?? this.timing.refusedRetryMs) * 2);
    }
    // Retries of the same refusal are not logged again.
    if (!repeated) {
      this.log('error', `The server refused ${plural(count, 'change')} to ${what}: ${withoutFinalStop(detail)}. They stay on this laptop and are sent again later.`);
    }
    this.publish();
  }

  private setActive(source: string, active: boolean): void {
    if (this.activeBy.get(source) === active) return;
    this.activeBy.set(source, active);
    if (!active) this.schedulePendingCount(source);
    this.publish();
  }

  // ---------------------------------------------------------------- status

  /** Counts the waiting changes of `source` (a collection or `attachments`), or of everything, soon. */
  private schedulePendingCount(source?: string): void {
    if (this.isStopped()) return;
    if (source === undefined) this.pendingDirty = 'all';
    else if (this.pendingDirty !== 'all') this.pendingDirty.add(source);
    if (this.pendingTimer) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = null;
      const dirty = this.pendingDirty;
      this.pendingDirty = new Set();
      void this.countPending(dirty === 'all' ? undefined : dirty);
    }, this.timing.pendingDebounceMs);
    // A change is in the making: the status says so until the count is done.
    this.publish();
  }

  private async countPending(sources?: Iterable<string>): Promise<void> {
    if (!(await this.pending.recount(sources)) || this.isStopped()) return;
    this.publish();
  }

  private async saveMemory(): Promise<void> {
    this.memory.lastSyncedAt = this.lastSyncedAt;
    await this.options.memory.save({ ...this.memory, serverKey: this.serverKey }).catch(() => undefined);
  }

  private publish(): void {
    if (this.isStopped()) return;
    const { count: pending, capped } = this.pending.total();
    const active = [...this.activeBy.values()].some(Boolean) || this.pendingTimer !== null;
    const problem = this.problems.get('connection') ?? [...this.problems.values()][0] ?? null;
    const phase = syncPhase(this.state, { busy: active, problem: problem !== null, pending });
    if (phase === 'up-to-date') {
      const previous = this.lastSyncedAt ? Date.parse(this.lastSyncedAt) : 0;
      this.lastSyncedAt = this.now().toISOString();
      // Remembered across reloads, written at most once a minute.
      if (this.now().getTime() - previous > 60_000) void this.saveMemory();
    }
    const next: SyncStatus = {
      phase,
      pending,
      pendingCapped: capped,
      lastSyncedAt: this.lastSyncedAt,
      problem: phase === 'error' ? problem : null,
      nextAttemptAt: phase === 'error' && this.nextAttemptAt ? this.nextAttemptAt.toISOString() : null,
    };
    // Only changes reach the screen: a first sync of thousands of records must not re-render per record.
    if (JSON.stringify(next) !== JSON.stringify(this.statusSubject.getValue())) this.statusSubject.next(next);
  }
}

function openGate(): ConnectionGate {
  const gate = new ConnectionGate();
  gate.open();
  return gate;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function problemLine(problem: CouchProblem): string {
  return `${problem.kind}${problem.database ? ` (${problem.database})` : ''}${problem.detail ? `: ${problem.detail}` : ''}`;
}
