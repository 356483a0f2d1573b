/**
 * The figures the Municipal Manager's dashboard shows about queries: open and overdue by
 * department, how long open queries have waited, how quickly departments resolve them, and the
 * month-by-month trend. Pure functions over the records, so the charts and their tables agree.
 *
 * At 100,000 queries the dashboard must not read them all: it reads the open queries, counts
 * received queries and resolutions per month through indexes, and takes turnaround from the
 * timeline's resolution events.
 */
import type { StakeholderQuery } from '../schemas';
import { isQueryOpen, isQueryOverdue, receivedDate } from './queries';
import { addCalendarDays, DEFAULT_TIME_ZONE, instantToDate, zonedToInstant } from './time';
import { calendarDaysBetween } from './working-days';

export interface DepartmentLoad {
  /** '' for queries not yet assigned. */
  departmentId: string;
  open: number;
  overdue: number;
}

/** Open and overdue queries per department, the busiest first. */
export function openByDepartment(queries: readonly StakeholderQuery[], today: string): DepartmentLoad[] {
  const loads = new Map<string, DepartmentLoad>();
  for (const q of queries) {
    if (!isQueryOpen(q)) continue;
    const load = loads.get(q.departmentId) ?? { departmentId: q.departmentId, open: 0, overdue: 0 };
    load.open += 1;
    if (isQueryOverdue(q, today)) load.overdue += 1;
    loads.set(q.departmentId, load);
  }
  return [...loads.values()].sort((a, b) => b.open - a.open || a.departmentId.localeCompare(b.departmentId));
}

export function overdueCount(queries: readonly StakeholderQuery[], today: string): number {
  return queries.filter((q) => isQueryOverdue(q, today)).length;
}

export interface AgingBucket {
  label: string;
  /** Calendar days since the query was received, inclusive; null for no upper end. */
  from: number;
  to: number | null;
  count: number;
}

export const AGING_BUCKETS: readonly Omit<AgingBucket, 'count'>[] = [
  { label: '0–7 days', from: 0, to: 7 },
  { label: '8–14 days', from: 8, to: 14 },
  { label: '15–30 days', from: 15, to: 30 },
  { label: 'Over 30 days', from: 31, to: null },
];

/** How long the open queries have been waiting since they were received, in calendar days. */
export function agingBuckets(queries: readonly StakeholderQuery[], today: string, timeZone = DEFAULT_TIME_ZONE): AgingBucket[] {
  const buckets = AGING_BUCKETS.map((b) => ({ ...b, count: 0 }));
  for (const q of queries) {
    if (!isQueryOpen(q)) continue;
    const age = Math.max(0, calendarDaysBetween(receivedDate(q, timeZone), today));
    const bucket = buckets.find((b) => age >= b.from && (b.to === null || age <= b.to));
    if (bucket) bucket.count += 1;
  }
  return buckets;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return value ?? null;
}

export interface DepartmentTurnaround {
  departmentId: string;
  /** Median working days from receipt to resolution. */
  medianWorkingDays: number;
  resolved: number;
}

/** A resolution as the timeline records it: when, by which department, after how many working days. */
export interface ResolutionFact {
  at: string;
  departmentId?: string | undefined;
  workingDays?: number | undefined;
}

/**
 * Median working days to resolve, per department, over the resolutions of the last `windowDays`
 * calendar days (today included). Read from the timeline's resolution events, which carry the
 * working days taken, so no query needs to be read.
 */
export function medianDaysToResolve(
  resolutions: readonly ResolutionFact[],
  today: string,
  timeZone = DEFAULT_TIME_ZONE,
  windowDays = 90,
): DepartmentTurnaround[] {
  const since = addCalendarDays(today, -(windowDays - 1));
  const days = new Map<string, number[]>();
  for (const r of resolutions) {
    if (r.workingDays === undefined) continue;
    const resolvedOn = instantToDate(r.at, timeZone);
    if (resolvedOn < since || resolvedOn > today) continue;
    const department = r.departmentId ?? '';
    const list = days.get(department) ?? [];
    list.push(r.workingDays);
    days.set(department, list);
  }
  return [...days.entries()]
    .map(([departmentId, values]) => ({ departmentId, medianWorkingDays: median(values) ?? 0, resolved: values.length }))
    .sort((a, b) => b.medianWorkingDays - a.medianWorkingDays || a.departmentId.localeCompare(b.departmentId));
}

/** The first calendar day of the turnaround window. */
export function turnaroundWindowStart(today: string, windowDays = 90): string {
  return addCalendarDays(today, -(windowDays - 1));
}

export interface MonthTrend {
  /** `2026-04` */
  month: string;
  received: number;
  resolved: number;
}

/** The last `months` months, oldest first, ending with today's month: `2026-04`. */
export function trendMonths(today: string, months = 12): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: months }, (_, i) => {
    const index = year * 12 + (month - 1) - (months - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The instants a month starts and ends in the municipality's zone, for counting by index. */
export function monthBounds(month: string, timeZone = DEFAULT_TIME_ZONE): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  const next = index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
  return { from: zonedToInstant(`${month}-01`, '00:00', timeZone), to: zonedToInstant(`${next}-01`, '00:00', timeZone) };
}

/** The 12-month trend from counts per month (received queries, resolutions). */
export function monthlyTrend(months: readonly string[], received: readonly number[], resolved: readonly number[]): MonthTrend[] {
  return months.map((month, i) => ({ month, received: received[i] ?? 0, resolved: resolved[i] ?? 0 }));
}

/** `2026-04` → `Apr 2026` */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat('en-ZA', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}
