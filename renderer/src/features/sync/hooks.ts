/** Live sync state for components: status, log, settings and the per-collection details. */
import type { JoinStatus } from '@shared/sync/join';
import type { SyncStatus } from '@shared/sync/status';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';
import type { CollectionSyncDetail, RefusedRecord } from '../../sync/sync-service';
import type { SyncLogEntry } from '../../sync/sync-log';
import type { SyncSettings } from '../../sync/sync-settings';

export function useSyncStatus(): Live<SyncStatus> {
  const repos = useRepositories();
  return useLive(() => repos.sync.watchStatus(), [repos]);
}

export function useSyncLog(): Live<SyncLogEntry[]> {
  const repos = useRepositories();
  return useLive(() => repos.sync.watchLog(), [repos]);
}

export function useSyncSettings(): Live<SyncSettings | null> {
  const repos = useRepositories();
  return useLive(() => repos.sync.watchSettings(), [repos]);
}

export function useSyncDetails(): Live<CollectionSyncDetail[]> {
  const repos = useRepositories();
  return useLive(() => repos.sync.watchDetails(), [repos]);
}

export function useRefusedChanges(): Live<RefusedRecord[]> {
  const repos = useRepositories();
  return useLive(() => repos.sync.watchRefused(), [repos]);
}

export function useJoinStatus(): Live<JoinStatus> {
  const repos = useRepositories();
  return useLive(() => repos.sync.watchJoin(), [repos]);
}
