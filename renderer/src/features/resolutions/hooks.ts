/** Live resolutions for components. */
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useResolutions(): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchAll(), [repos]);
}

/** Resolutions still being implemented (see ResolutionRepository.watchUnfinished). */
export function useUnfinishedResolutions(): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchUnfinished(), [repos]);
}

export function useAnyResolution(): Live<boolean> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchAny(), [repos]);
}

export function useMeetingResolutions(meetingId: string): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchForMeeting(meetingId), [repos, meetingId]);
}
