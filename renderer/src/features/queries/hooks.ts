/** Live stakeholder queries for components. */
import type { StakeholderQuery } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useQueries(): Live<StakeholderQuery[]> {
  const repos = useRepositories();
  return useLive(() => repos.queries.watchAll(), [repos]);
}
