/**
 * The engine's ten collection replications: creating them, replacing one whose server database
 * changed identity (recreated, or restored from a backup: a fresh replication checks every record
 * again), restarting one from its checkpoint, and holding each one's requests behind two gates:
 * the engine's connection gate and the collection's own, closed while its server database is
 * missing or refused. A request of a replication replaced meanwhile is refused.
 */
import { Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { CouchDatabase } from '@shared/couch/database';
import type { CouchClient } from '@shared/couch/http';
import { databaseName } from '@shared/couch/names';
import type { RecordTypes } from '@shared/schemas';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import type { QuorumDatabase } from '../db/create-database';
import { createCollectionReplication, type CollectionReplication, type ReplicationDatabase, type ReplicationEvents } from './collection-replication';
import { ConnectionGate, SyncStoppedError } from './connection-gate';
import type { OwnEchoes } from './change-feed';
import { PushedRevisions } from './overtaken-pulls';
import { countPending, type PendingSource } from './pending-changes';
import { describeReplicationState, ReplicationTrace } from './replication-trace';
import type { SyncConnection } from './sync-connection';
import type { SyncLog } from './sync-log';
import { nextRefusedRetry, type SyncTiming } from './sync-timing';

/** How long the change feed waits for this laptop's pushes under way to hear back before it signals an entry it cannot place. */
export const ECHO_WAIT_MS = 2_000;

/** Identity used for a replication before this laptop ever reached the server. */
export const NOT_YET_CONNECTED = 'not-yet-connected';

export interface ReplicationSetOptions {
  db: QuorumDatabase;
  connection: SyncConnection;
  /** The engine's gate: open while the server is known to answer. */
  gate: ConnectionGate;
  client: () => CouchClient;
  timing: Pick<SyncTiming, 'pullBatchSize' | 'backgroundPullBatchSize' | 'pushBatchSize' | 'refusedRetryMs' | 'refusedRetryMaxMs'>;
  events: ReplicationEvents;
  /** A replication started or stopped moving records. */
  onActive(name: CollectionName, active: boolean): void;
  /** A replication was stopped to be replaced: whatever it was doing is forgotten. */
  onStopped(name: CollectionName): void;
  onSent(name: CollectionName): void;
  onReceived(name: CollectionName): void;
  /** The collection's replication caught up with the server (its first pull and push are done). */
  onCaughtUp(name: CollectionName): void;
  /** Resolves when the collection's stage of a join lets it replicate. */
  stageReady(name: CollectionName): Promise<void>;
  /** The collection arrives in the background of a join: its pull is paced, in smaller batches. */
  inBackground(name: CollectionName): boolean;
  log(kind: Parameters<SyncLog['add']>[0], message: string): void;
}

type AnyReplication = CollectionReplication<CollectionName>;

export class ReplicationSet {
  private readonly replications = new Map<CollectionName, AnyReplication>();
  private readonly subscriptions = new Map<CollectionName, Subscription>();
  private readonly cancelled = new Set<AnyReplication>();
  private readonly traces = new Map<CollectionName, ReplicationTrace>();
  /** Per collection: the revisions the current replication's pushes wrote on the server. */
  private readonly pushed = new Map<CollectionName, PushedRevisions>();
  /** Per collection: closed while its server database is missing or refused. */
  private readonly gates = new Map<CollectionName, ConnectionGate>(COLLECTION_NAMES.map((name) => [name, openGate()]));
  private readonly unavailable = new Set<CollectionName>();
  /** Server database name → the identity its replication was made for. */
  private identities: Record<string, string> = {};
  /** Stopped for good: no replication is made any more (the database may be closing). */
  private stopped = false;

  constructor(private readonly options: ReplicationSetOptions) {}

  /** The collection's own echoes, as its current replication (whichever that is when asked) knows them. */
  ownEchoes(name: CollectionName): OwnEchoes {
    return {
      isOwn: (id, rev) => this.pushed.get(name)?.isEcho(id, rev) ?? false,
      settled: () => this.pushed.get(name)?.settled(ECHO_WAIT_MS) ?? Promise.resolve(),
    };
  }

  dbName(name: CollectionName | 'attachments'): string {
    return databaseName(this.options.connection.prefix, name);
  }

  /** The identities the replications were made for, to remember across reloads. */
  get knownIdentities(): Record<string, string> {
    return { ...this.identities };
  }

  /** Starts every collection's replication, each for the identity remembered for its database. */
  async startAll(identities: Record<string, string>): Promise<void> {
    this.identities = { ...identities };
    await Promise.all(COLLECTION_NAMES.map((name) => this.create(name)));
  }

  /** Each replication with its collection, for counting waiting changes. */
  entries(): Array<[CollectionName, AnyReplication]> {
    return [...this.replications];
  }

  /** How to count each replication's waiting changes (null before its first checkpoint exists). */
  pendingSources(): Array<[CollectionName, PendingSource]> {
    return this.entries().map(([name, rs]) => [
      name,
      (confirmed) => (rs.internalReplicationState ? countPending(rs.internalReplicationState, confirmed) : Promise.resolve(null)),
    ]);
  }

  /**
   * Where each of these collections' replications is (RxDB's state and the handlers' calls), and
   * whether its database is held as missing or refused: for a sync that does not settle.
   */
  describe(names: readonly string[]): Record<string, string> {
    const described: Record<string, string> = {};
    for (const [name, rs] of this.replications) {
      if (!names.includes(name)) continue;
      const held = this.unavailable.has(name) ? 'its database held as missing or refused; ' : '';
      described[name] = `${held}${describeReplicationState(rs as never)}; ${this.traces.get(name)?.describe() ?? 'no trace'}`;
    }
    return described;
  }

  /** Pulls a collection now (nothing happens behind a closed gate). */
  reSync(name: CollectionName): void {
    this.replications.get(name)?.reSync();
  }

  /** Pulls every collection whose database is usable; returns those asked to. */
  reSyncAll(): CollectionName[] {
    const asked: CollectionName[] = [];
    for (const [name, rs] of this.replications) {
      if (this.unavailable.has(name)) continue;
      rs.reSync();
      asked.push(name);
    }
    return asked;
  }

  /**
   * A database changed identity: its replication is replaced by a fresh one that checks every
   * record against it. Returns whether it had changed.
   */
  async adopt(name: CollectionName, identity: string): Promise<boolean> {
    const previous = this.identities[this.dbName(name)];
    if ((previous ?? NOT_YET_CONNECTED) === identity) return false;
    await this.stop(name, 'forget');
    if (previous !== undefined && previous !== NOT_YET_CONNECTED) {
      this.options.log(
        'info',
        `The server's database ${this.dbName(name)} was recreated or restored (its identity changed): checking every record of ${COLLECTION_LABELS[name]} again, sending what the server lacks.`,
      );
    }
    this.identities[this.dbName(name)] = identity;
    await this.create(name);
    return true;
  }

  /**
   * Starts a collection's replication again from its checkpoint, so it reads the records as they
   * are now (RxDB retries a refused push with the very rows it was given).
   */
  async restart(name: CollectionName): Promise<void> {
    await this.stop(name, 'keep');
    await this.create(name);
  }

  /** The collection's database is missing or refused: its requests wait until it is usable. */
  markUnavailable(name: CollectionName): void {
    this.unavailable.add(name);
    this.gates.get(name)?.close();
  }

  /** The collection's database answers again: its requests go on and it pulls. */
  markAvailable(name: CollectionName): void {
    if (!this.unavailable.delete(name)) return;
    this.gates.get(name)?.open();
    this.replications.get(name)?.reSync();
  }

  /** A push went through: refused pushes of this collection are retried at the first pace again. */
  resetRetryTime(name: CollectionName): void {
    const rs = this.replications.get(name);
    if (rs) rs.retryTime = this.options.timing.refusedRetryMs;
  }

  /** A push was refused: its retries slow down. */
  slowRetries(name: CollectionName): void {
    const rs = this.replications.get(name);
    if (rs) rs.retryTime = nextRefusedRetry(rs.retryTime, this.options.timing);
  }

  /** Stops every replication; their checkpoints stay. */
  async stopAll(): Promise<void> {
    this.stopped = true;
    for (const gate of this.gates.values()) gate.stop();
    for (const sub of this.subscriptions.values()) sub.unsubscribe();
    await Promise.all([...this.replications.values()].map((rs) => rs.cancel()));
    this.replications.clear();
  }

  private identifier(name: CollectionName): string {
    const identity = this.identities[this.dbName(name)] ?? NOT_YET_CONNECTED;
    return `couch|${this.options.connection.serverUrl}|${this.dbName(name)}|${identity}`;
  }

  private async create(name: CollectionName): Promise<void> {
    // An identity check still in flight when the engine stopped must not start a replication on
    // a database that is closing (RxDB then fails outside any caller: "storage is closed").
    if (this.stopped) return;
    const { options } = this;
    const dbName = this.dbName(name);
    // Requests go through the engine's current session (so going offline or stopping aborts
    // them) and wait for the gates; a replication replaced meanwhile gets no more requests.
    const holder: { rs?: AnyReplication } = {};
    const trace = new ReplicationTrace();
    const pushed = new PushedRevisions();
    const live = () => new CouchDatabase(options.client(), dbName);
    const database: ReplicationDatabase = {
      changes: (o) => this.guard(name, holder.rs, trace, () => live().changes(o)),
      allDocs: (keys) => this.guard(name, holder.rs, trace, () => live().allDocs(keys)),
      bulkDocs: (docs) => this.guard(name, holder.rs, trace, () => live().bulkDocs(docs)),
      get: (id, rev) => this.guard(name, holder.rs, trace, () => live().get(id, rev)),
    };
    // A collection arriving in the background of a join is pulled in smaller, paced batches, so
    // no write of it holds the page's main thread for long while a person works (pull-pacer.ts);
    // the others do not watch their writes at all.
    const background = options.inBackground(name);
    const rs = createCollectionReplication({
      name,
      collection: options.db[name] as unknown as RxCollection<RecordTypes[CollectionName]>,
      database,
      identifier: this.identifier(name),
      gate: options.gate,
      pullBatchSize: background ? options.timing.backgroundPullBatchSize : options.timing.pullBatchSize,
      ...(background ? { paced: () => options.inBackground(name) } : {}),
      pushBatchSize: options.timing.pushBatchSize,
      retryTimeMs: options.timing.refusedRetryMs,
      events: options.events,
      pushed,
      trace,
    });
    holder.rs = rs;
    this.replications.set(name, rs);
    this.traces.set(name, trace);
    this.pushed.set(name, pushed);
    const sub = new Subscription();
    sub.add(rs.active$.subscribe((active) => options.onActive(name, active)));
    sub.add(rs.sent$.subscribe(() => options.onSent(name)));
    sub.add(rs.received$.subscribe(() => options.onReceived(name)));
    sub.add(
      rs.error$.subscribe((error) => {
        // Request failures reach the status through the HTTP client, with their specifics; RxDB's
        // own failures (a record that could not be stored on this laptop) do not, so they are logged.
        const parameters = (error as { parameters?: { writeError?: unknown } }).parameters;
        if (/^RC_(PULL|PUSH|STREAM)$/.test(String(error.code)) && !parameters?.writeError) return;
        options.log('error', `${COLLECTION_LABELS[name]}: ${String(error.message).slice(0, 300)}`);
      }),
    );
    this.subscriptions.set(name, sub);
    await rs.start();
    rs.awaitInitialReplication().then(
      () => {
        if (this.replications.get(name) === rs && !this.cancelled.has(rs) && !this.stopped) options.onCaughtUp(name);
      },
      () => undefined, // a replication cancelled before it caught up
    );
  }

  /** Runs a request once the server answers and the collection's database is usable. */
  private async guard<T>(name: CollectionName, rs: AnyReplication | undefined, trace: ReplicationTrace, request: () => Promise<T>): Promise<T> {
    const at = async <R>(where: string, work: () => Promise<R>): Promise<R> => {
      const leave = trace.request(where);
      try {
        return await work();
      } finally {
        leave();
      }
    };
    await at("waiting for the join's essential collections", () => this.options.stageReady(name));
    for (;;) {
      await at('waiting for the connection', () => this.options.gate.wait());
      await at('waiting for its database', async () => this.gates.get(name)?.wait());
      if (rs && this.cancelled.has(rs)) throw new SyncStoppedError();
      // The connection may have dropped again while this collection waited.
      if (this.options.gate.opened) return at('in flight', request);
    }
  }

  /**
   * Stops a collection's replication for good. `forget` drops its checkpoints too (a fresh one
   * then checks every record); `keep` leaves them, so its successor resumes where it stood.
   */
  private async stop(name: CollectionName, checkpoints: 'forget' | 'keep'): Promise<void> {
    const old = this.replications.get(name);
    if (!old) return;
    this.cancelled.add(old);
    this.subscriptions.get(name)?.unsubscribe();
    this.options.onStopped(name);
    if (checkpoints === 'forget') await old.remove();
    else await old.cancel();
  }
}

function openGate(): ConnectionGate {
  const gate = new ConnectionGate();
  gate.open();
  return gate;
}
