/**
 * The query list as a spreadsheet: one row per query, in the order and with the filters on screen.
 * A file other programs read, so one format per column, ISO 8601: instants with the municipality's
 * offset (`2026-11-14T09:15+02:00`), calendar dates as `2026-11-18`.
 */
import type { StakeholderQuery } from '../schemas';
import { QUERY_CHANNEL_LABELS, QUERY_PRIORITY_LABELS, QUERY_STATUS_LABELS } from '../schemas/vocabulary';
import { toCsv } from './csv';
import { isQueryOverdue } from './queries';
import type { QueryLookups } from './query-queues';
import { DEFAULT_TIME_ZONE, formatIsoDateTime, instantToDate } from './time';

export const QUERY_CSV_HEADER = [
  'Reference',
  'Received',
  'Stakeholder',
  'Channel',
  'Subject',
  'Description',
  'Category',
  'Ward',
  'Priority',
  'Status',
  'Department',
  'Responsible officer',
  'Acknowledge by',
  'Due date',
  'Overdue',
  'Resolved on',
  'Closed on',
  'Outcome',
] as const;

export function queryCsv(queries: readonly StakeholderQuery[], lookups: QueryLookups, today: string): string {
  const timeZone = lookups.timeZone ?? DEFAULT_TIME_ZONE;
  const rows = queries.map((q) => [
    q.reference,
    formatIsoDateTime(q.receivedAt, timeZone),
    lookups.stakeholderName(q.stakeholderId),
    QUERY_CHANNEL_LABELS[q.channel],
    q.subject,
    q.description ?? '',
    q.category,
    q.ward ?? '',
    QUERY_PRIORITY_LABELS[q.priority],
    QUERY_STATUS_LABELS[q.status],
    q.departmentId ? lookups.departmentName(q.departmentId) : 'Unassigned',
    q.officer,
    q.acknowledgeBy ?? '',
    q.dueDate,
    isQueryOverdue(q, today) ? 'Yes' : 'No',
    q.resolvedAt ? instantToDate(q.resolvedAt, timeZone) : '',
    q.closedAt ? instantToDate(q.closedAt, timeZone) : '',
    q.outcome ?? '',
  ]);
  return toCsv(QUERY_CSV_HEADER, rows);
}
