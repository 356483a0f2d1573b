/** Live resolutions for components. */
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useResolutions(): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchAll(), [repos]);
}

export function useMeetingResolutions(meetingId: string): Live<Resolution[]> {
  const repos = useRepositories();
  return useLive(() => repos.resolutions.watchForMeeting(meetingId), [repos, meetingId]);
}
