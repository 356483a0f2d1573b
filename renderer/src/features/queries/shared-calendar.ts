/**
 * One working-day calendar object per set of extra holidays, shared by every page: a read that
 * takes the calendar (a queue's due-soon range) starts again when it gets a new object, so equal
 * holidays must give the same one, whether the settings are still loading (none yet) or read
 * (none added), on the dashboard and on the queues alike.
 */
import { workingDayCalendarFor } from '@shared/domain/query-service-standards';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { QuerySettings } from '@shared/settings/query-settings';

const calendars = new Map<string, WorkingDayCalendar>();
/** Distinct holiday sets kept (a municipality has one at a time; settings edited add a few). */
const KEPT = 8;

export function sharedCalendar(extraHolidays: QuerySettings['extraHolidays']): WorkingDayCalendar {
  // Each holiday as text, in code-unit order: the same set in any order gives one key.
  const key = extraHolidays
    .map(({ date, name }) => JSON.stringify([date, name]))
    .sort()
    .join('\n');
  // Least recently used first: a Map keeps the order its keys were set in, so a set asked for
  // again moves to the end, and the one that goes when the cache is full is the longest unused.
  const calendar = calendars.get(key) ?? workingDayCalendarFor({ extraHolidays });
  calendars.delete(key);
  if (calendars.size >= KEPT) calendars.delete(calendars.keys().next().value ?? '');
  calendars.set(key, calendar);
  return calendar;
}
