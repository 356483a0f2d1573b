/**
 * The sync engine: replicates all ten collections with their CouchDB databases (and the
 * attachment store with its own), keeps the status the person sees true, and recovers by itself.
 * It coordinates parts that each have one reason to change:
 * - `ConnectionStateMachine` (connection-state.ts): the connection's state, failures and retry
 *   with backoff and jitter;
 * - `ReplicationSet` (replication-set.ts): the collections' replications, re-keyed when a server
 *   database is recreated or restored, each behind the connection gate and its own;
 * - `PullSchedule` (pull-schedule.ts): the change feed, its repeated hints and the sweep;
 * - `AttachmentRounds` (attachment-rounds.ts): attachment sync, one round at a time;
 * - `SyncStatusBoard` (sync-status-board.ts): problems under typed keys, and the status;
 * - `PendingTracker` and `RefusedChanges`: what waits to be sent, and what the server refused.
 * Every wait is in `SyncTiming` (sync-timing.ts).
 *
 * How it runs:
 * - Each collection's replication is started even offline, so waiting changes can be counted;
 *   its requests wait behind a gate until the server is known to answer. The gate, not RxDB's
 *   pause(), is how sync holds still: a replication paused in the middle of its first upload
 *   drops the batch in flight while later batches move the upload checkpoint past it (seen here
 *   when the server died mid-push), so those records would never be sent. Behind the gate a
 *   failed batch is simply retried once the server is back.
 * - Connecting checks the credentials and every database's identity, then opens the gate.
 * - Offline (browser event) the engine pauses at once; any failure that stops all traffic
 *   (server unreachable, 401, not CouchDB, 5xx) pauses everything and one probe retries with
 *   backoff; the online event retries at once.
 * - Problems limited to one database or some records (refused writes, a missing database) are
 *   shown with their specifics while the rest keeps syncing.
 */
import { Subscription, type Observable } from 'rxjs';
import { addRxPlugin, type RxCollection } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { CouchDatabase } from '@shared/couch/database';
import { CouchClient, CouchRequestError, RequestAbortedError, type FetchLike, type RequestOutcome } from '@shared/couch/http';
import { ATTACHMENTS_DATABASE, databaseUrl } from '@shared/couch/names';
import { isConnectionProblem, withoutFinalStop, type CouchProblem } from '@shared/couch/problems';
import { readWelcome } from '@shared/couch/server-info';
import { errorMessage } from '@shared/error-message';
import type { RecordTypes } from '@shared/schemas';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import type { SyncStatus } from '@shared/sync/status';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import { AttachmentRounds } from './attachment-rounds';
import type { Refusal, ReplicationEvents } from './collection-replication';
import { quorumConflictHandler } from './conflict-handler';
import { ConnectionGate } from './connection-gate';
import { ConnectionStateMachine } from './connection-state';
import type { Connectivity } from './connectivity';
import { readDatabaseIdentities } from './database-identities';
import { reportMerge } from './merge-report';
import { PendingTracker, countPending, type PendingCount } from './pending-changes';
import { PullSchedule } from './pull-schedule';
import { RefusedChanges, putServerVersionsBack, type RefusedChange, type ServerVersionsBack } from './refused-changes';
import { ReplicationSet } from './replication-set';
import { systemClock, Timer, type SyncClock } from './sync-clock';
import type { AttachmentRemote, AttachmentSync, SyncConnection } from './sync-connection';
import { TransferTally, type SyncLog } from './sync-log';
import type { SyncMemory } from './sync-memory';
import { CONNECTION, SyncStatusBoard, databaseProblem, pushProblem } from './sync-status-board';
import { DEFAULT_TIMING, type SyncTiming } from './sync-timing';

addRxPlugin(RxDBLeaderElectionPlugin);

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
  /** Timers and time; the system's unless a test fakes them (then `now` is ignored). */
  clock?: SyncClock;
  timing?: Partial<SyncTiming>;
  /** The app's origin and a no-CORS probe, to tell a CORS refusal from a dead server. */
  origin?: string;
  answersWithoutCors?: (url: string) => Promise<boolean>;
  random?: () => number;
}

/** How RxDB's replication marks the writes of its pull (`replication-downstream-<checkpoint key>`). */
const DOWNSTREAM_WRITE = 'replication-downstream-';

