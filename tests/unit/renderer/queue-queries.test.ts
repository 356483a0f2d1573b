/**
 * The work queues read through indexes: every RxDB query a queue makes is checked against
 * RxDB's own query planner (no timing asserts), and the results against a plain filter over a
 * generated register of several thousand queries.
 */
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQueryDueSoon, isQueryOverdue, OPEN_QUERY_STATUSES } from '../../../shared/domain/queries';
import { NO_FILTERS, QUEUE_KINDS, queueRange, type QueueSpec } from '../../../shared/domain/query-queues';
import { WorkingDayCalendar } from '../../../shared/domain/working-days';
import type { StakeholderQuery } from '../../../shared/schemas';
import { QUEUE_LIMIT, QUEUE_PAGE, queueExtent, queueQueries, queueReadLimit } from '../../../renderer/src/features/queries/queue-queries';
import { generateQueries as generate } from '../support/generated-queries';
import { createTestData, type TestData } from '../support/test-database';

const calendar = new WorkingDayCalendar();
const today = '2026-04-14';
const specs: QueueSpec[] = QUEUE_KINDS.map((kind) => ({ kind, officerId: 'official-3', departmentId: 'dept-2' }));

describe('queue queries use indexes', () => {
  let data: TestData;
  beforeAll(async () => {
    data = await createTestData();
  });
  afterAll(async () => {
    await data.db.remove();
  });

  it.each(specs.map((spec) => [spec.kind, spec] as const))('%s: every query runs on an index from start to end', (_kind, spec) => {
    const range = queueRange(spec, today, calendar);
    const queries = queueQueries(range, { receivedFrom: '2026-01-01', receivedTo: today });
    expect(queries.length).toBeGreaterThan(0);
    for (const mango of queries) {
      const plan = data.db.queries.find(mango).getPreparedQuery().queryPlan;
      // The index narrows to exactly what matches: nothing is read and thrown away…
      expect(plan.selectorSatisfiedByIndex, JSON.stringify(mango.selector)).toBe(true);
      // …and is read in the order shown, so IndexedDB stops at the limit.
      expect(plan.sortSatisfiedByIndex, JSON.stringify(mango.sort)).toBe(true);
      expect(plan.index[0]).toBe('_deleted');
      expect(plan.index.length).toBeGreaterThan(2);
    }
  });

  it('the filters pushed into the index still read one index', () => {
    const range = queueRange({ kind: 'open' }, today, calendar);
    const [mango] = queueQueries(range, { status: 'assigned', departmentId: 'dept-2' });
    const plan = data.db.queries.find(mango).getPreparedQuery().queryPlan;
    expect(plan.index).toEqual(['_deleted', 'departmentId', 'status', 'dueDate', 'id']);
    expect(plan.selectorSatisfiedByIndex).toBe(true);
  });
});

