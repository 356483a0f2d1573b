/**
 * Sync as the rest of the app sees it: its settings, its live status and log, "Test connection",
 * "Sync now", and the engine's lifecycle. Built inert with the repositories (so tests that never
 * sync pay nothing); `start()` with the platform's pieces (network events, credentials, the
 * attachment store) runs the engine whenever a server is configured, and saving new settings
 * restarts it. Start, stop and restart are queued, never run over each other.
 */
import { BehaviorSubject, combineLatest, from, map, of, switchMap, type Observable, type Subscription } from 'rxjs';
import { testConnection, type ConnectionInput, type ConnectionReport } from '@shared/couch/connection-test';
import { CouchClient, type FetchLike } from '@shared/couch/http';
import { explainAccessProblem, type KnownAccount } from '@shared/couch/permissions';
import type { CredentialPersistence } from '@shared/ipc-contract';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { recordLabel } from '@shared/sync/record-labels';
import type { JsonObject } from '@shared/sync/record-state';
import { NO_JOIN, type JoinStatus } from '@shared/sync/join';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '@shared/sync/status';
import type { RecordTypes } from '@shared/schemas';
import { AccessGuard } from '../db/access-guard';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import type { AttachmentStore } from '../attachments/attachment-store';
import { AccountMemory, accountKey } from './account-memory';
import type { Connectivity } from './connectivity';
import type { PendingCount } from './pending-changes';
import type { RefusedChange, ServerVersionsBack } from './refused-changes';
import { readServerRecords } from './server-reads';
import { SyncEngine } from './sync-engine';
import type { SyncTiming } from './sync-timing';
import { SyncLog, type SyncLogEntry } from './sync-log';
import { SyncMemory } from './sync-memory';
import { SyncSettingsStore, type CredentialStore, type SyncSettings, type SyncSettingsInput } from './sync-settings';
import { errorMessage } from '@shared/error-message';

/** What the platform gives sync: network events, the keychain, the attachment store. */
export interface SyncRuntime {
  connectivity: Connectivity;
  credentials: CredentialStore;
  attachments?: AttachmentStore;
  fetch?: FetchLike;
  origin?: string;
  answersWithoutCors?: (url: string) => Promise<boolean>;
  timing?: Partial<SyncTiming>;
}

export interface CollectionSyncDetail {
  collection: CollectionName | 'attachments';
  /** Records of this collection on this laptop (null for attachments, which are counted by the store). */
  onThisLaptop: number | null;
  waiting: number;
  capped: boolean;
}

export class SyncNotStartedError extends Error {
  constructor() {
    super('Sync has not started on this page yet; reload and try again.');
    this.name = 'SyncNotStartedError';
  }
}

/** A refused change as the sync log lists it. */
export interface RefusedRecord extends RefusedChange {
  /** "Stakeholder “Thandi Mokoena”". */
  label: string;
  /** The change was a deletion: the record is no longer on this laptop. */
  deleted: boolean;
}

export class SyncService {
  readonly settings: SyncSettingsStore;
  readonly log = new SyncLog();
  private readonly memory: SyncMemory;
  private readonly engineSubject = new BehaviorSubject<SyncEngine | null>(null);
  private runtime: SyncRuntime | null = null;
  /** Callers waiting for start(): the page starts sync once its first screen has drawn. */
  private readonly runtimeWaiters = new Set<(runtime: SyncRuntime | null) => void>();
  private queue: Promise<void> = Promise.resolve();
  private readonly accounts: AccountMemory;
  /** Re-reads the account's roles when the connection comes back or the server refuses a change. */
  private accountWatch: Subscription | null = null;

  constructor(
    private readonly db: QuorumDatabase,
    private readonly audit: AuditLog,
    /** Kept up to date with the roles the server reports for the signed-in account. */
    readonly access: AccessGuard = new AccessGuard(),
  ) {
    this.settings = new SyncSettingsStore(db);
    this.memory = new SyncMemory(db);
    this.accounts = new AccountMemory(db);
  }