export class SyncEngine {
  private readonly timing: SyncTiming;
  private readonly clock: SyncClock;
  private readonly connection: ConnectionStateMachine;
  private readonly gate = new ConnectionGate();
  private readonly replications: ReplicationSet;
  private readonly pulls: PullSchedule;
  private readonly attachmentRounds: AttachmentRounds | null;
  private readonly board: SyncStatusBoard;
  private readonly pending: PendingTracker;
  private readonly pendingCount: Timer;
  private readonly refused = new RefusedChanges();
  private readonly tally: TransferTally;
  private readonly subscriptions = new Subscription();
  private session: AbortController | null = null;
  private client: CouchClient | null = null;
  private failing = false;
  private unsubscribeConnectivity: (() => void) | null = null;

  constructor(private readonly options: SyncEngineOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.clock = options.clock ?? systemClock(options.now);
    this.connection = new ConnectionStateMachine(this.clock, this.timing, options.random ?? Math.random);
    this.pendingCount = new Timer(this.clock);
    this.tally = new TransferTally(options.log, (collection) => COLLECTION_LABELS[collection as CollectionName] ?? collection);
    this.board = new SyncStatusBoard(() => this.clock.now(), null, () => void this.saveMemory(), this.timing.lastSyncedSaveMs);
    this.replications = new ReplicationSet({
      db: options.db,
      connection: options.connection,
      gate: this.gate,
      client: () => this.sessionClient(),
      timing: this.timing,
      events: this.replicationEvents(),
      onActive: (name, active) => this.setBusy(name, active),
      onStopped: (name) => this.board.forgetBusy(name),
      onSent: (name) => {
        this.tally.count('sent', name);
        this.schedulePendingCount(name);
      },
      onReceived: (name) => this.tally.count('received', name),
      log: (kind, message) => this.log(kind, message),
    });
    this.pulls = new PullSchedule(this.clock, this.timing, {
      pull: (name) => this.replications.reSync(name),
      connected: () => this.connection.state === 'connected',
      agendaChanged: () => this.attachmentRounds?.run(),
      sweep: () => this.sweep(),
    });
    const attachments = options.attachments;
    this.attachmentRounds = attachments
      ? new AttachmentRounds(attachments, {
          remote: () => (this.connection.state === 'connected' ? this.attachmentsRemote() : null),
          busy: (busy) => this.setBusy('attachments', busy),
          done: (result) => this.onAttachmentRound(result),
          failed: (error) => {
            if (this.connection.state === 'connected') this.log('error', `Attachments not synced: ${errorMessage(error)}`);
          },
          stopped: () => this.connection.stopped,
        })
      : null;
    this.pending = new PendingTracker(
      () =>
        this.replications.entries().map(
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
    return this.board.status$;
  }

  get status(): SyncStatus {
    return this.board.status;
  }

  /** Changes the server refused to store, until a push of their collection goes through. */
  get refusedChanges$(): Observable<RefusedChange[]> {
    return this.refused.changes$;
  }

  /** Waiting changes by collection (and `attachments`), for the sync log's details. */
  get pendingBy$(): Observable<Readonly<Record<string, PendingCount>>> {
    return this.pending.byCollection$;
  }

  /**
   * Discards the changes the server refused, once a person has confirmed it: the server's
   * version of each record is put back here (fetched now, so the server must answer), and the
   * next push has nothing to send.
   */
  async discardRefused(): Promise<ServerVersionsBack> {
    const changes = this.refused.list;
    if (changes.length === 0) return { restored: 0, removed: 0 };
    if (this.connection.state !== 'connected') throw new Error('The server’s version is needed to discard refused changes: connect to the server first.');
    const result = await putServerVersionsBack({
      db: this.options.db,
      changes,
      serverDatabase: (name) => new CouchDatabase(this.sessionClient(), this.replications.dbName(name)),
    });
    for (const name of new Set(changes.map((change) => change.collection))) {
      this.refused.clear(name);
      this.board.clearProblem(pushProblem(name));
      // RxDB retries a refused push with the very rows it was given: start from the checkpoint.
      await this.replications.restart(name);
    }
    this.log('info', `Discarded ${plural(changes.length, 'refused change')}: the server’s version is back on this laptop.`);
    this.publish();
    return result;
  }

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<void> {
    if (this.connection.state !== 'idle') return;
    this.connection.enter('starting');
    this.publish();
    const { db } = this.options;
    if (db.multiInstance && !db.isLeader()) {
      // Only one window of a profile may replicate; the others wait their turn.
      const notice = new Timer(this.clock);
      notice.start(this.timing.otherWindowNoticeMs, () => {
        if (this.connection.state === 'starting') {
          this.connection.enter('other-window');
          this.publish();
        }
      });
      await db.waitForLeadership();
      notice.cancel();
      if (this.connection.stopped) return;
      this.connection.enter('starting');
    }
    const memory = await this.options.memory.load(this.serverKey);
    this.board.lastSyncedAt = memory.lastSyncedAt;
    if (this.connection.stopped) return;
    for (const name of COLLECTION_NAMES) {
      const collection = db[name] as unknown as RxCollection<RecordTypes[CollectionName]>;
      // Installed here rather than at collection creation: only replication consults it.
      collection.conflictHandler = quorumConflictHandler(name, () => this.clock.now(), (report) => reportMerge(report, this.options.log, this.options.audit));
      this.subscriptions.add(
        collection.eventBulks$.subscribe((bulk) => {
          // What a pull stores is no change to send: a first sync of thousands of records must not
          // recount after every batch. The pull's end (setBusy) counts that collection again.
          if (!bulk.context.startsWith(DOWNSTREAM_WRITE)) this.schedulePendingCount(name);
        }),
      );
    }
    await this.replications.startAll(memory.identities);
    if (this.options.attachments) this.subscriptions.add(this.options.attachments.changes$.subscribe(() => this.onLocalAttachmentChange()));
    if (this.connection.stopped) return;
    this.unsubscribeConnectivity = this.options.connectivity.subscribe((online) => (online ? this.onOnline() : this.goOffline()));
    this.schedulePendingCount();
    if (this.options.connectivity.isOnline()) void this.connect();
    else this.goOffline();
  }

  async stop(): Promise<void> {
    if (this.connection.stopped) return;
    this.connection.stop();
    await this.attachmentRounds?.finish(this.timing.stopGraceMs);
    this.gate.stop();
    this.session?.abort();
    this.session = null;
    this.pulls.cancelAll();
    this.pendingCount.cancel();
    this.unsubscribeConnectivity?.();
    this.subscriptions.unsubscribe();
    this.options.attachments?.setRemote(null);
    await this.replications.stopAll();
    this.tally.flush();
  }

  /** Pull and push everything now (the "Sync now" button). */
  syncNow(): void {
    const { state } = this.connection;
    if (state === 'connected') this.sweep();
    else if (state === 'waiting' || state === 'offline') {
      this.connection.forgetFailures();
      void this.connect();
    }
  }

  // ---------------------------------------------------------------- connection

  private get serverKey(): string {
    return `${this.options.connection.serverUrl}|${this.options.connection.prefix}`;
  }

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
    if (!this.connection.canConnect()) return;
    this.connection.connecting();
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
      if (this.connection.stopped || error instanceof RequestAbortedError) return;
      if (error instanceof CouchRequestError) await this.failWithProblem(error.problem);
      else this.fail({ kind: 'bad-response', detail: errorMessage(error) }, true);
      return;
    }
    if (this.connection.state !== 'connecting') return;
    const wasWaiting = this.board.clearProblem(CONNECTION);
    if (this.connection.connected() > 0 || wasWaiting) this.log('info', `Reconnected to ${this.account}.`);
    else this.log('info', `Connected to ${this.account}.`);
    this.gate.open();
    this.options.attachments?.setRemote(this.attachmentsRemote());
    // Uploads waiting behind the gate go on by themselves; pull what changed meanwhile.
    for (const [, rs] of this.replications.entries()) rs.reSync();
    this.followFeed();
    this.pulls.scheduleSweep();
    this.attachmentRounds?.run();
    this.publish();
  }

