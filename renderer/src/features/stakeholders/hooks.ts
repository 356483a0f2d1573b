/** Live stakeholders for components. */
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useStakeholders(): Live<Stakeholder[]> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchAll(), [repos]);
}
