/**
 * A "laptop" for sync tests: Quorum's database (RxDB with dev-mode and schema validation, on fake
 * IndexedDB so it survives being closed and opened again, as a laptop's does), its repositories,
 * the sync service with its network switched by hand, a keychain, and an attachment store.
 *
 * RxDB's free build refuses a 15th open collection in one process (docs/stack-facts.md), so only one laptop
 * (ten collections) is open at a time: tests close one before opening the next. That is also
 * how the scenarios go: each secretary works on her own laptop, often offline.
 */
import { firstValueFrom, filter, timeout } from 'rxjs';
import type { FetchLike } from '../../../shared/couch/http';
import type { SyncStatus } from '../../../shared/sync/status';
import { AttachmentStore } from '../../../renderer/src/attachments/attachment-store';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';
import { createRepositories, type Repositories } from '../../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../../renderer/src/db/write-context';
import { ManualConnectivity } from '../../../renderer/src/sync/connectivity';
import type { SyncEngine } from '../../../renderer/src/sync/sync-engine';
import type { SyncLogEntry } from '../../../renderer/src/sync/sync-log';
import type { SyncTiming } from '../../../renderer/src/sync/sync-timing';
import type { CredentialStore } from '../../../renderer/src/sync/sync-settings';
import { memoryCredentialStore } from './memory-credentials';
import { createTestDatabase, fakeIndexedDbStorage, memoryStorage } from '../../unit/support/test-database';
import { openMemoryPouch, openRemotePouch } from './pouchdb-node.js';
import type { TestSyncServer } from './sync-server';

/** Short waits so tests run in seconds; the behaviour is the app's. */
export const TEST_TIMING: Partial<SyncTiming> = {
  sweepMs: 1_500,
  backoffBaseMs: 200,
  backoffMaxMs: 2_000,
  refusedRetryMs: 500,
  refusedRetryMaxMs: 10_000,
  hintRepeatMs: 300,
  feedServerTimeoutMs: 4_000,
  feedClientTimeoutMs: 6_000,
  pendingDebounceMs: 50,
  requestTimeoutMs: 10_000,
};

const RUN = Date.now().toString(36);
const keychains = new Map<string, Map<string, string>>();
const attachmentStores = new Map<string, AttachmentStore>();

function keychain(laptop: string): CredentialStore {
  const secrets = keychains.get(laptop) ?? new Map<string, string>();
  keychains.set(laptop, secrets);
  return memoryCredentialStore(secrets, 'encrypted');
}

export interface Laptop {
  name: string;
  db: QuorumDatabase;
  repos: Repositories;
  network: ManualConnectivity;
  attachments: AttachmentStore;
  status(): SyncStatus;
  /** Waits for a status that passes `check`. */
  until(what: string, check: (status: SyncStatus) => boolean, timeoutMs?: number): Promise<SyncStatus>;
  close(): Promise<void>;
}

export interface LaptopOptions {
  server: TestSyncServer;
  prefix: string;
  account: { username: string; password: string };
  online?: boolean;
  actor?: string;
  timing?: Partial<SyncTiming>;
  /** Leave the sync settings as they are (configure only on first open). */
  keepSettings?: boolean;
  /** The laptop's network stack, to watch or disturb its requests. */
  fetch?: FetchLike;
  /** RxDB's memory storage instead of Dexie on fake IndexedDB (gone when the laptop closes). */
  memory?: boolean;
}

export async function openLaptop(name: string, options: LaptopOptions): Promise<Laptop> {
  const db = await createTestDatabase(options.memory ? memoryStorage() : fakeIndexedDbStorage(), `laptop${name}${RUN}`);
  const repos = createRepositories(db, fixedWriteContext(options.actor ?? `Secretary ${name}`, name));
  const network = new ManualConnectivity(options.online ?? true);
  let attachments = attachmentStores.get(name);
  if (!attachments) {
    attachments = new AttachmentStore({
      local: openMemoryPouch(`attachments-${name}-${RUN}`),
      openRemote: ({ url, fetch }) => openRemotePouch(url, fetch),
      binary: 'base64',
    });
    attachmentStores.set(name, attachments);
  }
  await repos.sync.start({
    connectivity: network,
    credentials: keychain(name),
    attachments,
    timing: { ...TEST_TIMING, ...options.timing },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (!options.keepSettings || !(await repos.sync.settings.get())) {
    await repos.sync.saveSettings({
      serverUrl: options.server.url,
      prefix: options.prefix,
      username: options.account.username,
      password: options.account.password,
      attachmentLimitMb: 50,
    });
  }
  let current: SyncStatus | null = null;
  let log: SyncLogEntry[] = [];
  const subscription = repos.sync.watchStatus().subscribe((status) => {
    current = status;
  });
  subscription.add(repos.sync.watchLog().subscribe((entries) => (log = entries)));
  const stuck = (what: string) => new Error(`Timed out waiting for ${what}; status: ${syncDiagnosis(current, repos.sync.engine, log, 8)}`);
  return {
    name,
    db,
    repos,
    network,
    attachments,
    status: () => {
      if (!current) throw new Error('No sync status yet.');
      return current;
    },
    until: (what, check, timeoutMs = 30_000) =>
      firstValueFrom(repos.sync.watchStatus().pipe(filter(check), timeout({ first: timeoutMs, with: () => Promise.reject(stuck(what)) }))),
    close: async () => {
      subscription.unsubscribe();
      await repos.sync.stop();
      await db.close();
    },
  };
}

/**
 * What a laptop's sync was doing when a wait for it ran out: its status, what keeps the engine
 * busy (`SyncEngine.diagnose()`), and its newest `lines` log lines (the tests' waits and the
 * torture run's print the same).
 */
export function syncDiagnosis(status: SyncStatus | null, engine: SyncEngine | null, log: readonly SyncLogEntry[], lines: number): string {
  const recent = log.slice(0, lines).map((entry) => `${entry.at} ${entry.kind}: ${entry.message}`);
  return `${JSON.stringify(status)}; what keeps it busy: ${JSON.stringify(engine?.diagnose() ?? null)}; its sync log, newest first:\n${recent.join('\n')}`;
}

/** Up to date with nothing waiting. */
export function upToDate(status: SyncStatus): boolean {
  return status.phase === 'up-to-date' && status.pending === 0;
}
