/**
 * Turns a work queue (shared/domain/query-queues.ts) into RxDB queries that each run on one
 * index from start to end, so a queue stays quick with 100,000 queries on the laptop:
 *
 * - one query per status, on [status, dueDate], [departmentId, status, dueDate] or
 *   [officerId, status, dueDate], with the due-date range as the index range (a single `$in` over
 *   the statuses would scan every closed query whose status sorts between two open ones);
 * - 'All queries' reads [receivedAt] between two dates.
 *
 * Each query is sorted the way its index is ordered, so IndexedDB stops reading at the limit.
 * tests/unit/renderer/queue-queries.test.ts checks every plan with RxDB's query planner.
 */
import type { MangoQuery, MangoQuerySelector } from 'rxdb';
import type { QueryFilters, QueueRange } from '@shared/domain/query-queues';
import { addCalendarDays, DEFAULT_TIME_ZONE, zonedToInstant } from '@shared/domain/time';
import type { StakeholderQuery } from '@shared/schemas';
import type { QueryStatus } from '@shared/schemas/vocabulary';

/** The most rows a queue reads at once; the page says when there are more. */
export const QUEUE_LIMIT = 2_000;

/**
 * A queue is read a page at a time: its first QUEUE_PAGE rows (the soonest due) show at once, and
 * the rest, up to QUEUE_LIMIT, is read when the person scrolls towards the end of the page, or
 * filters or searches within the rows read (see queueReadLimit).
 */
export const QUEUE_PAGE = 250;

/**
 * How many rows the queue page reads. The filters that are not in the index (category, ward,
 * priority, channel, dates, search) work on the rows read, so with any of them the page reads
 * up to QUEUE_LIMIT at once: a search over the first page alone would miss what is further down.
 */
export function queueReadLimit(filters: QueryFilters, scrolledPastFirstPage: boolean): number {
  const onRowsRead = [filters.text, filters.category, filters.ward, filters.priority, filters.channel, filters.receivedFrom, filters.receivedTo].some(
    (value) => value.trim() !== '',
  );
  return onRowsRead || scrolledPastFirstPage ? QUEUE_LIMIT : QUEUE_PAGE;
}

export interface QueueReadOptions {
  /** Pushed into the index: only this status is read. */
  status?: QueryStatus | '';
  /** Pushed into the index when the queue is not already one officer's. */
  departmentId?: string;
  /** For 'All queries': received on or after / on or before, in the municipality's zone. */
  receivedFrom?: string;
  receivedTo?: string;
  timeZone?: string;
  limit?: number;
}

function dueSelector(range: QueueRange): MangoQuerySelector<StakeholderQuery>['dueDate'] | undefined {
  const due: Record<string, string> = {};
  if (range.dueBefore) due.$lt = range.dueBefore;
  if (range.dueFrom) due.$gte = range.dueFrom;
  if (range.dueTo) due.$lte = range.dueTo;
  return Object.keys(due).length > 0 ? due : undefined;
}

/** The selectors (without limit) that together make up the queue. */
export function queueSelectors(range: QueueRange, options: QueueReadOptions = {}): MangoQuerySelector<StakeholderQuery>[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const statuses = options.status ? range.statuses.filter((s) => s === options.status) : range.statuses;
  if (range.byReceived) {
    const received: Record<string, string> = {};
    if (options.receivedFrom) received.$gte = zonedToInstant(options.receivedFrom, '00:00', timeZone);
    if (options.receivedTo) received.$lt = zonedToInstant(addCalendarDays(options.receivedTo, 1), '00:00', timeZone);
    const selector: MangoQuerySelector<StakeholderQuery> = Object.keys(received).length > 0 ? { receivedAt: received } : { receivedAt: { $gt: '' } };
    if (options.status) selector.status = { $eq: options.status };
    return statuses.length > 0 ? [selector] : [];
  }
  const due = dueSelector(range);
  const departmentId = range.departmentId ?? (range.officerId === undefined && options.departmentId ? options.departmentId : undefined);
  return statuses.map((status) => {
    const selector: MangoQuerySelector<StakeholderQuery> = { status: { $eq: status } };
    if (range.officerId !== undefined) selector.officerId = { $eq: range.officerId };
    else if (departmentId !== undefined) selector.departmentId = { $eq: departmentId };
    if (due) selector.dueDate = due;
    return selector;
  });
}

/** The queue's queries, each sorted in its index's order and limited. */
export function queueQueries(range: QueueRange, options: QueueReadOptions = {}): MangoQuery<StakeholderQuery>[] {
  const limit = options.limit ?? QUEUE_LIMIT;
  return queueSelectors(range, options).map((selector) =>
    range.byReceived ? { selector, sort: [{ receivedAt: 'asc' }] } : { selector, sort: [{ dueDate: 'asc' }], limit },
  );
}

/** What part of a long queue is shown, in words. */
export interface QueueResult {
  queries: StakeholderQuery[];
  /** Matching queries in the database, which may be more than were read; null while being counted. */
  total: number | null;
  truncated: boolean;
}

export function queueExtent(result: QueueResult): string {
  const shown = result.queries.length.toLocaleString('en-ZA');
  const of = result.total === null ? '' : ` of ${result.total.toLocaleString('en-ZA')}`;
  if (result.queries.length < QUEUE_LIMIT) return `the ${shown} soonest due${of}: scroll down for more`;
  return `the ${shown} soonest due${of} are shown: narrow the filters to see the rest`;
}
