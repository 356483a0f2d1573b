/** Live stakeholder queries, their timelines, queues and service standards, for components. */
import { useEffect } from 'react';
import { map } from 'rxjs';
import type { QueueSpec } from '@shared/domain/query-queues';
import { today as todayIn } from '@shared/domain/time';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { QueryEvent, StakeholderQuery } from '@shared/schemas';
import { DEFAULT_QUERY_SETTINGS, type QuerySettings } from '@shared/settings/query-settings';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';
import { useNow } from '../../ui/useNow';
import { whenIdle } from '../../ui/when-idle';
import { sharedCalendar } from './shared-calendar';
import { SweepThrottle } from './sweep-throttle';
import type { DashboardData, QueueCounts } from './query-reads';
import type { QueueResult } from './queue-queries';
import type { QueueReadOptions } from './queue-queries';

export function useAnyQuery(): Live<boolean> {
  const repos = useRepositories();
  return useLive(() => repos.queries.watchAny(), [repos]);
}

export function useQuery(id: string): Live<StakeholderQuery | null> {
  const repos = useRepositories();
  return useLive(() => repos.queries.watchById(id), [repos, id]);
}

export function useQueryTimeline(queryId: string): Live<QueryEvent[]> {
  const repos = useRepositories();
  return useLive(() => repos.queryTimeline.watchForQuery(queryId), [repos, queryId]);
}

export function useStakeholderQueries(stakeholderId: string): Live<StakeholderQuery[]> {
  const repos = useRepositories();
  return useLive(() => repos.queryReads.watchForStakeholder(stakeholderId), [repos, stakeholderId]);
}

/** The municipality's service standards, escalation ladder and declared holidays (defaults until saved). */
export function useQuerySettings(): Live<QuerySettings> {
  const repos = useRepositories();
  return useLive(() => repos.settings.watchArea('queries').pipe(map((value) => value ?? DEFAULT_QUERY_SETTINGS)), [repos]);
}

/** The working-day calendar of the settings' extra holidays, the same object for the same holidays (shared-calendar.ts). */
export function useWorkingDayCalendar(settings: Live<QuerySettings>): WorkingDayCalendar {
  return sharedCalendar(settings.data?.extraHolidays ?? NO_HOLIDAYS);
}

const NO_HOLIDAYS: QuerySettings['extraHolidays'] = [];

/** Today's date in the municipality's zone, kept current past midnight. */
export function useToday(timeZone: string): string {
  const now = useNow(60_000);
  return todayIn(timeZone, now);
}

export function useQueue(spec: QueueSpec, today: string, calendar: WorkingDayCalendar, options: QueueReadOptions): Live<QueueResult> {
  const repos = useRepositories();
  const { kind, officerId, departmentId } = spec;
  const { status, departmentId: filterDepartment, receivedFrom, receivedTo, timeZone, limit } = options;
  return useLive(
    () =>
      repos.queryReads.watchQueue(
        { kind, ...(officerId !== undefined ? { officerId } : {}), ...(departmentId !== undefined ? { departmentId } : {}) },
        today,
        calendar,
        {
          ...(status ? { status } : {}),
          ...(filterDepartment ? { departmentId: filterDepartment } : {}),
          ...(receivedFrom ? { receivedFrom } : {}),
          ...(receivedTo ? { receivedTo } : {}),
          ...(timeZone ? { timeZone } : {}),
          ...(limit ? { limit } : {}),
        },
      ),
    [repos, kind, officerId, departmentId, today, calendar, status, filterDepartment, receivedFrom, receivedTo, timeZone, limit],
  );
}

export function useQueueCounts(today: string, calendar: WorkingDayCalendar): Live<QueueCounts> {
  const repos = useRepositories();
  return useLive(() => repos.queryReads.watchQueueCounts(today, calendar), [repos, today, calendar]);
}

export function useQueryDashboard(today: string, timeZone: string): Live<DashboardData> {
  const repos = useRepositories();
  return useLive(() => repos.queryReads.watchDashboard(today, timeZone), [repos, today, timeZone]);
}

export function useDeviceReferenceCode(): Live<string | null> {
  const repos = useRepositories();
  return useLive(() => repos.queryReferences.watchDeviceCode(), [repos]);
}

/** One throttle per database: the dashboard and the queues share it. */
const sweepThrottles = new WeakMap<object, SweepThrottle>();

/**
 * Escalates overdue queries up the ladder whenever a queue or the dashboard is open: as soon as
 * the page is idle (unless a sweep ran a few minutes ago on the same day, see SweepThrottle), and
 * again every quarter of an hour (a laptop left open overnight escalates in the morning).
 */
export function useEscalationSweep(today: string): void {
  const repos = useRepositories();
  useEffect(() => {
    let stopped = false;
    let throttle = sweepThrottles.get(repos);
    if (!throttle) sweepThrottles.set(repos, (throttle = new SweepThrottle()));
    const sweep = () => {
      if (stopped || !throttle.claim(today, Date.now())) return;
      repos.queryEscalation.escalateOverdue().catch((error: unknown) => console.warn('Escalation of overdue queries failed', error));
    };
    // The first sweep waits until the page has drawn (reading every overdue query competes with
    // the screen's own reads), but no longer than a second.
    const cancelFirst = whenIdle(sweep, 1_000);
    const timer = window.setInterval(sweep, 15 * 60_000);
    return () => {
      stopped = true;
      cancelFirst();
      window.clearInterval(timer);
    };
  }, [repos, today]);
}
