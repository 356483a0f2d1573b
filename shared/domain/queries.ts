/** Rules about stakeholder queries. */
import type { StakeholderQuery } from '../schemas';
import type { QueryStatus } from '../schemas/vocabulary';

/** Statuses in which the municipality still owes the stakeholder something. */
export const OPEN_QUERY_STATUSES: readonly QueryStatus[] = [
  'new',
  'acknowledged',
  'assigned',
  'in_progress',
  'awaiting_stakeholder',
  'reopened',
];

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
