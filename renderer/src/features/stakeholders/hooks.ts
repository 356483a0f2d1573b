/** Live stakeholders for components. */
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

/** The directory: records not merged into another. */
export function useStakeholders(): Live<Stakeholder[]> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchAll(), [repos]);
}

/** Every record, merged ones included, to name the stakeholder of any query. */
export function useEveryStakeholder(): Live<Stakeholder[]> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchEvery(), [repos]);
}

export function useStakeholder(id: string): Live<Stakeholder | null> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchById(id), [repos, id]);
}

export function useOrganisations(): Live<Stakeholder[]> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchOrganisations(), [repos]);
}

export function usePeopleOf(organisationId: string): Live<Stakeholder[]> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchPeopleOf(organisationId), [repos, organisationId]);
}
