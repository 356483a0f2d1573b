/** Live settings for components: the municipality, its departments and time zone. */
import { map } from 'rxjs';
import { DEFAULT_TIME_ZONE } from '@shared/domain/time';
import { SETTINGS_DEFAULTS, type Department, type MunicipalitySettings, type SettingsArea, type SettingsAreas } from '@shared/settings/areas';
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

/** A settings area as stored (its defaults when never saved), live, with its loading state. */
export function useSettingsAreaLive<A extends SettingsArea>(area: A): Live<SettingsAreas[A]> {
  const repos = useRepositories();
  return useLive(() => repos.settings.watchArea(area).pipe(map((value) => value ?? SETTINGS_DEFAULTS[area])), [repos, area]);
}

/** A settings area as stored, or its defaults while loading or when never saved. */
export function useSettingsArea<A extends SettingsArea>(area: A): SettingsAreas[A] {
  return useSettingsAreaLive(area).data ?? SETTINGS_DEFAULTS[area];
}
