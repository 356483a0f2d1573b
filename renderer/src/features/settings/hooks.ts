/** Live settings for components: the municipality, its departments and time zone. */
import { map } from 'rxjs';
import { DEFAULT_TIME_ZONE } from '@shared/domain/time';
import type { Department, MunicipalitySettings } from '@shared/settings/areas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useMunicipality(): Live<MunicipalitySettings | null> {
  const repos = useRepositories();
  return useLive(() => repos.settings.watchArea('municipality'), [repos]);
}

export function useDepartments(): Live<Department[]> {
  const repos = useRepositories();
  return useLive(() => repos.settings.watchArea('departments').pipe(map((v) => v?.items ?? [])), [repos]);
}

export function useTimeZone(): string {
  const municipality = useMunicipality();
  return municipality.data?.timeZone ?? DEFAULT_TIME_ZONE;
}
