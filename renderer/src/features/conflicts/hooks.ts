/** Live records with competing edits, for the Conflicts page and its count in the navigation. */
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';
import type { ConflictedRecord } from './conflicts.repository';

export function useConflicts(): Live<ConflictedRecord[]> {
  const repos = useRepositories();
  return useLive(() => repos.conflicts.watchAll(), [repos]);
}

export function useConflictCount(): Live<number> {
  const repos = useRepositories();
  return useLive(() => repos.conflicts.watchCount(), [repos]);
}
