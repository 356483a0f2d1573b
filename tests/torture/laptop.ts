/**
 * A torture-run laptop: the same pieces as tests/integration/support/laptop.ts (RxDB on fake
 * IndexedDB that survives a close, the real repositories and sync service, a keychain, an
 * attachment store), but writing with the run's office clock, so a laptop can stay offline for
 * a day or type a burst in a minute. One laptop is open at a time in this process (RxDB's free
 * build allows about 13 open collections per process): closing one and opening the next is a
 * closed lid, and all laptops keep their data in this process's fake IndexedDB across closes.
 */
import { AttachmentStore } from '../../renderer/src/attachments/attachment-store';
import type { QuorumDatabase } from '../../renderer/src/db/create-database';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../renderer/src/db/write-context';
import { ManualConnectivity } from '../../renderer/src/sync/connectivity';
import type { SyncLogEntry } from '../../renderer/src/sync/sync-log';
import type { SyncStatus } from '../../shared/sync/status';
import { TEST_TIMING } from '../integration/support/laptop';
import { memoryCredentialStore } from '../integration/support/memory-credentials';
import { openMemoryPouch, openRemotePouch } from '../integration/support/pouchdb-node.js';
import type { TestSyncServer } from '../integration/support/sync-server';
import { createTestDatabase, fakeIndexedDbStorage } from '../unit/support/test-database';

export interface OfficeClock {
  now(): Date;
  /** Moves the office's time on (a night, a day offline). */
  advance(ms: number): void;
}

/** Real time plus the offsets the run added, never going back. */
export function officeClock(): OfficeClock {
  let offset = 0;
  let last = 0;
  return {
    now: () => {
      // Strictly increasing, so two writes never share a time stamp.
      last = Math.max(last + 1, Date.now() + offset);
      return new Date(last);
    },
    advance: (ms) => {
      offset += ms;
    },
  };
}

export interface TortureLaptop {
  name: string;
  db: QuorumDatabase;
  repos: Repositories;
  network: ManualConnectivity;
  attachments: AttachmentStore;
  status(): SyncStatus | null;
  log(): SyncLogEntry[];
  close(): Promise<void>;
}

/** What stays on a laptop between sessions: its keychain and its attachment store. */
export interface LaptopHome {
  name: string;
  dbName: string;
  account: { username: string; password: string };
  keychain: Map<string, string>;
  attachments: AttachmentStore;
  configured: boolean;
}

export function laptopHome(name: string, run: string, account: { username: string; password: string }): LaptopHome {
  return {
    name,
    dbName: `torture${name}${run}`.toLowerCase().replace(/[^a-z0-9]/g, ''),
    account,
    keychain: new Map(),
    attachments: new AttachmentStore({
      local: openMemoryPouch(`torture-attachments-${name}-${run}`),
      openRemote: ({ url, fetch }) => openRemotePouch(url, fetch),
      binary: 'base64',
    }),
    configured: false,
  };
}

export async function openTortureLaptop(
  home: LaptopHome,
  options: { server: TestSyncServer; prefix: string; online: boolean; clock: OfficeClock },
): Promise<TortureLaptop> {
  const db = await createTestDatabase(fakeIndexedDbStorage(), home.dbName);
  const repos = createRepositories(db, fixedWriteContext(`Secretary ${home.name}`, home.name, options.clock.now));
  const network = new ManualConnectivity(options.online);
  await repos.sync.start({
    connectivity: network,
    credentials: memoryCredentialStore(home.keychain, 'encrypted'),
    attachments: home.attachments,
    timing: TEST_TIMING,
  });
  if (!home.configured) {
    await repos.sync.saveSettings({
      serverUrl: options.server.url,
      prefix: options.prefix,
      username: home.account.username,
      password: home.account.password,
      attachmentLimitMb: 50,
    });
    home.configured = true;
  }
  let current: SyncStatus | null = null;
  const subscription = repos.sync.watchStatus().subscribe((status) => {
    current = status;
  });
  return {
    name: home.name,
    db,
    repos,
    network,
    attachments: home.attachments,
    status: () => current,
    log: () => repos.sync.log.entries,
    close: async () => {
      subscription.unsubscribe();
      await repos.sync.stop();
      await db.close();
    },
  };
}
