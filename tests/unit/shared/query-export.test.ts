/** The query list as CSV for other programs: one format per column, ISO 8601. */
import { describe, expect, it } from 'vitest';
import { QUERY_CSV_HEADER, queryCsv } from '../../../shared/domain/query-export';
import { formatIsoDateTime } from '../../../shared/domain/time';
import { aQuery } from './query-fixtures';

const lookups = { stakeholderName: () => 'Mrs Dorah Mashele', departmentName: () => 'Technical Services', timeZone: 'Africa/Johannesburg' };

function column(csv: string, name: (typeof QUERY_CSV_HEADER)[number]): string[] {
  const index = QUERY_CSV_HEADER.indexOf(name);
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .slice(1)
    .map((line) => (line.slice(1, -1).split('","')[index] ?? '').replace(/""/g, '"'));
}

describe('ISO 8601 instants with the zone offset', () => {
  it('gives the wall-clock time in the zone and its offset, to the minute', () => {
    expect(formatIsoDateTime('2026-11-14T07:15:42.123Z')).toBe('2026-11-14T09:15+02:00');
    expect(formatIsoDateTime('2026-11-13T22:30:00.000Z')).toBe('2026-11-14T00:30+02:00');
    expect(formatIsoDateTime('2026-11-14T07:15:00.000Z', 'UTC')).toBe('2026-11-14T07:15+00:00');
    expect(formatIsoDateTime('2026-01-15T12:00:00.000Z', 'America/New_York')).toBe('2026-01-15T07:00-05:00');
    expect(formatIsoDateTime('2026-11-14T07:15:00.000Z', 'Asia/Kolkata')).toBe('2026-11-14T12:45+05:30');
  });
});

describe('query CSV', () => {
  const queries = [
    aQuery({ receivedAt: '2026-11-14T07:15:00.000Z', acknowledgeBy: '2026-11-16', dueDate: '2026-11-18' }),
    aQuery({
      receivedAt: '2026-11-02T06:05:00.000Z',
      dueDate: '2026-11-20',
      status: 'closed',
      resolvedAt: '2026-11-10T13:00:00.000Z',
      closedAt: '2026-11-11T22:30:00.000Z',
      outcome: 'Pipe repaired',
    }),
  ];
  const csv = queryCsv(queries, lookups, '2026-11-23');

  it('writes instants as ISO 8601 with the municipality’s offset', () => {
    expect(column(csv, 'Received')).toEqual(['2026-11-14T09:15+02:00', '2026-11-02T08:05+02:00']);
  });

  it('writes every calendar date as YYYY-MM-DD, in the municipality’s zone', () => {
    expect(column(csv, 'Acknowledge by')).toEqual(['2026-11-16', '']);
    expect(column(csv, 'Due date')).toEqual(['2026-11-18', '2026-11-20']);
    expect(column(csv, 'Resolved on')).toEqual(['', '2026-11-10']);
    // 22:30 UTC is 00:30 the next day in Johannesburg.
    expect(column(csv, 'Closed on')).toEqual(['', '2026-11-12']);
  });

  it('keeps one format per column: no date in a human form anywhere', () => {
    const dated = ['Received', 'Acknowledge by', 'Due date', 'Resolved on', 'Closed on'] as const;
    for (const name of dated) {
      for (const cell of column(csv, name)) {
        if (cell) expect(cell, name).toMatch(name === 'Received' ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(csv).not.toMatch(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
  });
});