  /**
   * Reads the account's roles from the server's session and keeps them; keeps the last known
   * ones when the server cannot be asked (offline, a time-out). Returns the account in force.
   */
  async refreshAccount(): Promise<KnownAccount | null> {
    const settings = await this.settings.get();
    if (!settings) {
      this.access.set(null);
      return null;
    }
    const key = accountKey(settings.serverUrl, settings.prefix, settings.username);
    const runtime = this.runtime;
    const password = settings.username && runtime ? await this.settings.password(runtime.credentials) : null;
    // No request leaves a laptop that knows it has no network.
    const online = runtime?.connectivity.isOnline() ?? false;
    if (online && (!settings.username || password !== null)) {
      try {
        const client = new CouchClient(
          { serverUrl: settings.serverUrl, ...(settings.username && password !== null ? { username: settings.username, password } : {}) },
          { ...(runtime?.fetch ? { fetch: runtime.fetch } : {}), timeoutMs: 10_000 },
        );
        const session = await client.json<{ userCtx?: { name?: string | null; roles?: string[] } }>('GET', '_session');
        const name = session.userCtx?.name ?? null;
        if (!settings.username || name === settings.username) {
          const account: KnownAccount = { name, roles: session.userCtx?.roles ?? [] };
          const before = this.access.account;
          await this.accounts.save(key, account, new Date());
          this.access.set(account);
          if (before?.roles.join(',') !== account.roles.join(',')) {
            this.log.add(
              'info',
              `Signed in as ${name ?? 'anonymous'} with the ${account.roles.length === 1 ? 'role' : 'roles'} ${account.roles.join(', ') || '(none)'}.`,
            );
          }
          return account;
        }
      } catch {
        // Offline or refused: the last known account stands (read below).
      }
    }
    const remembered = await this.accounts.load(key);
    this.access.set(remembered);
    return remembered;
  }

