/** Live stakeholders for components. */
import { useMemo, useState } from 'react';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

/** The directory: records not merged into another. */
export function useStakeholders(): Live<Stakeholder[]> {
  const repos = useRepositories();
  return useLive(() => repos.stakeholders.watchAll(), [repos]);
}

const NONE = new Map<string, Stakeholder>();

/**
 * The stakeholders with these ids, merged ones included: what a list of queries needs to name
 * its stakeholders, read by key instead of loading the whole directory. While a new set of ids
 * loads, the previous answer stays, so names do not blink when a filter changes.
 */
export function useStakeholdersById(ids: readonly string[]): ReadonlyMap<string, Stakeholder> {
  const repos = useRepositories();
  const key = useMemo(() => [...new Set(ids)].sort().join('\n'), [ids]);
  const live = useLive(() => repos.stakeholders.watchByIds(key ? key.split('\n') : []), [repos, key]);
  const [kept, setKept] = useState<ReadonlyMap<string, Stakeholder>>(NONE);
  if (live.data && live.data !== kept) setKept(live.data);
  return live.data ?? kept;
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
