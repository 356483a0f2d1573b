/** Live resolutions for components. */
import { NEVER } from 'rxjs';
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';
import type { ImplementationFigures } from './resolutions.repository';

export function useResolutions(): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchAll(), [repos]);
}

/**
 * The dashboard's resolution figures (see ResolutionRepository.watchImplementationFigures), read
 * once `start` is true: the dashboard starts them after its first figures stand, as reading every
 * unfinished resolution would otherwise hold those back.
 */
export function useImplementationFigures(today: string, start: boolean): Live<ImplementationFigures> {
  const repos = useRepositories();
  return useLive(() => (start ? repos.resolutions.watchImplementationFigures(today) : NEVER), [repos, today, start]);
}

export function useAnyResolution(): Live<boolean> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchAny(), [repos]);
}

export function useMeetingResolutions(meetingId: string): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchForMeeting(meetingId), [repos, meetingId]);
}
