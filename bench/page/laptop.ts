/**
 * A fresh "laptop" inside the benchmark page: an empty Quorum database of its own on IndexedDB,
 * the app's repositories over it, and sync started as the app starts it, with the network
 * switched by hand and the password kept in memory. Removed (database deleted) when done, so
 * every timed run starts from an empty client.
 */
import { filter, firstValueFrom, timeout } from 'rxjs';
import { quorumStorage } from '../../renderer/src/db/storage';
import { CouchClient, type FetchLike } from '../../shared/couch/http';
import type { SyncStatus } from '../../shared/sync/status';
import { createQuorumDatabase, type QuorumDatabase } from '../../renderer/src/db/create-database';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../renderer/src/db/write-context';
import { ManualConnectivity } from '../../renderer/src/sync/connectivity';
import { memoryCredentialStore } from '../../tests/integration/support/memory-credentials';
import type { ServerAccount } from './api';

let laptops = 0;

export interface BenchLaptop {
  db: QuorumDatabase;
  repos: Repositories;
  network: ManualConnectivity;
  /** Saves the sync settings, which starts the engine: what a person does in Settings → Sync. */
  connect(server: ServerAccount, prefix: string): Promise<void>;
  /** Resolves with the first status that passes `check`; rejects with the status and log after `timeoutMs`. */
  until(what: string, check: (status: SyncStatus) => boolean, timeoutMs: number): Promise<SyncStatus>;
  /** Stops sync and deletes the database. */
  remove(): Promise<void>;
}

export async function openLaptop(actor = 'Bench Secretary'): Promise<BenchLaptop> {
  laptops += 1;
  // multiInstance off: one page, one database; leader election would only add a wait before sync starts.
  const db = await createQuorumDatabase({
    name: `bench-laptop-${Date.now().toString(36)}-${laptops}`,
    storage: quorumStorage(),
    multiInstance: false,
  });
  const repos = createRepositories(db, fixedWriteContext(actor, `bench${laptops}`));
  const network = new ManualConnectivity(true);
  await repos.sync.start({ connectivity: network, credentials: memoryCredentialStore(new Map(), 'session'), origin: window.location.origin });
  let latest: SyncStatus | null = null;
  const watching = repos.sync.watchStatus().subscribe((status) => (latest = status));
  return {
    db,
    repos,
    network,
    async connect(server, prefix) {
      await repos.sync.saveSettings({ serverUrl: server.url, prefix, username: server.username, password: server.password, attachmentLimitMb: 50 });
    },
    until(what, check, timeoutMs) {
      return firstValueFrom(
        repos.sync.watchStatus().pipe(
          filter(check),
          timeout({
            first: timeoutMs,
            with: () => {
              const log = repos.sync.log.entries
                .slice(0, 5)
                .map((e) => `${e.kind}: ${e.message}`)
                .join(' | ');
              return Promise.reject(
                new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Sync status: ${JSON.stringify(latest)}. Latest log: ${log}`),
              );
            },
          }),
        ),
      );
    },
    async remove() {
      watching.unsubscribe();
      await repos.sync.stop();
      await db.remove();
    },
  };
}

/** The app's own authorised fetch (Basic credentials, never cookies), for the anchors that talk to the server directly. */
export function authorizedFetch(server: ServerAccount): FetchLike {
  return new CouchClient({ serverUrl: server.url, username: server.username, password: server.password }).authorizedFetch;
}

/** Rejects after `ms` with a message naming what did not finish. */
export function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}.`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Deletes an IndexedDB database, whatever becomes of the request (a blocked delete finishes later). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}
