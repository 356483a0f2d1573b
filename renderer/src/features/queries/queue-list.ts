/**
 * What the work queue page lists and how it says so: the queue named in the URL, the rows read
 * arranged as the list shows them, and the queue and its filters in words for the Word report.
 */
import type { StakeholderQuery } from '@shared/schemas';
import {
  applyQueryFilters,
  QUEUE_KINDS,
  QUEUE_LABELS,
  sortQueries,
  type QueryFilters,
  type QueryLookups,
  type QuerySort,
  type QueueKind,
} from '@shared/domain/query-queues';
import type { AppliedFilter } from '@shared/documents/inputs';
import { QUERY_CHANNEL_LABELS, QUERY_PRIORITY_LABELS, QUERY_STATUS_LABELS } from '@shared/schemas/vocabulary';

export function isQueueKind(value: string | null): value is QueueKind {
  return (QUEUE_KINDS as readonly string[]).includes(value ?? '');
}

/** 'All queries' reads three months back unless a "Received from" date is chosen. */
export const ALL_QUERIES_MONTHS_BACK = 92;

/** The rows read, filtered and sorted as the list shows them (and as the exports list them). */
export function arrange(
  rows: readonly StakeholderQuery[],
  shownWith: { filters: QueryFilters; text: string },
  sort: QuerySort,
  lookups: QueryLookups,
): StakeholderQuery[] {
  return sortQueries(applyQueryFilters(rows, { ...shownWith.filters, text: shownWith.text }, lookups), sort, lookups);
}

/** The queue listed: which one, whose department, its filters and search, and where 'All queries' starts. */
export interface ListedQueue {
  queue: QueueKind;
  departmentId: string;
  filters: QueryFilters;
  text: string;
  defaultFrom: string;
}

/** The queue and every filter in words, so a reader of the Word report knows what it lists. */
export function appliedFilters(
  { queue, departmentId, filters, text, defaultFrom }: ListedQueue,
  names: { department: (id: string) => string; officer: () => string },
): AppliedFilter[] {
  const list: AppliedFilter[] = [{ label: 'Queue', value: QUEUE_LABELS[queue] }];
  if (queue === 'department') list.push({ label: 'Department', value: names.department(departmentId) });
  if (queue === 'mine') list.push({ label: 'Responsible officer', value: names.officer() });
  if (filters.status) list.push({ label: 'Status', value: QUERY_STATUS_LABELS[filters.status] });
  if (filters.departmentId && queue !== 'department') list.push({ label: 'Department', value: names.department(filters.departmentId) });
  if (filters.category) list.push({ label: 'Category', value: filters.category });
  if (filters.ward.trim()) list.push({ label: 'Ward', value: filters.ward.trim() });
  if (filters.priority) list.push({ label: 'Priority', value: QUERY_PRIORITY_LABELS[filters.priority] });
  if (filters.channel) list.push({ label: 'Channel', value: QUERY_CHANNEL_LABELS[filters.channel] });
  if (filters.receivedFrom || queue === 'all') list.push({ label: 'Received from', value: filters.receivedFrom || defaultFrom });
  if (filters.receivedTo) list.push({ label: 'Received to', value: filters.receivedTo });
  if (text.trim()) list.push({ label: 'Search', value: text.trim() });
  return list;
}
