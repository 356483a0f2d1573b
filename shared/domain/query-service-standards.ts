/**
 * Service standards applied to a query: which standard holds for its category and priority, the
 * dates it must be acknowledged and resolved by, and how a pause for the stakeholder moves the
 * due date. All counting is in working days (see working-days.ts).
 */
import type { QueryPriority } from '../schemas/vocabulary';
import type { QuerySettings } from '../settings/query-settings';
import { WorkingDayCalendar } from './working-days';

export interface ServiceStandard {
  acknowledgeDays: number;
  resolveDays: number;
  /** The category the standard was found for; null when the fallback applied. */
  category: string | null;
}

/** The standard for a category and priority. Categories are matched without regard to case. */
export function serviceStandardFor(settings: QuerySettings, category: string, priority: QueryPriority): ServiceStandard {
  const wanted = category.trim().toLowerCase();
  const found = settings.categories.find((c) => c.name.trim().toLowerCase() === wanted);
  if (!found) return { ...settings.fallback, category: null };
  return { acknowledgeDays: found.acknowledgeDays[priority], resolveDays: found.resolveDays[priority], category: found.name };
}

/** The calendar of the municipality: national holidays and the ones declared in settings. */
export function workingDayCalendarFor(settings: Pick<QuerySettings, 'extraHolidays'>): WorkingDayCalendar {
  return new WorkingDayCalendar(settings.extraHolidays);
}

export interface ServiceDates {
  acknowledgeBy: string;
  dueDate: string;
}

/** When a query received on `receivedDate` must be acknowledged and resolved. */
export function serviceDates(receivedDate: string, standard: ServiceStandard, calendar: WorkingDayCalendar): ServiceDates {
  return {
    acknowledgeBy: calendar.addWorkingDays(receivedDate, standard.acknowledgeDays),
    dueDate: calendar.addWorkingDays(receivedDate, standard.resolveDays),
  };
}

export interface PauseOutcome {
  /** Working days the clock stood still. */
  pausedDays: number;
  /** The due date moved on by those working days. */
  dueDate: string;
}

/**
 * The clock stops while a query waits for the stakeholder: the working days from the day it was
 * paused to the day it resumed are added to the due date.
 */
export function resumeAfterPause(pausedOn: string, resumedOn: string, dueDate: string, calendar: WorkingDayCalendar): PauseOutcome {
  const pausedDays = calendar.workingDaysBetween(pausedOn, resumedOn);
  return { pausedDays, dueDate: calendar.addWorkingDays(dueDate, pausedDays) };
}
