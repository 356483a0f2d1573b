/**
 * The sync engine: replicates all ten collections with their CouchDB databases (and the
 * attachment store with its own), keeps the status the person sees true, and recovers by itself.
 * It coordinates parts that each have one reason to change:
 * - `ServerConnection` (server-connection.ts, over connection-state.ts): connecting, offline,
 *   failing with backoff and jitter, and the gate every replication request waits behind;
 * - `ReplicationSet` (replication-set.ts): the collections' replications, re-keyed when a server
 *   database is recreated or restored, each also behind a gate of its own database;
 * - `PullSchedule` (pull-schedule.ts): the one change feed, its repeated hints and the sweep;
 * - `AttachmentRounds` (attachment-rounds.ts): attachment sync, one round at a time;
 * - `PushOutcomes` (push-outcomes.ts) and `RefusedChanges`: what the server took or refused;
 * - `SyncStatusBoard` (sync-status-board.ts): problems under typed keys, and the status;
 * - `PendingTracker` (pending-changes.ts) and `PendingCountSchedule`: the changes waiting to be
 *   sent, and when they are counted;
 * - `DatabaseAvailability` (database-availability.ts): which server databases can be used;
 * - `JoinTracker` (join-tracker.ts, counts from join-counts.ts): a laptop's join, stage by stage;
 * - `SyncMemoryWriter` (sync-memory.ts): what the laptop remembers of the server, saved in order;
 * - local-changes.ts (the merge and the watch on each collection) and window-leadership.ts.
 * Every wait is in `SyncTiming` (sync-timing.ts); docs/sync.md tells the design.
 *
 * The replications start even offline, so waiting changes can be counted; the gate, not RxDB's
 * pause(), is how sync holds still: a replication paused in the middle of its first upload drops
 * the batch in flight while later batches move the upload checkpoint past it (seen here when the
 * server died mid-push), so those records would never be sent. Behind the gate a failed batch is
 * simply retried once the server is back.
 */
import { Subscription, type Observable } from 'rxjs';
import { CouchDatabase } from '@shared/couch/database';
import { CouchRequestError, RequestAbortedError, type CouchClient, type FetchLike } from '@shared/couch/http';
import { ATTACHMENTS_DATABASE, databaseUrl } from '@shared/couch/names';
import { errorMessage } from '@shared/error-message';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import type { JoinStatus } from '@shared/sync/join';
import type { SyncStatus } from '@shared/sync/status';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import { AttachmentRounds } from './attachment-rounds';
import type { Connectivity } from './connectivity';
import { DatabaseAvailability } from './database-availability';
import { PendingTracker, type PendingCount } from './pending-changes';
import { PullSchedule } from './pull-schedule';
import { PushOutcomes } from './push-outcomes';
import { RefusedChanges, type RefusedChange, type ServerVersionsBack } from './refused-changes';
import { ReplicationSet } from './replication-set';
import { ServerConnection } from './server-connection';
import { serverRecordCounts, startingJoin } from './join-counts';
import { JoinTracker } from './join-tracker';
import { PendingCountSchedule } from './pending-count-schedule';
import { systemClock, type SyncClock } from './sync-clock';
import { leadershipOf } from './window-leadership';
import { watchCollection } from './local-changes';
import type { AttachmentRemote, AttachmentSync, SyncConnection } from './sync-connection';
import { TransferTally, type SyncLog } from './sync-log';
import { SyncMemoryWriter, type SyncMemory, type SyncMemoryData } from './sync-memory';
import { SyncStatusBoard } from './sync-status-board';
import { DEFAULT_TIMING, type SyncTiming } from './sync-timing';

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

