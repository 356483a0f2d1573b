import { describe, expect, it } from 'vitest';
import {
  agingBuckets,
  median,
  medianDaysToResolve,
  monthBounds,
  monthlyTrend,
  monthLabel,
  openByDepartment,
  overdueCount,
  trendMonths,
  turnaroundWindowStart,
} from '../../../shared/domain/dashboard-queries';
import { aQuery } from './query-fixtures';

const today = '2026-04-30';

describe('dashboard figures', () => {
  it('counts open and overdue queries per department, leaving finished ones out', () => {
    const queries = [
      aQuery({ departmentId: 'dept-tech', dueDate: '2026-04-29' }),
      aQuery({ departmentId: 'dept-tech', dueDate: '2026-05-29' }),
      aQuery({ departmentId: 'dept-fin', dueDate: '2026-04-01', status: 'awaiting_stakeholder', pausedSince: '2026-04-01T08:00:00.000Z' }),
      aQuery({ departmentId: '', status: 'new', dueDate: '2026-05-10' }),
      aQuery({ departmentId: 'dept-fin', status: 'closed', outcome: 'Done', dueDate: '2026-04-01' }),
    ];
    expect(openByDepartment(queries, today)).toEqual([
      { departmentId: 'dept-tech', open: 2, overdue: 1 },
      { departmentId: '', open: 1, overdue: 0 },
      { departmentId: 'dept-fin', open: 1, overdue: 0 },
    ]);
    expect(overdueCount(queries, today)).toBe(1);
  });

  it('ages open queries in buckets 0–7, 8–14, 15–30 and over 30 days', () => {
    const received = (date: string) => aQuery({ receivedAt: `${date}T08:00:00.000Z` });
    const buckets = agingBuckets(
      [
        received('2026-04-30'),
        received('2026-04-23'),
        received('2026-04-22'),
        received('2026-04-16'),
        received('2026-03-31'),
        received('2026-03-30'),
        aQuery({ status: 'closed', outcome: 'x' }),
      ],
      today,
    );
    expect(buckets.map((b) => [b.label, b.count])).toEqual([
      ['0–7 days', 2],
      ['8–14 days', 2],
      ['15–30 days', 1],
      ['Over 30 days', 1],
    ]);
  });

  it('takes the median working days to resolve per department over the last 90 days, from resolution events', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const resolved = (departmentId: string, on: string, workingDays: number) => ({ departmentId, at: `${on}T12:00:00.000Z`, workingDays });
    const result = medianDaysToResolve(
      [
        resolved('dept-tech', '2026-04-20', 10),
        resolved('dept-tech', '2026-04-22', 2),
        resolved('dept-tech', '2026-04-17', 4),
        resolved('dept-fin', '2026-04-14', 1),
        resolved('dept-fin', '2026-01-15', 30), // before the 90-day window
        resolved('dept-fin', '2026-01-31', 3), // the first day of the window
        { at: '2026-04-14T12:00:00.000Z', departmentId: 'dept-fin' }, // no working days recorded: left out
      ],
      today,
    );
    expect(result).toEqual([
      { departmentId: 'dept-tech', medianWorkingDays: 4, resolved: 3 },
      { departmentId: 'dept-fin', medianWorkingDays: 2, resolved: 2 },
    ]);
    expect(turnaroundWindowStart(today)).toBe('2026-01-31');
  });

  it('builds the 12-month trend from counts per month, with month bounds in Johannesburg time', () => {
    const months = trendMonths(today);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-05');
    expect(months[11]).toBe('2026-04');
    expect(trendMonths('2026-01-15')[0]).toBe('2025-02');
    expect(monthBounds('2026-04')).toEqual({ from: '2026-03-31T22:00:00.000Z', to: '2026-04-30T22:00:00.000Z' });
    expect(monthBounds('2025-12')).toEqual({ from: '2025-11-30T22:00:00.000Z', to: '2025-12-31T22:00:00.000Z' });
    const trend = monthlyTrend(months, [1, 2], [0, 3]);
    expect(trend[0]).toEqual({ month: '2025-05', received: 1, resolved: 0 });
    expect(trend[1]).toEqual({ month: '2025-06', received: 2, resolved: 3 });
    expect(trend[11]).toEqual({ month: '2026-04', received: 0, resolved: 0 });
    expect(monthLabel('2026-04')).toBe('Apr 2026');
  });
});
