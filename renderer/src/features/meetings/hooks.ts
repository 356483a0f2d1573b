/** Live meetings for components. */
import { quarterOf } from '@shared/domain/meetings';
import { zonedToInstant } from '@shared/domain/time';
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

/** Meetings of the quarter of `today` (for the Structures Act's quarterly Council meeting). */
export function useQuarterMeetings(today: string, timeZone: string): Live<Meeting[]> {
  const repos = useRepositories();
  const { from, to } = quarterOf(today);
  return useLive(
    () => repos.meetings.watchBetween(zonedToInstant(from, '00:00', timeZone), zonedToInstant(to, '23:59', timeZone)),
    [repos, from, to, timeZone],
  );
}

export function useMeeting(id: string): Live<Meeting | null> {
  const repos = useRepositories();
  return useLive(() => repos.meetings.watchById(id), [repos, id]);
}

export function useBodyMeetings(bodyId: string): Live<Meeting[]> {
  const repos = useRepositories();
  return useLive(() => repos.meetings.watchForBody(bodyId), [repos, bodyId]);
}
