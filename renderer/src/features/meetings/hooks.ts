/** Live meetings for components. */
import type { Meeting } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useMeetings(): Live<Meeting[]> {
  const repos = useRepositories();
  return useLive(() => repos.meetings.watchAll(), [repos]);
}

export function useUpcomingMeetings(from: string, limit = 5): Live<Meeting[]> {
  const repos = useRepositories();
  return useLive(() => repos.meetings.watchUpcoming(from, limit), [repos, from, limit]);
}

export function useMeeting(id: string): Live<Meeting | null> {
  const repos = useRepositories();
  return useLive(() => repos.meetings.watchById(id), [repos, id]);
}