describe('queues over a generated register', () => {
  let data: TestData;
  let register: StakeholderQuery[];
  beforeAll(async () => {
    data = await createTestData();
    register = generate(6_000);
    await data.db.queries.bulkInsert(register);
  });
  afterAll(async () => {
    await data.db.remove();
  });

  const expected: Record<string, (q: StakeholderQuery) => boolean> = {
    mine: (q) => OPEN_QUERY_STATUSES.includes(q.status) && q.officerId === 'official-3',
    department: (q) => OPEN_QUERY_STATUSES.includes(q.status) && q.departmentId === 'dept-2',
    overdue: (q) => isQueryOverdue(q, today),
    due_soon: (q) => isQueryDueSoon(q, today, calendar),
    open: (q) => OPEN_QUERY_STATUSES.includes(q.status),
  };

  it.each(Object.keys(expected))('%s returns exactly the matching queries, soonest due first', async (kind) => {
    const spec = specs.find((s) => s.kind === kind)!;
    const result = await firstValueFrom(data.repos.queryReads.watchQueue(spec, today, calendar, { limit: 100_000 }));
    const want = register
      .filter(expected[kind]!)
      .map((q) => q.id)
      .sort();
    expect(result.queries.map((q) => q.id).sort()).toEqual(want);
    expect(result.total).toBe(want.length);
    expect(result.truncated).toBe(false);
    const dues = result.queries.map((q) => q.dueDate);
    expect(dues).toEqual([...dues].sort());
  });

  it('reads at most the limit and says how many more there are, the rows not waiting for the count', async () => {
    const queue = data.repos.queryReads.watchQueue({ kind: 'open' }, today, calendar, { limit: 50 });
    const first = await firstValueFrom(queue);
    expect(first.queries).toHaveLength(50);
    expect(first.total).toBeNull();
    expect(first.truncated).toBe(true);
    const result = await firstValueFrom(queue.pipe(filter((r) => r.total !== null)));
    const open = register.filter((q) => OPEN_QUERY_STATUSES.includes(q.status));
    expect(result.queries).toHaveLength(50);
    expect(result.total).toBe(open.length);
    expect(result.truncated).toBe(true);
    const soonest = open
      .map((q) => q.dueDate)
      .sort()
      .slice(0, 50);
    expect(result.queries.map((q) => q.dueDate)).toEqual(soonest);
  });

  it('the dashboard reads open queries and counts by index, agreeing with the register', async () => {
    const dashboard = await firstValueFrom(data.repos.queryReads.watchDashboard(today, 'Africa/Johannesburg'));
    expect(dashboard.open).toHaveLength(register.filter((q) => OPEN_QUERY_STATUSES.includes(q.status)).length);
    expect(dashboard.trend).toHaveLength(12);
    // 1 May 2025 00:00 in Johannesburg onwards.
    const inWindow = register.filter((q) => q.receivedAt >= '2025-04-30T22:00:00.000Z');
    expect(dashboard.trend.reduce((sum, m) => sum + m.received, 0)).toBe(inWindow.length);
    const april = register.filter((q) => q.receivedAt >= '2026-03-31T22:00:00.000Z').length;
    expect(dashboard.trend[11]).toMatchObject({ month: '2026-04', received: april });
  });

  it('All queries reads by received date, between two dates', async () => {
    const result = await firstValueFrom(
      data.repos.queryReads.watchQueue({ kind: 'all' }, today, calendar, { receivedFrom: '2026-03-01', receivedTo: '2026-03-31' }),
    );
    const want = register.filter((q) => q.receivedAt >= '2026-02-28T22:00:00.000Z' && q.receivedAt < '2026-03-31T22:00:00.000Z');
    expect(result.queries.map((q) => q.id).sort()).toEqual(want.map((q) => q.id).sort());
  });
});

describe('how much of a queue the page reads', () => {
  it('reads the first page while the person only looks, and everything up to the limit once scrolled', () => {
    expect(queueReadLimit(NO_FILTERS, false)).toBe(QUEUE_PAGE);
    expect(queueReadLimit(NO_FILTERS, true)).toBe(QUEUE_LIMIT);
    // Status and department go into the index: the first page is still the right answer.
    expect(queueReadLimit({ ...NO_FILTERS, status: 'assigned', departmentId: 'dept-2' }, false)).toBe(QUEUE_PAGE);
  });

  it.each(['text', 'category', 'ward', 'priority', 'channel', 'receivedFrom', 'receivedTo'] as const)(
    'reads up to the limit at once when filtering by %s, which works on the rows read',
    (field) => {
      const value = field === 'priority' ? 'high' : field === 'channel' ? 'email' : field.startsWith('received') ? '2026-01-01' : 'x';
      expect(queueReadLimit({ ...NO_FILTERS, [field]: value }, false)).toBe(QUEUE_LIMIT);
      expect(queueReadLimit({ ...NO_FILTERS, [field]: '   ' }, false)).toBe(QUEUE_PAGE);
    },
  );

  it('says in words what part of a long queue is shown', () => {
    const rows = (n: number) => Array.from({ length: n }, () => ({}) as StakeholderQuery);
    expect(queueExtent({ queries: rows(250), total: 12_345, truncated: true })).toBe('the 250 soonest due of 12\u00a0345: scroll down for more');
    expect(queueExtent({ queries: rows(250), total: null, truncated: true })).toBe('the 250 soonest due: scroll down for more');
    expect(queueExtent({ queries: rows(QUEUE_LIMIT), total: 12_345, truncated: true })).toBe(
      'the 2\u00a0000 soonest due of 12\u00a0345 are shown: narrow the filters to see the rest',
    );
  });
});