  private get account(): string {
    const { serverUrl, username } = this.options.connection;
    return `${serverUrl}${username ? ` as ${username}` : ''}`;
  }

  /** Reads every database's identity; re-keys those that changed; notes databases that are missing. */
  private async checkIdentities(client: CouchClient): Promise<void> {
    const results = await readDatabaseIdentities(client, (name) => this.replications.dbName(name), {
      signal: this.session?.signal,
      withAccount: Boolean(this.options.connection.username),
    });
    let changed = false;
    for (const result of results) {
      const database = this.replications.dbName(result.name);
      if ('problem' in result) {
        this.board.setProblem(databaseProblem(database), { ...result.problem, database });
        this.replications.markUnavailable(result.name);
        continue;
      }
      this.board.clearProblem(databaseProblem(database));
      this.replications.markAvailable(result.name);
      if (await this.replications.adopt(result.name, result.identity)) changed = true;
    }
    if (changed) await this.saveMemory();
  }

  private attachmentsRemote(): AttachmentRemote {
    return {
      url: databaseUrl(this.options.connection.serverUrl, this.replications.dbName(ATTACHMENTS_DATABASE)),
      fetch: this.sessionClient().authorizedFetch,
    };
  }

  private onOutcome(outcome: RequestOutcome): void {
    const database = this.databaseOf(outcome.url);
    if (outcome.ok) {
      if (database && this.board.clearProblem(databaseProblem(database))) this.publish();
      return;
    }
    if (isConnectionProblem(outcome.problem)) {
      if (this.connection.state === 'connected') void this.failWithProblem(outcome.problem);
    } else if (database && (outcome.problem.kind === 'missing-database' || outcome.problem.kind === 'no-access')) {
      this.board.setProblem(databaseProblem(database), { ...outcome.problem, database });
      // Hold that collection's requests until a sweep finds its database usable again.
      const name = COLLECTION_NAMES.find((collection) => this.replications.dbName(collection) === database);
      if (name) this.replications.markUnavailable(name);
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
    const { state } = this.connection;
    if (this.failing || (state !== 'connected' && state !== 'connecting')) return;
    this.failing = true;
    try {
      let refined = problem;
      if (problem.kind === 'unreachable' && this.options.answersWithoutCors) {
        const answers = await this.options.answersWithoutCors(this.options.connection.serverUrl).catch(() => false);
        if (answers) refined = { kind: 'cors', ...(this.options.origin ? { origin: this.options.origin } : {}) };
      }
      if (this.connection.stopped) return;
      if (!this.options.connectivity.isOnline()) this.goOffline();
      else this.fail(refined, true);
    } finally {
      this.failing = false;
    }
  }

  /** Stops all traffic; with `retry`, one probe tries again after a growing, jittered wait. */
  private fail(problem: CouchProblem, retry: boolean): void {
    if (this.connection.stopped) return;
    const firstFailure = this.connection.state === 'connected' || this.connection.failures === 0;
    this.suspend();
    this.board.setProblem(CONNECTION, problem);
    if (firstFailure) this.log('error', `${problem.kind === 'needs-password' ? 'Not connecting' : 'Sync paused'}: ${problemLine(problem)}`);
    this.connection.failed(retry, () => void this.connect());
    this.publish();
  }

  /** Closes the gate and aborts requests in flight; the replications wait behind the gate. */
  private suspend(): void {
    this.gate.close();
    this.session?.abort();
    this.session = null;
    this.pulls.cancelSweep();
    this.options.attachments?.setRemote(null);
  }

  private goOffline(): void {
    if (this.connection.stopped) return;
    if (this.connection.state !== 'offline') this.log('info', 'Offline: changes are kept on this laptop and sent when the network returns.');
    this.suspend();
    this.connection.offline();
    this.publish();
  }

  private onOnline(): void {
    if (this.connection.stopped) return;
    this.connection.forgetFailures();
    if (this.connection.state === 'offline' || this.connection.state === 'waiting') void this.connect();
  }

  // ---------------------------------------------------------------- pulls

  private followFeed(): void {
    const session = this.session;
    if (!session) return;
    const audit = new CouchDatabase(this.sessionClient(), this.replications.dbName('audit'));
    this.pulls.follow(audit, session.signal).catch((error: unknown) => {
      // A failure the client has not reported (a malformed answer) still needs a reconnect.
      if (session === this.session && this.connection.state === 'connected' && !(error instanceof CouchRequestError)) {
        this.fail({ kind: 'bad-response', detail: errorMessage(error) }, true);
      }
    });
  }

  private sweep(): void {
    if (this.connection.state !== 'connected') return;
    this.pulls.scheduleSweep();
    this.checkIdentities(this.sessionClient())
      .then(() => {
        if (this.connection.state !== 'connected') return;
        this.replications.reSyncAll();
        this.attachmentRounds?.run();
        this.publish();
      })
      .catch((error: unknown) => {
        if (error instanceof CouchRequestError || error instanceof RequestAbortedError) return; // reported by the client
        this.log('error', `Sync check failed: ${errorMessage(error)}`);
      });
  }

  // ---------------------------------------------------------------- events

  private replicationEvents(): ReplicationEvents {
    return {
      skipped: (collection, id, reason) => this.log('error', `Did not store a malformed record from the server (${COLLECTION_LABELS[collection]}, ${id}): ${reason}`),
      refused: (collection, refusals) => this.onRefused(collection, refusals),
      confirmed: (collection, states) => this.pending.confirm(collection, states),
      pushed: (collection) => {
        this.pending.settle(collection);
        this.replications.resetRetryTime(collection);
        this.refused.clear(collection);
        if (this.board.clearProblem(pushProblem(collection))) this.publish();
      },
    };
  }

  private onLocalAttachmentChange(): void {
    this.schedulePendingCount('attachments');
    this.attachmentRounds?.run();
  }

  private onAttachmentRound(result: { sent: number; received: number; refused: Refusal[] }): void {
    if (result.sent > 0) this.log('sent', `Sent ${plural(result.sent, 'attachment')}.`);
    if (result.received > 0) this.log('received', `Received ${plural(result.received, 'attachment')}.`);
    if (result.refused.length > 0) this.onRefused('attachments', result.refused);
    else if (this.board.clearProblem(pushProblem('attachments'))) this.publish();
  }

  private onRefused(collection: CollectionName | 'attachments', refusals: Refusal[]): void {
    const what = collection === 'attachments' ? 'attachments' : COLLECTION_LABELS[collection];
    const detail = refusals[0]?.reason ?? '';
    const known = this.board.problem(pushProblem(collection));
    // Records refused by earlier pushes are still waiting: the count is all of them.
    if (collection !== 'attachments') this.refused.record(collection, refusals);
    const count = collection === 'attachments' ? refusals.length : this.refused.countOf(collection);
    const repeated = known?.count === count && known.detail === detail;
    this.board.setProblem(pushProblem(collection), { kind: 'refused-write', count, what, detail });
    if (collection !== 'attachments') this.replications.slowRetries(collection);
    // Retries of the same refusal are not logged again.
    if (!repeated) {
      this.log('error', `The server refused ${plural(count, 'change')} to ${what}: ${withoutFinalStop(detail)}. They stay on this laptop and are sent again later.`);
    }
    this.publish();
  }

  private setBusy(source: string, busy: boolean): void {
    if (!this.board.setBusy(source, busy)) return;
    if (!busy) this.schedulePendingCount(source);
    this.publish();
  }

  // ---------------------------------------------------------------- status

  /** Counts the waiting changes of `source` (a collection or `attachments`), or of everything, soon. */
  private schedulePendingCount(source?: string): void {
    if (this.connection.stopped) return;
    this.pending.mark(source === undefined ? undefined : [source]);
    if (this.pendingCount.waiting) return;
    this.pendingCount.start(this.timing.pendingDebounceMs, () => {
      void this.pending.recount([]).then((counted) => {
        if (counted && !this.connection.stopped) this.publish();
      });
    });
    // A change is in the making: the status says so until the count is done.
    this.publish();
  }

  private async saveMemory(): Promise<void> {
    const memory = { serverKey: this.serverKey, identities: this.replications.knownIdentities, lastSyncedAt: this.board.lastSyncedAt };
    try {
      await this.options.memory.save(memory);
    } catch (error) {
      this.log('error', `Could not remember this sync on the laptop (it starts from the server's records next time): ${errorMessage(error)}`);
    }
  }

  private publish(): void {
    if (this.connection.stopped) return;
    this.board.publish({
      state: this.connection.state,
      pending: this.pending.total(),
      counting: this.pendingCount.waiting,
      nextAttemptAt: this.connection.nextAttemptAt,
    });
  }

  private log(kind: Parameters<SyncLog['add']>[0], message: string): void {
    this.options.log.add(kind, message);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function problemLine(problem: CouchProblem): string {
  return `${problem.kind}${problem.database ? ` (${problem.database})` : ''}${problem.detail ? `: ${problem.detail}` : ''}`;
}