  /**
   * A client for plain requests with this laptop's account, as the sync signs in (publishing to
   * the public database uses it), or null while sync is not set up, the laptop is offline, or the
   * password is not known.
   */
  async serverAccess(): Promise<{ client: CouchClient; prefix: string } | null> {
    const settings = await this.settings.get();
    const runtime = this.runtime;
    if (!settings || !runtime || !runtime.connectivity.isOnline()) return null;
    const password = settings.username ? await this.settings.password(runtime.credentials) : null;
    if (settings.username && password === null) return null;
    const client = new CouchClient(
      { serverUrl: settings.serverUrl, ...(settings.username && password !== null ? { username: settings.username, password } : {}) },
      { ...(runtime.fetch ? { fetch: runtime.fetch } : {}), timeoutMs: 120_000 },
    );
    return { client, prefix: settings.prefix };
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  get engine(): SyncEngine | null {
    return this.engineSubject.getValue();
  }

  watchStatus(): Observable<SyncStatus> {
    const status = this.engineSubject.pipe(switchMap((engine) => (engine ? engine.status$ : of(INITIAL_SYNC_STATUS))));
    // A database refused to an account that has a Quorum role was reset on the server: say so.
    return combineLatest([status, this.access.watch()]).pipe(
      map(([current, account]) => (current.problem ? { ...current, problem: explainAccessProblem(current.problem, account) } : current)),
    );
  }

  /** The laptop's join with its server: what has arrived, what is still to come. */
  watchJoin(): Observable<JoinStatus> {
    return this.engineSubject.pipe(switchMap((engine) => (engine ? engine.join$ : of(NO_JOIN))));
  }

  /**
   * Records not yet on this laptop, read from the server without storing them (they arrive with
   * the join); null when the server cannot be asked (offline, no sync set up).
   */
  async readFromServer<K extends CollectionName>(collection: K, field: string, value: string): Promise<RecordTypes[K][] | null> {
    const access = await this.serverAccess();
    if (!access) return null;
    return readServerRecords(access, collection, field, value);
  }

  watchLog(): Observable<SyncLogEntry[]> {
    return this.log.entries$;
  }

  watchSettings(): Observable<SyncSettings | null> {
    return this.settings.watch();
  }

  /** Records on this laptop and changes waiting, by collection. */
  watchDetails(): Observable<CollectionSyncDetail[]> {
    const counts = combineLatest(COLLECTION_NAMES.map((name) => this.db[name].count().$));
    const pending = this.engineSubject.pipe(switchMap((engine) => (engine ? engine.pendingBy$ : of<Readonly<Record<string, PendingCount>>>({}))));
    return combineLatest([counts, pending]).pipe(
      map(([local, waiting]) => [
        ...COLLECTION_NAMES.map((collection, index) => ({
          collection,
          onThisLaptop: local[index] ?? 0,
          waiting: waiting[collection]?.count ?? 0,
          capped: waiting[collection]?.capped ?? false,
        })),
        { collection: 'attachments' as const, onThisLaptop: null, waiting: waiting.attachments?.count ?? 0, capped: false },
      ]),
    );
  }

  /** The changes the server refused, each named as a person knows the record. */
  watchRefused(): Observable<RefusedRecord[]> {
    return this.engineSubject.pipe(
      switchMap((engine) => (engine ? engine.refusedChanges$ : of<RefusedChange[]>([]))),
      switchMap((changes) => from(this.nameRefused(changes))),
    );
  }

  private async nameRefused(changes: RefusedChange[]): Promise<RefusedRecord[]> {
    return Promise.all(
      changes.map(async (change) => {
        const doc = await this.db[change.collection].findOne(change.id).exec();
        const record = doc ? (doc.toJSON() as unknown as JsonObject) : { id: change.id };
        return { ...change, label: recordLabel(change.collection, record), deleted: !doc };
      }),
    );
  }

  /** Discards the refused changes (after a person confirmed): the server's versions come back. */
  async discardRefused(): Promise<ServerVersionsBack> {
    const engine = this.engine;
    if (!engine) return { restored: 0, removed: 0 };
    return engine.discardRefused();
  }

  /** Runs sync for this page; does nothing more until a server is configured. */
  start(runtime: SyncRuntime): Promise<void> {
    return this.enqueue(async () => {
      // Started again (a remount): the engine already running gives way to the new one.
      await this.halt();
      this.runtime = runtime;
      for (const resolve of [...this.runtimeWaiters]) resolve(runtime);
      await this.launch();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(async () => {
      await this.halt();
      this.runtime = null;
    });
  }

  private async halt(): Promise<void> {
    this.accountWatch?.unsubscribe();
    this.accountWatch = null;
    const engine = this.engine;
    this.engineSubject.next(null);
    await engine?.stop();
  }

  private async launch(): Promise<void> {
    const runtime = this.runtime;
    if (!runtime) return;
    // Entries an unexpected close left in the audit journal are written before anything is pulled,
    // so a pulled change is never taken for the journaled one (db/audit-journal.ts).
    await this.audit.ready().catch((error: unknown) => this.log.add('error', `The audit trail could not be repaired: ${String(error)}`));
    const settings = await this.settings.get();
    if (!settings) {
      this.access.set(null);
      return;
    }
    // The last known roles hold at once (offline too); the server is asked again below.
    this.access.set(await this.accounts.load(accountKey(settings.serverUrl, settings.prefix, settings.username)));
    runtime.attachments?.setMaxBytes(settings.attachmentLimitMb * 1024 * 1024);
    const password = settings.username ? await this.settings.password(runtime.credentials) : null;
    const engine = new SyncEngine({
      db: this.db,
      connection: { serverUrl: settings.serverUrl, prefix: settings.prefix, username: settings.username, password },
      connectivity: runtime.connectivity,
      memory: this.memory,
      log: this.log,
      audit: this.audit,
      ...(runtime.attachments ? { attachments: runtime.attachments } : {}),
      ...(runtime.fetch ? { fetch: runtime.fetch } : {}),
      ...(runtime.origin ? { origin: runtime.origin } : {}),
      ...(runtime.answersWithoutCors ? { answersWithoutCors: runtime.answersWithoutCors } : {}),
      ...(runtime.timing ? { timing: runtime.timing } : {}),
    });
    this.engineSubject.next(engine);
    this.accountWatch = this.watchAccountTriggers(engine);
    // Not awaited: in a browser the engine may wait for another window to give up leadership.
    void engine.start().catch((error: unknown) => this.log.add('error', `Sync could not start: ${String(error)}`));
  }

  /**
   * Asks the server for the account's roles when the engine first reaches the server, when it
   * comes back after a problem, and when the server refuses a change (the role may have changed).
   */
  private watchAccountTriggers(engine: SyncEngine): Subscription {
    let reached = false;
    let refusedBefore = false;
    return engine.status$.subscribe((status) => {
      const reachesServer = status.phase === 'syncing' || status.phase === 'up-to-date';
      const refused = status.problem?.kind === 'refused-write' || status.problem?.kind === 'no-access';
      if ((reachesServer && !reached) || (refused && !refusedBefore)) {
        void this.refreshAccount().catch((error: unknown) => {
          // Only worth saying while this engine still runs (a laptop closing ends its database first).
          if (this.engine === engine) this.log.add('error', `The account's roles could not be kept on this laptop: ${errorMessage(error)}`);
        });
      }
      reached = reachesServer && !status.problem;
      refusedBefore = refused;
    });
  }

  /** The page's sync runtime, waiting up to `ms` for start() (called once the first screen has drawn). */
  private whenStarted(ms = 5_000): Promise<SyncRuntime | null> {
    if (this.runtime) return Promise.resolve(this.runtime);
    return new Promise((resolve) => {
      const done = (runtime: SyncRuntime | null) => {
        clearTimeout(timer);
        this.runtimeWaiters.delete(done);
        resolve(runtime);
      };
      const timer = setTimeout(() => done(null), ms);
      this.runtimeWaiters.add(done);
    });
  }

  /** Saves new settings (and password) and restarts sync with them. */
  async saveSettings(input: SyncSettingsInput): Promise<{ settings: SyncSettings; persistence: CredentialPersistence | null }> {
    const runtime = await this.whenStarted();
    if (!runtime) throw new SyncNotStartedError();
    const saved = await this.settings.save(input, runtime.credentials);
    this.log.add(
      'info',
      `Sync settings saved: ${saved.settings.serverUrl}, ${saved.settings.prefix}*${saved.settings.username ? `, as ${saved.settings.username}` : ''}.`,
    );
    // The roles are known before the person goes on working, where the server answers.
    await this.refreshAccount();
    await this.enqueue(async () => {
      await this.halt();
      await this.launch();
    });
    return saved;
  }

  /** Stops syncing on this laptop and forgets the server; the records stay. */
  async forgetServer(): Promise<void> {
    const runtime = await this.whenStarted();
    if (!runtime) throw new SyncNotStartedError();
    await this.enqueue(async () => {
      await this.halt();
      await this.settings.clear(runtime.credentials);
      await this.memory.forget();
      await this.accounts.forget();
      this.access.set(null);
    });
    this.log.add('info', 'Sync stopped on this laptop; the server is forgotten. Records stay on this laptop.');
  }

  async hasStoredPassword(): Promise<boolean> {
    const runtime = await this.whenStarted();
    if (!runtime) return false;
    return (await this.settings.password(runtime.credentials)) !== null;
  }

  /** Checks a server, account and prefix without saving anything. Empty password: the stored one. */
  async testConnection(input: ConnectionInput): Promise<ConnectionReport> {
    // The stored password is needed only when none was typed.
    const runtime = input.username && !input.password ? await this.whenStarted() : this.runtime;
    const password = input.password || (runtime && input.username ? ((await this.settings.password(runtime.credentials)) ?? '') : '');
    return testConnection(
      { ...input, password },
      {
        ...(runtime?.fetch ? { fetch: runtime.fetch } : {}),
        ...(runtime?.answersWithoutCors ? { answersWithoutCors: runtime.answersWithoutCors } : {}),
        ...(runtime?.origin ? { origin: runtime.origin } : {}),
      },
    );
  }

  syncNow(): void {
    this.engine?.syncNow();
  }
}
