/** Rules about stakeholder queries: open, overdue and due soon, and the checks a schema cannot express. */
import type { StakeholderQuery } from '../schemas';
import type { QueryStatus } from '../schemas/vocabulary';
import type { FieldErrors } from '../validation/record-validator';
import { DEFAULT_TIME_ZONE, instantToDate } from './time';
import type { WorkingDayCalendar } from './working-days';

/** Statuses in which the municipality still owes the stakeholder something. */
export const OPEN_QUERY_STATUSES: readonly QueryStatus[] = ['new', 'acknowledged', 'assigned', 'in_progress', 'awaiting_stakeholder', 'reopened'];

/** Open statuses in which the service-standard clock runs (it stops while the stakeholder is awaited). */
export const RUNNING_QUERY_STATUSES: readonly QueryStatus[] = OPEN_QUERY_STATUSES.filter((s) => s !== 'awaiting_stakeholder');

export function isQueryOpen(query: Pick<StakeholderQuery, 'status'>): boolean {
  return OPEN_QUERY_STATUSES.includes(query.status);
}

/**
 * Overdue: still open and past its due date. A query waiting for the stakeholder is not
 * overdue: its clock is paused.
 */
export function isQueryOverdue(query: Pick<StakeholderQuery, 'status' | 'dueDate'>, today: string): boolean {
  return isQueryOpen(query) && query.status !== 'awaiting_stakeholder' && query.dueDate < today;
}

/** The last date that counts as "due soon": `workingDays` working days from today. */
export function dueSoonUntil(today: string, calendar: WorkingDayCalendar, workingDays = 2): string {
  return calendar.addWorkingDays(today, workingDays);
}

/** Due today or within the next working days, and not yet overdue. */
export function isQueryDueSoon(query: Pick<StakeholderQuery, 'status' | 'dueDate'>, today: string, calendar: WorkingDayCalendar, workingDays = 2): boolean {
  return RUNNING_QUERY_STATUSES.includes(query.status) && query.dueDate >= today && query.dueDate <= dueSoonUntil(today, calendar, workingDays);
}

/** The calendar date on which the query was received, in the municipality's zone. */
export function receivedDate(query: Pick<StakeholderQuery, 'receivedAt'>, timeZone = DEFAULT_TIME_ZONE): string {
  return instantToDate(query.receivedAt, timeZone);
}

/** Checks that hold for every stored query, whatever wrote it. */
export function checkQuery(query: StakeholderQuery): FieldErrors {
  const errors: FieldErrors = {};
  const received = receivedDate(query);
  if (query.dueDate < received) errors.dueDate = 'The due date cannot be before the date the query was received.';
  if (query.acknowledgeBy && query.acknowledgeBy < received) {
    errors.acknowledgeBy = 'The acknowledgement date cannot be before the date the query was received.';
  }
  const needsDepartment: QueryStatus[] = ['assigned', 'in_progress', 'awaiting_stakeholder'];
  if (needsDepartment.includes(query.status) && !query.departmentId) {
    errors.departmentId = 'Choose the department responsible for the query.';
  }
  if ((query.status === 'resolved' || query.status === 'closed') && !query.outcome?.trim()) {
    errors.outcome = 'Record the outcome: what was done or told to the stakeholder.';
  }
  if (query.status === 'awaiting_stakeholder' && !query.pausedSince) {
    errors.pausedSince = 'A query waiting for the stakeholder needs the date the clock stopped.';
  }
  return errors;
}

export function describeQuery(query: Pick<StakeholderQuery, 'reference'>): string {
  return `query ${query.reference}`;
}