export class SyncEngine {
  private readonly timing: SyncTiming;
  private readonly clock: SyncClock;
  private readonly server: ServerConnection;
  private readonly replications: ReplicationSet;
  private readonly pulls: PullSchedule;
  private readonly attachmentRounds: AttachmentRounds | null;
  private readonly board: SyncStatusBoard;
  private readonly pending: PendingTracker;
  private readonly pendingCount: PendingCountSchedule;
  private readonly databases: DatabaseAvailability;
  private readonly refused = new RefusedChanges();
  private readonly outcomes: PushOutcomes;
  private readonly tally: TransferTally;
  private readonly join: JoinTracker;
  private readonly subscriptions = new Subscription();
  private readonly memory: SyncMemoryWriter;
  /**
   * The collections the last sweep asked to pull, idle when asked, that have not gone idle since
   * (null when none is awaited): the next sweep waits for them, not for collections already busy
   * (a refused push retrying, a database held as missing), nor for the attachments.
   */
  private sweepAwaits: Set<string> | null = null;
  /** Sources (collections, `attachments`) that sent, received or changed something, or were replaced, since they were last idle. */
  private readonly moved = new Set<string>();

  constructor(private readonly options: SyncEngineOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.clock = options.clock ?? systemClock(options.now);
    const log = (kind: Parameters<SyncLog['add']>[0], message: string) => options.log.add(kind, message);
    this.memory = new SyncMemoryWriter(
      options.memory,
      () => this.memorySnapshot(),
      (error) => log('error', `Could not remember this sync on the laptop (it starts from the server's records next time): ${errorMessage(error)}`),
    );
    this.join = new JoinTracker({
      clock: this.clock,
      publishMs: this.timing.joinPublishMs,
      heartbeatMs: this.timing.joinHeartbeatMs,
      changed: () => void this.memory.save(),
    });
    this.tally = new TransferTally(options.log, (collection) => COLLECTION_LABELS[collection as CollectionName] ?? collection);
    this.board = new SyncStatusBoard(
      () => this.clock.now(),
      () => void this.memory.save(),
      this.timing.lastSyncedSaveMs,
    );
    this.server = new ServerConnection(
      {
        connection: options.connection,
        connectivity: options.connectivity,
        board: this.board,
        clock: this.clock,
        timing: this.timing,
        random: options.random ?? Math.random,
        fetch: options.fetch,
        origin: options.origin,
        answersWithoutCors: options.answersWithoutCors,
      },
      {
        verify: (client) => this.checkIdentities(client),
        connected: () => this.onConnected(),
        suspended: () => {
          this.pulls.cancelSweep();
          this.sweepAwaits = null;
          options.attachments?.setRemote(null);
        },
        outcome: (outcome) => {
          if (this.databases.noteOutcome(outcome)) this.publish();
        },
        changed: () => this.publish(),
        log,
      },
    );
    const attachments = options.attachments;
    this.pending = new PendingTracker(() => this.replications.pendingSources(), attachments ? () => attachments.pendingCount() : undefined, {
      ms: this.timing.pendingCountLimitMs,
      exceeded: (name) => {
        log('error', `Counting the waiting changes of ${COLLECTION_LABELS[name as CollectionName] ?? name} took too long; they are counted again shortly.`);
        // Counted again soon, not only at the next change.
        this.pendingCount.schedule(name);
      },
    });
    this.pendingCount = new PendingCountSchedule(this.clock, this.timing.pendingDebounceMs, this.pending, {
      stopped: () => this.server.stopped,
      publish: () => this.publish(),
    });
    this.databases = new DatabaseAvailability({
      serverUrl: options.connection.serverUrl,
      board: this.board,
      join: this.join,
      replications: () => this.replications,
    });
    this.outcomes = new PushOutcomes({
      board: this.board,
      refused: this.refused,
      pending: this.pending,
      countPending: (name) => this.pendingCount.schedule(name),
      replications: () => this.replications,
      log,
      publish: () => this.publish(),
    });
    this.replications = new ReplicationSet({
      db: options.db,
      connection: options.connection,
      gate: this.server.gate,
      client: () => this.server.client,
      timing: this.timing,
      events: this.outcomes.events,
      onActive: (name, active) => this.setBusy(name, active),
      onStopped: (name) => {
        this.board.forgetBusy(name);
        this.moved.add(name);
      },
      onSent: (name) => {
        this.tally.count('sent', name);
        this.moved.add(name);
        this.pendingCount.schedule(name);
      },
      onReceived: (name) => {
        this.tally.count('received', name);
        this.moved.add(name);
        this.join.received(name);
      },
      onCaughtUp: (name) => this.join.caughtUp(name),
      stageReady: (name) => this.join.stageReady(name),
      inBackground: (name) => this.join.inBackground(name),
      log,
    });
    this.pulls = new PullSchedule(this.clock, this.timing, {
      pull: (name) => this.replications.reSync(name),
      connected: () => this.server.connected,
      agendaChanged: () => this.attachmentRounds?.run(),
      sweep: () => this.sweep(),
    });
    this.attachmentRounds = attachments
      ? new AttachmentRounds(attachments, {
          remote: () => (this.server.connected ? this.attachmentsRemote() : null),
          busy: (busy) => this.setBusy('attachments', busy),
          done: (result) => this.outcomes.attachmentRound(result),
          failed: (error) => {
            if (this.server.connected) log('error', `Attachments not synced: ${errorMessage(error)}`);
          },
          stopped: () => this.server.stopped,
        })
      : null;
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

  /** The laptop's join: what has arrived of each collection, and what is still to come. */
  get join$(): Observable<JoinStatus> {
    return this.join.status$;
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
    if (this.refused.list.length > 0 && !this.server.connected) {
      throw new Error('The server’s version is needed to discard refused changes: connect to the server first.');
    }
    return this.outcomes.discardRefused(this.options.db, (name) => new CouchDatabase(this.server.client, this.replications.dbName(name)));
  }

  async start(): Promise<void> {
    if (this.server.state !== 'idle') return;
    this.server.enter('starting');
    this.publish();
    const { db } = this.options;
    await leadershipOf(db, this.clock, this.timing.otherWindowNoticeMs, () => {
      if (this.server.state !== 'starting') return;
      this.server.enter('other-window');
      this.publish();
    });
    if (this.server.stopped) return;
    this.server.enter('starting');
    const memory = await this.options.memory.load(this.serverKey);
    this.board.lastSyncedAt = memory.lastSyncedAt;
    const join = await startingJoin(db, memory.join, memory.lastSyncedAt);
    this.join.begin(join.memory, join.counts);
    if (this.server.stopped) return;
    const watch = {
      db,
      now: () => this.clock.now(),
      log: this.options.log,
      audit: this.options.audit,
      changed: (name: string) => {
        this.moved.add(name);
        this.pendingCount.schedule(name);
      },
    };
    for (const name of COLLECTION_NAMES) this.subscriptions.add(watchCollection(name, watch));
    await this.replications.startAll(memory.identities);
    if (this.options.attachments) this.subscriptions.add(this.options.attachments.changes$.subscribe(() => this.onLocalAttachmentChange()));
    if (this.server.stopped) return;
    this.pendingCount.schedule();
    this.server.follow();
  }

  async stop(): Promise<void> {
    if (this.server.stopped) return;
    this.server.stop();
    await this.attachmentRounds?.finish(this.timing.stopGraceMs);
    this.server.close();
    this.join.stop();
    this.pulls.cancelAll();
    this.pendingCount.cancel();
    this.subscriptions.unsubscribe();
    this.options.attachments?.setRemote(null);
    await this.replications.stopAll();
    // What the join and the identities last learnt is on the laptop before its database closes.
    await this.memory.settled;
    this.tally.flush();
  }

  /** Pull and push everything now (the "Sync now" button). */
  syncNow(): void {
    if (this.server.connected) this.sweep();
    else this.server.retryNow();
  }

  private get serverKey(): string {
    return `${this.options.connection.serverUrl}|${this.options.connection.prefix}`;
  }

  private onConnected(): void {
    this.options.attachments?.setRemote(this.attachmentsRemote());
    // Uploads waiting behind the gate go on by themselves; pull what changed meanwhile.
    for (const [, rs] of this.replications.entries()) rs.reSync();
    this.followFeed();
    this.pulls.scheduleSweep();
    this.attachmentRounds?.run();
    this.publish();
  }

  /** Reads every database's identity; re-keys those that changed; notes databases that are missing. */
  private async checkIdentities(client: CouchClient): Promise<void> {
    const changed = await this.databases.check(client, {
      signal: this.server.signal,
      withAccount: Boolean(this.options.connection.username),
      stopped: () => this.server.stopped,
    });
    if (this.server.stopped) return;
    if (changed) await this.memory.save();
    const joining = this.join.joining;
    if (joining.length > 0) this.join.serverCounts(await serverRecordCounts(client, joining, (name) => this.replications.dbName(name), this.server.signal));
  }

  private attachmentsRemote(): AttachmentRemote {
    const { serverUrl } = this.options.connection;
    return { url: databaseUrl(serverUrl, this.replications.dbName(ATTACHMENTS_DATABASE)), fetch: this.server.client.authorizedFetch };
  }

  private followFeed(): void {
    const signal = this.server.signal;
    if (!signal) return;
    const audit = new CouchDatabase(this.server.client, this.replications.dbName('audit'));
    // The audit entries this laptop pushed come back through the feed; they signal nothing.
    this.pulls.follow(audit, signal, this.replications.ownEchoes('audit')).catch((error: unknown) => {
      if (signal === this.server.signal && !(error instanceof CouchRequestError)) this.server.failedBadly(error);
    });
  }

  private sweep(): void {
    if (!this.server.connected) return;
    this.pulls.sweepBegan();
    this.sweepAwaits = null;
    this.checkIdentities(this.server.client)
      .then(() => {
        if (!this.server.connected) return;
        const busyBefore = new Set(this.board.busySources());
        const asked = this.replications.reSyncAll().filter((name) => !busyBefore.has(name));
        this.attachmentRounds?.run();
        this.publish();
        // The next sweep waits until these pulls have ended (setBusy): sweeps never overlap.
        if (asked.length > 0) this.sweepAwaits = new Set(asked);
        else this.pulls.sweepSettled();
      })
      .catch((error: unknown) => {
        this.pulls.sweepSettled();
        if (error instanceof CouchRequestError || error instanceof RequestAbortedError) return; // reported by the client
        this.options.log.add('error', `Sync check failed: ${errorMessage(error)}`);
      });
  }

  private onLocalAttachmentChange(): void {
    this.pendingCount.schedule('attachments');
    this.attachmentRounds?.run();
  }

  private setBusy(source: string, busy: boolean): void {
    if (!this.board.setBusy(source, busy)) return;
    // A collection is counted again only if it moved something: a sweep that finds nothing new is
    // no reason to count all ten again (on a slow laptop that count outlasted the sweeps). The
    // attachments are counted after every round (one local query): a round that failed half-way
    // may have sent files and reported nothing.
    if (!busy && (this.moved.delete(source) || source === 'attachments')) this.pendingCount.schedule(source);
    if (!busy && this.sweepAwaits?.delete(source) && this.sweepAwaits.size === 0) {
      this.sweepAwaits = null;
      this.pulls.sweepSettled();
    }
    this.publish();
  }

  /** What the sync memory keeps, as it is now. */
  private memorySnapshot(): SyncMemoryData {
    const join = this.join.memory;
    return {
      serverKey: this.serverKey,
      identities: this.replications.knownIdentities,
      lastSyncedAt: this.board.lastSyncedAt,
      ...(join ? { join } : {}),
    };
  }

  /**
   * What keeps this laptop from "Up to date" now: the busy sources (collections, `attachments`),
   * `counting` while waiting changes are being counted, the sweeps (is one running, how long the
   * last took), the connection's state, the collections
   * the join still waits for, and where the replications of those and of the busy ones are
   * (replication-trace.ts).
   */
  diagnose(): {
    state: string;
    busy: string[];
    counting: boolean;
    sweeps: string;
    join: { phase: string; notCaughtUp: string[] };
    replications: Record<string, string>;
  } {
    const busy = this.board.busySources();
    // A collection not caught up holds the join's background collections back, busy or not.
    const notCaughtUp = this.join.joining;
    return {
      state: this.server.state,
      busy,
      counting: this.pendingCount.waiting,
      sweeps: this.pulls.describeSweeps(),
      join: { phase: this.join.status.phase, notCaughtUp },
      replications: this.replications.describe([...new Set([...busy, ...notCaughtUp])]),
    };
  }

  private publish(): void {
    if (this.server.stopped) return;
    this.board.publish({
      state: this.server.state,
      pending: this.pending.total(),
      counting: this.pendingCount.waiting,
      nextAttemptAt: this.server.nextAttemptAt,
    });
  }
}
