/**
 * Sync as the rest of the app sees it: its settings, its live status and log, "Test connection",
 * "Sync now", and the engine's lifecycle. Built inert with the repositories (so tests that never
 * sync pay nothing); `start()` with the platform's pieces (network events, credentials, the
 * attachment store) runs the engine whenever a server is configured, and saving new settings
 * restarts it. Start, stop and restart are queued, never run over each other.
 */
import { BehaviorSubject, combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import { testConnection, type ConnectionInput, type ConnectionReport } from '@shared/couch/connection-test';
import type { FetchLike } from '@shared/couch/http';
import type { CredentialPersistence } from '@shared/ipc-contract';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '@shared/sync/status';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { Connectivity } from './connectivity';
import type { PendingCount } from './pending-changes';
import { SyncEngine, type SyncTiming } from './sync-engine';
import { SyncLog, type SyncLogEntry } from './sync-log';
import { SyncMemory } from './sync-memory';
import { SyncSettingsStore, type CredentialStore, type SyncSettings, type SyncSettingsInput } from './sync-settings';

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

export class SyncService {
  readonly settings: SyncSettingsStore;
  readonly log = new SyncLog();
  private readonly memory: SyncMemory;
  private readonly engineSubject = new BehaviorSubject<SyncEngine | null>(null);
  private runtime: SyncRuntime | null = null;
  /** Callers waiting for start(): the page starts sync once its first screen has drawn. */
  private readonly runtimeWaiters = new Set<(runtime: SyncRuntime | null) => void>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: QuorumDatabase,
    private readonly audit: AuditLog,
  ) {
    this.settings = new SyncSettingsStore(db);
    this.memory = new SyncMemory(db);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  get engine(): SyncEngine | null {
    return this.engineSubject.getValue();
  }

  watchStatus(): Observable<SyncStatus> {
    return this.engineSubject.pipe(switchMap((engine) => (engine ? engine.status$ : of(INITIAL_SYNC_STATUS))));
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
    const pending = this.engineSubject.pipe(
      switchMap((engine) => (engine ? engine.pendingBy$ : of<Readonly<Record<string, PendingCount>>>({}))),
    );
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
    const engine = this.engine;
    this.engineSubject.next(null);
    await engine?.stop();
  }

  private async launch(): Promise<void> {
    const runtime = this.runtime;
    if (!runtime) return;
    const settings = await this.settings.get();
    if (!settings) return;
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
    // Not awaited: in a browser the engine may wait for another window to give up leadership.
    void engine.start().catch((error: unknown) => this.log.add('error', `Sync could not start: ${String(error)}`));
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
    this.log.add('info', `Sync settings saved: ${saved.settings.serverUrl}, ${saved.settings.prefix}*${saved.settings.username ? `, as ${saved.settings.username}` : ''}.`);
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
