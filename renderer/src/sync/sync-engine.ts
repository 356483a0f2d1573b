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
 * - `PendingTracker` (pending-changes.ts): the changes waiting to be sent.
 * Every wait is in `SyncTiming` (sync-timing.ts); docs/sync.md tells the design.
 *
 * The replications start even offline, so waiting changes can be counted; the gate, not RxDB's
 * pause(), is how sync holds still: a replication paused in the middle of its first upload drops
 * the batch in flight while later batches move the upload checkpoint past it (seen here when the
 * server died mid-push), so those records would never be sent. Behind the gate a failed batch is
 * simply retried once the server is back.
 */
import { Subscription, type Observable } from 'rxjs';
import { addRxPlugin, type RxCollection } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { CouchDatabase } from '@shared/couch/database';
import { CouchRequestError, RequestAbortedError, type CouchClient, type FetchLike, type RequestOutcome } from '@shared/couch/http';
import { ATTACHMENTS_DATABASE, databaseUrl } from '@shared/couch/names';
import { plural } from '@shared/documents/text';
import { errorMessage } from '@shared/error-message';
import type { RecordTypes } from '@shared/schemas';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import type { JoinStatus } from '@shared/sync/join';
import type { SyncStatus } from '@shared/sync/status';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import { AttachmentRounds } from './attachment-rounds';
import { quorumConflictHandler } from './conflict-handler';
import type { Connectivity } from './connectivity';
import { readDatabaseIdentities } from './database-identities';
import { reportMerge } from './merge-report';
import { PendingTracker, countPending, type PendingCount } from './pending-changes';
import { PullSchedule } from './pull-schedule';
import { PushOutcomes } from './push-outcomes';
import { RefusedChanges, putServerVersionsBack, type RefusedChange, type ServerVersionsBack } from './refused-changes';
import { ReplicationSet } from './replication-set';
import { ServerConnection } from './server-connection';
import { JoinTracker, type JoinMemory } from './join-tracker';
import { databaseOf } from './server-session';
import { systemClock, Timer, type SyncClock } from './sync-clock';
import type { AttachmentRemote, AttachmentSync, SyncConnection } from './sync-connection';
import { TransferTally, type SyncLog } from './sync-log';
import type { SyncMemory } from './sync-memory';
import { SyncStatusBoard, databaseProblem, pushProblem } from './sync-status-board';
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
  private readonly server: ServerConnection;
  private readonly replications: ReplicationSet;
  private readonly pulls: PullSchedule;
  private readonly attachmentRounds: AttachmentRounds | null;
  private readonly board: SyncStatusBoard;
  private readonly pending: PendingTracker;
  private readonly pendingCount: Timer;
  private readonly refused = new RefusedChanges();
  private readonly outcomes: PushOutcomes;
  private readonly tally: TransferTally;
  private readonly join: JoinTracker;
  private readonly subscriptions = new Subscription();
  /** The sync memory's saves, in order (see saveMemory). */
  private memorySaves: Promise<void> = Promise.resolve();

  constructor(private readonly options: SyncEngineOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.clock = options.clock ?? systemClock(options.now);
    const log = (kind: Parameters<SyncLog['add']>[0], message: string) => options.log.add(kind, message);
    this.pendingCount = new Timer(this.clock);
    this.join = new JoinTracker({
      clock: this.clock,
      publishMs: this.timing.joinPublishMs,
      heartbeatMs: this.timing.joinHeartbeatMs,
      changed: () => void this.saveMemory(),
    });
    this.tally = new TransferTally(options.log, (collection) => COLLECTION_LABELS[collection as CollectionName] ?? collection);
    this.board = new SyncStatusBoard(
      () => this.clock.now(),
      () => void this.saveMemory(),
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
          options.attachments?.setRemote(null);
        },
        outcome: (outcome) => this.onDatabaseOutcome(outcome),
        changed: () => this.publish(),
        log,
      },
    );
    const attachments = options.attachments;
    this.pending = new PendingTracker(
      () =>
        this.replications
          .entries()
          .map(
            ([name, rs]) =>
              [
                name,
                (confirmed: ReadonlyMap<string, string>) =>
                  rs.internalReplicationState ? countPending(rs.internalReplicationState, confirmed) : Promise.resolve(null),
              ] as const,
          ),
      attachments ? () => attachments.pendingCount() : undefined,
      {
        ms: this.timing.pendingCountLimitMs,
        exceeded: (name) => {
          log('error', `Counting the waiting changes of ${COLLECTION_LABELS[name as CollectionName] ?? name} took too long; they are counted again shortly.`);
          // Counted again soon, not only at the next change.
          this.schedulePendingCount(name);
        },
      },
    );
    this.outcomes = new PushOutcomes({
      board: this.board,
      refused: this.refused,
      pending: this.pending,
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
      onStopped: (name) => this.board.forgetBusy(name),
      onSent: (name) => {
        this.tally.count('sent', name);
        this.schedulePendingCount(name);
      },
      onReceived: (name) => {
        this.tally.count('received', name);
        this.join.received(name);
      },
      onCaughtUp: (name) => this.join.caughtUp(name),
      stageReady: (name) => this.join.stageReady(name),
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
    const changes = this.refused.list;
    if (changes.length === 0) return { restored: 0, removed: 0 };
    if (!this.server.connected) throw new Error('The server’s version is needed to discard refused changes: connect to the server first.');
    const result = await putServerVersionsBack({
      db: this.options.db,
      changes,
      serverDatabase: (name) => new CouchDatabase(this.server.client, this.replications.dbName(name)),
    });
    for (const name of new Set(changes.map((change) => change.collection))) {
      this.refused.clear(name);
      this.board.clearProblem(pushProblem(name));
      // RxDB retries a refused push with the very rows it was given: start from the checkpoint.
      await this.replications.restart(name);
    }
    this.options.log.add('info', `Discarded ${plural(changes.length, 'refused change')}: the server’s version is back on this laptop.`);
    this.publish();
    return result;
  }

  async start(): Promise<void> {
    if (this.server.state !== 'idle') return;
    this.server.enter('starting');
    this.publish();
    const { db } = this.options;
    if (db.multiInstance && !db.isLeader()) {
      // Only one window of a profile may replicate; the others wait their turn.
      const notice = new Timer(this.clock);
      notice.start(this.timing.otherWindowNoticeMs, () => {
        if (this.server.state !== 'starting') return;
        this.server.enter('other-window');
        this.publish();
      });
      await db.waitForLeadership();
      notice.cancel();
      if (this.server.stopped) return;
      this.server.enter('starting');
    }
    const memory = await this.options.memory.load(this.serverKey);
    this.board.lastSyncedAt = memory.lastSyncedAt;
    await this.beginJoin(memory.join, memory.lastSyncedAt);
    if (this.server.stopped) return;
    for (const name of COLLECTION_NAMES) this.watchCollection(name);
    await this.replications.startAll(memory.identities);
    if (this.options.attachments) this.subscriptions.add(this.options.attachments.changes$.subscribe(() => this.onLocalAttachmentChange()));
    if (this.server.stopped) return;
    this.schedulePendingCount();
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
    await this.memorySaves;
    this.tally.flush();
  }

  /** Pull and push everything now (the "Sync now" button). */
  syncNow(): void {
    if (this.server.connected) this.sweep();
    else this.server.retryNow();
  }

  /**
   * Where the join stands: as remembered; all joined on a laptop that was in step before joins
   * were staged; otherwise a new join, from empty when the laptop holds no municipality yet.
   */
  private async beginJoin(remembered: JoinMemory | undefined, lastSyncedAt: string | null): Promise<void> {
    const memory: JoinMemory =
      remembered ?? (lastSyncedAt !== null ? { startedEmpty: false, caughtUp: [...COLLECTION_NAMES] } : { startedEmpty: false, caughtUp: [] });
    const counts: Partial<Record<CollectionName, number>> = {};
    for (const name of COLLECTION_NAMES) if (!memory.caughtUp.includes(name)) counts[name] = await this.options.db[name].count().exec();
    if (!remembered && lastSyncedAt === null) memory.startedEmpty = (counts.settings ?? 0) === 0;
    this.join.begin(memory, counts);
  }

  /** The server's record counts of the collections still joining, for the progress. */
  private async readServerCounts(client: CouchClient): Promise<void> {
    const joining = this.join.joining;
    if (joining.length === 0) return;
    const counts: Partial<Record<CollectionName, number>> = {};
    await Promise.all(
      joining.map(async (name) => {
        try {
          const database = this.replications.dbName(name);
          const signal = this.server.signal;
          const info = await new CouchDatabase(client, database).info(signal);
          // The count includes design documents (validation, indexes), which are no records.
          const designs = await client.json<{ rows: unknown[] }>('GET', `${encodeURIComponent(database)}/_all_docs`, {
            database,
            query: { startkey: '"_design/"', endkey: '"_design0"' },
            ...(signal ? { signal } : {}),
          });
          counts[name] = Math.max(0, info.doc_count - designs.rows.length);
        } catch {
          // The count is for the progress only; the database's own problems are reported elsewhere.
        }
      }),
    );
    this.join.serverCounts(counts);
  }

  private get serverKey(): string {
    return `${this.options.connection.serverUrl}|${this.options.connection.prefix}`;
  }

  /** Installs the merge that keeps both edits, and counts a collection's waiting changes when it changes here. */
  private watchCollection(name: CollectionName): void {
    const collection = this.options.db[name] as unknown as RxCollection<RecordTypes[CollectionName]>;
    // Installed here rather than at collection creation: only replication consults it.
    collection.conflictHandler = quorumConflictHandler(
      name,
      () => this.clock.now(),
      (report) => reportMerge(report, this.options.log, this.options.audit),
    );
    this.subscriptions.add(
      collection.eventBulks$.subscribe((bulk) => {
        // What a pull stores is no change to send: a first sync of thousands of records must not
        // recount after every batch. The pull's end (setBusy) counts that collection again.
        if (!bulk.context.startsWith(DOWNSTREAM_WRITE)) this.schedulePendingCount(name);
      }),
    );
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
    const results = await readDatabaseIdentities(client, (name) => this.replications.dbName(name), {
      signal: this.server.signal,
      withAccount: Boolean(this.options.connection.username),
    });
    let changed = false;
    for (const result of results) {
      const database = this.replications.dbName(result.name);
      if ('problem' in result) {
        this.board.setProblem(databaseProblem(database), { ...result.problem, database });
        this.replications.markUnavailable(result.name);
        this.join.setUnavailable(result.name, true);
        continue;
      }
      this.board.clearProblem(databaseProblem(database));
      this.replications.markAvailable(result.name);
      this.join.setUnavailable(result.name, false);
      if (this.server.stopped) return;
      if (await this.replications.adopt(result.name, result.identity)) changed = true;
    }
    if (changed) await this.saveMemory();
    await this.readServerCounts(client);
  }

  private attachmentsRemote(): AttachmentRemote {
    const { serverUrl } = this.options.connection;
    return { url: databaseUrl(serverUrl, this.replications.dbName(ATTACHMENTS_DATABASE)), fetch: this.server.client.authorizedFetch };
  }

  /** A database answered, or was missing or refused: its collection's requests wait until a sweep finds it usable. */
  private onDatabaseOutcome(outcome: RequestOutcome): void {
    const database = databaseOf(this.options.connection.serverUrl, outcome.url);
    if (!database) return;
    if (outcome.ok) {
      if (this.board.clearProblem(databaseProblem(database))) this.publish();
      return;
    }
    if (outcome.problem.kind !== 'missing-database' && outcome.problem.kind !== 'no-access') return;
    this.board.setProblem(databaseProblem(database), { ...outcome.problem, database });
    const name = COLLECTION_NAMES.find((collection) => this.replications.dbName(collection) === database);
    if (name) {
      this.replications.markUnavailable(name);
      this.join.setUnavailable(name, true);
    }
    this.publish();
  }

  private followFeed(): void {
    const signal = this.server.signal;
    if (!signal) return;
    const audit = new CouchDatabase(this.server.client, this.replications.dbName('audit'));
    this.pulls.follow(audit, signal).catch((error: unknown) => {
      if (signal === this.server.signal && !(error instanceof CouchRequestError)) this.server.failedBadly(error);
    });
  }

  private sweep(): void {
    if (!this.server.connected) return;
    this.pulls.scheduleSweep();
    this.checkIdentities(this.server.client)
      .then(() => {
        if (!this.server.connected) return;
        this.replications.reSyncAll();
        this.attachmentRounds?.run();
        this.publish();
      })
      .catch((error: unknown) => {
        if (error instanceof CouchRequestError || error instanceof RequestAbortedError) return; // reported by the client
        this.options.log.add('error', `Sync check failed: ${errorMessage(error)}`);
      });
  }

  private onLocalAttachmentChange(): void {
    this.schedulePendingCount('attachments');
    this.attachmentRounds?.run();
  }

  private setBusy(source: string, busy: boolean): void {
    if (!this.board.setBusy(source, busy)) return;
    if (!busy) this.schedulePendingCount(source);
    this.publish();
  }

  /** Counts the waiting changes of `source` (a collection or `attachments`), of everything (undefined), or of what is marked (null), soon. */
  private schedulePendingCount(source?: string | null): void {
    if (this.server.stopped) return;
    if (source !== null) this.pending.mark(source === undefined ? undefined : [source]);
    if (this.pendingCount.waiting) return;
    this.pendingCount.start(this.timing.pendingDebounceMs, () => {
      // Counts what is marked (nothing more: `[]` names no collection beyond the marks).
      void this.pending.recount([]).then((counted) => {
        if (counted) this.publish();
        // Marked while it counted, beyond what it covered: count those next.
        if (this.pending.marked) this.schedulePendingCount(null);
      });
    });
    // A change is in the making: the status says so until the count is done.
    this.publish();
  }

  /**
   * Saves the sync memory as it is when the save runs. Saves run one after another: two at once
   * race in the local document and one is lost (a join's progress went missing that way).
   */
  private saveMemory(): Promise<void> {
    this.memorySaves = this.memorySaves.then(() => this.writeMemory());
    return this.memorySaves;
  }

  private async writeMemory(): Promise<void> {
    const join = this.join.memory;
    const memory = {
      serverKey: this.serverKey,
      identities: this.replications.knownIdentities,
      lastSyncedAt: this.board.lastSyncedAt,
      ...(join ? { join } : {}),
    };
    try {
      await this.options.memory.save(memory);
    } catch (error) {
      this.options.log.add('error', `Could not remember this sync on the laptop (it starts from the server's records next time): ${errorMessage(error)}`);
    }
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
