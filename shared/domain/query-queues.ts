/**
 * The operations unit's work queues (My queries, a department's queries, Overdue, Due in the
 * next 2 working days, Open, All) and the filters, text search and sorting applied on top.
 *
 * A queue is defined as statuses plus a due-date range so the repository can read it through an
 * index, one status at a time; the filters are pure functions over what the queue returned.
 */
import type { StakeholderQuery } from '../schemas';
import { QUERY_PRIORITIES, QUERY_STATUSES, type QueryChannel, type QueryPriority, type QueryStatus } from '../schemas/vocabulary';
import { dueSoonUntil, OPEN_QUERY_STATUSES, receivedDate, RUNNING_QUERY_STATUSES } from './queries';
import { DEFAULT_TIME_ZONE } from './time';
import type { WorkingDayCalendar } from './working-days';

export const QUEUE_KINDS = ['mine', 'department', 'overdue', 'due_soon', 'open', 'all'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
export const QUEUE_LABELS: Record<QueueKind, string> = {
  mine: 'My queries',
  department: 'By department',
  overdue: 'Overdue',
  due_soon: 'Due in the next 2 working days',
  open: 'All open',
  all: 'All queries',
};

export interface QueueSpec {
  kind: QueueKind;
  /** For 'mine': the official (member id) this laptop's person is; '' when they have not said. */
  officerId?: string;
  /** For 'department'. */
  departmentId?: string;
}

/** What a queue reads: these statuses, with the due date in [dueFrom, dueTo] (either end open). */
export interface QueueRange {
  statuses: readonly QueryStatus[];
  dueFrom?: string;
  dueTo?: string;
  /** Due strictly before this date (overdue). */
  dueBefore?: string;
  officerId?: string;
  departmentId?: string;
  /** 'all' is read by received date instead, and needs a range so it never loads everything. */
  byReceived?: boolean;
}

export function queueRange(spec: QueueSpec, today: string, calendar: WorkingDayCalendar): QueueRange {
  switch (spec.kind) {
    case 'mine':
      // Nobody chosen: no query is theirs (the unassigned ones, whose officerId is '', are not).
      return { statuses: spec.officerId ? OPEN_QUERY_STATUSES : [], officerId: spec.officerId ?? '' };
    case 'department':
      return { statuses: OPEN_QUERY_STATUSES, departmentId: spec.departmentId ?? '' };
    case 'overdue':
      return { statuses: RUNNING_QUERY_STATUSES, dueBefore: today };
    case 'due_soon':
      return { statuses: RUNNING_QUERY_STATUSES, dueFrom: today, dueTo: dueSoonUntil(today, calendar) };
    case 'open':
      return { statuses: OPEN_QUERY_STATUSES };
    case 'all':
      return { statuses: QUERY_STATUSES, byReceived: true };
  }
}

export interface QueryFilters {
  status: QueryStatus | '';
  departmentId: string;
  category: string;
  ward: string;
  priority: QueryPriority | '';
  channel: QueryChannel | '';
  /** Received on or after / on or before (`YYYY-MM-DD`, '' for open-ended). */
  receivedFrom: string;
  receivedTo: string;
  text: string;
}

export const NO_FILTERS: QueryFilters = {
  status: '',
  departmentId: '',
  category: '',
  ward: '',
  priority: '',
  channel: '',
  receivedFrom: '',
  receivedTo: '',
  text: '',
};

export interface QueryLookups {
  stakeholderName(id: string): string;
  departmentName(id: string): string;
  timeZone?: string;
}

/** Lower case, accents removed, so "Zoë" is found by "zoe". */
export function searchable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word typed must appear in the reference, subject, description, stakeholder or officer. */
export function matchesText(query: StakeholderQuery, text: string, lookups: QueryLookups): boolean {
  const words = searchable(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchable(
    [query.reference, query.subject, query.description ?? '', lookups.stakeholderName(query.stakeholderId), query.officer, query.category].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

export function applyQueryFilters(queries: readonly StakeholderQuery[], filters: QueryFilters, lookups: QueryLookups): StakeholderQuery[] {
  const timeZone = lookups.timeZone ?? DEFAULT_TIME_ZONE;
  const ward = filters.ward.trim();
  return queries.filter((q) => {
    if (filters.status && q.status !== filters.status) return false;
    if (filters.departmentId && q.departmentId !== filters.departmentId) return false;
    if (filters.category && q.category !== filters.category) return false;
    if (ward && (q.ward ?? '').trim() !== ward) return false;
    if (filters.priority && q.priority !== filters.priority) return false;
    if (filters.channel && q.channel !== filters.channel) return false;
    if (filters.receivedFrom || filters.receivedTo) {
      const date = receivedDate(q, timeZone);
      if (filters.receivedFrom && date < filters.receivedFrom) return false;
      if (filters.receivedTo && date > filters.receivedTo) return false;
    }
    return matchesText(q, filters.text, lookups);
  });
}

export const QUERY_SORT_KEYS = ['dueDate', 'receivedAt', 'reference', 'priority', 'status', 'subject', 'stakeholder', 'department'] as const;
export type QuerySortKey = (typeof QUERY_SORT_KEYS)[number];
export const QUERY_SORT_LABELS: Record<QuerySortKey, string> = {
  dueDate: 'Due date',
  receivedAt: 'Received',
  reference: 'Reference',
  priority: 'Priority',
  status: 'Status',
  subject: 'Subject',
  stakeholder: 'Stakeholder',
  department: 'Department',
};

export interface QuerySort {
  key: QuerySortKey;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('en-ZA', { sensitivity: 'base', numeric: true });

/** A stable sort; ties fall back to the due date, then the reference, so the order never jumps. */
export function sortQueries(queries: readonly StakeholderQuery[], sort: QuerySort, lookups: QueryLookups): StakeholderQuery[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const value = (q: StakeholderQuery): string | number => {
    switch (sort.key) {
      case 'priority':
        return QUERY_PRIORITIES.indexOf(q.priority);
      case 'status':
        return QUERY_STATUSES.indexOf(q.status);
      case 'stakeholder':
        return lookups.stakeholderName(q.stakeholderId);
      case 'department':
        return q.departmentId ? lookups.departmentName(q.departmentId) : '';
      default:
        return q[sort.key];
    }
  };
  const compare = (a: string | number, b: string | number): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...queries].sort((a, b) => sign * compare(value(a), value(b)) || compare(a.dueDate, b.dueDate) || compare(a.reference, b.reference));
}
