/**
 * Reading queries for the queues and the dashboard, through the collection's indexes so that
 * 100,000 queries stay quick: a work queue (soonest due first, at most `limit`, with the total),
 * the dashboard's counts and trend, and a stakeholder's queries. Nothing here writes; the
 * actions on a query are QueryRepository's (queries.repository.ts).
 */
import type { MangoQuery, RxCollection } from 'rxdb';
import { combineLatest, map, of, shareReplay, startWith, switchMap, type Observable } from 'rxjs';
import { OPEN_QUERY_STATUSES } from '@shared/domain/queries';
import { queueRange, type QueueRange, type QueueSpec } from '@shared/domain/query-queues';
import { monthBounds, monthlyTrend, trendMonths, turnaroundWindowStart, type MonthTrend } from '@shared/domain/dashboard-queries';
import { zonedToInstant } from '@shared/domain/time';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { QueryEvent, StakeholderQuery } from '@shared/schemas';
import type { QuorumDatabase } from '../../db/create-database';
import { recordOf } from '../../db/record-of';
import type { QueryTimelineRepository } from './query-timeline.repository';
import { QUEUE_LIMIT, queueQueries, type QueueReadOptions, type QueueResult } from './queue-queries';

/** The dashboard's query figures. */
export interface QueueCounts {
  open: number;
  overdue: number;
  dueSoon: number;
}

export interface DashboardData {
  open: StakeholderQuery[];
  trend: MonthTrend[];
  /** Resolution events of the last 90 days, with department and working days taken. */
  resolutions: QueryEvent[];
}

const UNLINKED_OFFICER: MangoQuery<StakeholderQuery> = { selector: { officerId: '', officer: { $gt: '' } } };

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class QueryReads {
  constructor(
    private readonly db: QuorumDatabase,
    private readonly timeline: QueryTimelineRepository,
  ) {}

  private get collection(): RxCollection<StakeholderQuery> {
    return this.db.queries;
  }

  private watchMany(query: MangoQuery<StakeholderQuery>): Observable<StakeholderQuery[]> {
    return this.collection.find(query).$.pipe(map((docs) => docs.map((doc) => recordOf(doc))));
  }

  /** Every query in a queue's range, read once (not watched): for work that must see all of them. */
  async listQueue(range: QueueRange): Promise<StakeholderQuery[]> {
    const lists = await Promise.all(queueQueries(range, { limit: Number.MAX_SAFE_INTEGER }).map((q) => this.collection.find(q).exec()));
    return lists.flat().map((doc) => recordOf(doc));
  }

  /**
   * A work queue, read through its indexes (see queue-queries.ts): the queries soonest due first,
   * at most `limit`, with the total that match.
   */
  watchQueue(spec: QueueSpec, today: string, calendar: WorkingDayCalendar, options: QueueReadOptions = {}): Observable<QueueResult> {
    const range = queueRange(spec, today, calendar);
    const limit = options.limit ?? QUEUE_LIMIT;
    const mango = queueQueries(range, { ...options, limit });
    if (mango.length === 0) return of({ queries: [], total: 0, truncated: false });
    const lists = mango.map((q) => this.collection.find(q).$);
    if (range.byReceived) {
      return combineLatest(lists).pipe(
        map((parts) => {
          const queries = parts.flat().map((doc) => recordOf(doc));
          return { queries, total: queries.length, truncated: false };
        }),
      );
    }
    // Counting walks the whole index range (IndexedDB counts key by key), so the rows never wait
    // for it, and it is not done at all when every status was read to its end.
    const count = this.countOf(mango).pipe(shareReplay({ bufferSize: 1, refCount: true }));
    return combineLatest(lists).pipe(
      switchMap((parts) => {
        // Merged and cut on the stored records, so only the rows shown are copied out of RxDB.
        const merged = parts.flat().sort((a, b) => compareCodes(a._data.dueDate, b._data.dueDate) || compareCodes(a._data.reference, b._data.reference));
        const queries = merged.slice(0, limit).map((doc) => recordOf(doc));
        if (parts.every((part) => part.length < limit)) return of({ queries, total: merged.length, truncated: merged.length > limit });
        return count.pipe(
          startWith(null),
          map((total) => ({ queries, total, truncated: total === null ? merged.length > limit : total > queries.length })),
        );
      }),
    );
  }

  /**
   * How many queries each queue holds, counted through the [status, dueDate] index without
   * reading a record: the dashboard's figures.
   */
  watchQueueCounts(today: string, calendar: WorkingDayCalendar): Observable<QueueCounts> {
    const count = (kind: 'open' | 'overdue' | 'due_soon') => this.countOf(queueQueries(queueRange({ kind }, today, calendar)));
    return combineLatest([count('open'), count('overdue'), count('due_soon')]).pipe(map(([open, overdue, dueSoon]) => ({ open, overdue, dueSoon })));
  }

  /** The queries matching any of a queue's selectors (one per status, so they never overlap), counted live. */
  private countOf(mango: readonly MangoQuery<StakeholderQuery>[]): Observable<number> {
    return combineLatest(mango.map(({ selector }) => this.collection.count({ selector: selector ?? {} }).$)).pipe(
      map((counts) => counts.reduce((sum, n) => sum + n, 0)),
    );
  }

  /**
   * Queries whose responsible officer is a name typed before officials were people, linked to
   * no official (read through the [officerId, status, dueDate] index): live, and once.
   */
  watchWithUnlinkedOfficer(): Observable<StakeholderQuery[]> {
    return this.watchMany(UNLINKED_OFFICER);
  }

  async listWithUnlinkedOfficer(): Promise<StakeholderQuery[]> {
    return (await this.collection.find(UNLINKED_OFFICER).exec()).map((doc) => recordOf(doc));
  }

  /** How many queries name the department ("is this department in use?"). */
  async countByDepartment(departmentId: string): Promise<number> {
    return (await this.collection.find({ selector: { departmentId } }).exec()).length;
  }

  /** A stakeholder's queries, oldest first, read once (a merge, an erasure, a POPIA export). */
  async listForStakeholder(stakeholderId: string): Promise<StakeholderQuery[]> {
    const docs = await this.collection.find({ selector: { stakeholderId }, sort: [{ stakeholderId: 'asc' }, { receivedAt: 'asc' }] }).exec();
    return docs.map((doc) => recordOf(doc));
  }

  /** A stakeholder's queries, newest first. */
  watchForStakeholder(stakeholderId: string): Observable<StakeholderQuery[]> {
    return this.watchMany({ selector: { stakeholderId }, sort: [{ stakeholderId: 'asc' }, { receivedAt: 'desc' }] });
  }

  /**
   * What the dashboard shows, read so that 100,000 queries do not slow it: the open queries
   * (one index per status), the queries received and the resolutions of each of the last 12
   * months (counted through indexes), and the resolutions of the last 90 days from the timeline.
   */
  watchDashboard(today: string, timeZone: string): Observable<DashboardData> {
    const open = combineLatest(OPEN_QUERY_STATUSES.map((status) => this.watchMany({ selector: { status: { $eq: status } }, sort: [{ dueDate: 'asc' }] })));
    const months = trendMonths(today);
    const bounds = months.map((month) => monthBounds(month, timeZone));
    const received = combineLatest(bounds.map(({ from, to }) => this.collection.count({ selector: { receivedAt: { $gte: from, $lt: to } } }).$));
    const resolved = combineLatest(bounds.map(({ from, to }) => this.timeline.watchCountOfKind('resolved', from, to)));
    const resolutions = this.timeline.watchKindSince('resolved', zonedToInstant(turnaroundWindowStart(today), '00:00', timeZone));
    return combineLatest([open, received, resolved, resolutions]).pipe(
      map(([openLists, receivedCounts, resolvedCounts, recent]) => ({
        open: openLists.flat(),
        trend: monthlyTrend(months, receivedCounts, resolvedCounts),
        resolutions: recent,
      })),
    );
  }
}
