import { describe, expect, it } from 'vitest';
import { formatTarget, formatValue, judge, markdownTable, serverColumnsTable, type Figure } from '../../../bench/report';

function figure(overrides: Partial<Figure> = {}): Figure {
  return { id: 'pull', label: 'Initial pull', unit: 'ms', samples: [10, 20, 30, 40, 50], ...overrides };
}

describe('judge', () => {
  it('summarises the samples and keeps the figure', () => {
    const row = judge(figure({ note: '10,000 records' }));
    expect(row.summary).toEqual({ runs: 5, median: 30, p95: 50, min: 10, max: 50, mean: 30 });
    expect(row).toMatchObject({ id: 'pull', label: 'Initial pull', unit: 'ms', note: '10,000 records' });
  });

  it('meets a target equal to the statistic, and MISSES one just below it', () => {
    expect(judge(figure({ target: { statistic: 'median', max: 30 } })).verdict).toBe('meets');
    expect(judge(figure({ target: { statistic: 'median', max: 29.99 } })).verdict).toBe('MISSES');
    expect(judge(figure({ target: { statistic: 'p95', max: 50 } })).verdict).toBe('meets');
    expect(judge(figure({ target: { statistic: 'p95', max: 49 } })).verdict).toBe('MISSES');
  });

  it("says 'no target' when the figure has none", () => {
    expect(judge(figure()).verdict).toBe('no target');
  });

  it("judges the target's own statistic: median and p95 can disagree", () => {
    // Median 10, p95 100: a slow run spoils the p95, not the median.
    const samples = [10, 10, 10, 10, 10, 10, 10, 10, 10, 100];
    expect(judge(figure({ samples, target: { statistic: 'median', max: 50 } })).verdict).toBe('meets');
    expect(judge(figure({ samples, target: { statistic: 'p95', max: 50 } })).verdict).toBe('MISSES');
    // Median 55, p95 60: now only the median target is missed.
    const steady = [50, 55, 60, 50, 60];
    expect(judge(figure({ samples: steady, target: { statistic: 'median', max: 52 } })).verdict).toBe('MISSES');
    expect(judge(figure({ samples: steady, target: { statistic: 'p95', max: 60 } })).verdict).toBe('meets');
  });

  it('refuses a figure without samples', () => {
    expect(() => judge(figure({ samples: [] }))).toThrow(RangeError);
  });
});

describe('formatValue', () => {
  it('gives milliseconds whole with thousands separators from 10 up, one decimal below', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(1234.5, 'ms')).toBe('1,235 ms');
    expect(formatValue(10, 'ms')).toBe('10 ms');
    expect(formatValue(9.94, 'ms')).toBe('9.9 ms');
    expect(formatValue(0.25, 'ms')).toBe('0.3 ms');
    expect(formatValue(1_250_000, 'ms')).toBe('1,250,000 ms');
  });

  it('gives seconds and ratios with two decimals', () => {
    expect(formatValue(3.14159, 's')).toBe('3.14 s');
    expect(formatValue(12, 's')).toBe('12.00 s');
    expect(formatValue(1.5, '×')).toBe('1.50×');
  });

  it('gives sizes with one decimal and their unit', () => {
    expect(formatValue(512.345, 'kB')).toBe('512.3 kB');
    expect(formatValue(2, 'MB')).toBe('2.0 MB');
  });

  it('formats a target with its statistic, or a dash without one', () => {
    expect(formatTarget({ statistic: 'p95', max: 50 }, 'ms')).toBe('p95 ≤ 50 ms');
    expect(formatTarget({ statistic: 'median', max: 2 }, 's')).toBe('median ≤ 2.00 s');
    expect(formatTarget(undefined, 'ms')).toBe('—');
  });
});

describe('markdownTable', () => {
  const rows = [
    judge(figure({ target: { statistic: 'p95', max: 60 } })),
    judge(figure({ id: 'docx', label: 'Minutes | 150 items', unit: 's', samples: [2.5, 3.5, 3], target: { statistic: 'median', max: 2 } })),
    judge(figure({ id: 'bundle', label: 'Bundle size', unit: 'kB', samples: [812.26] })),
  ];
  const lines = markdownTable(rows).split('\n');

  it('has a header, a separator and one row per figure', () => {
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[0]).toBe('| Figure | Median | p95 | Target | Verdict |');
    expect(lines[1]).toBe('|---|---:|---:|---|---|');
  });

  it("puts each figure's label with its run count, statistics, target and verdict in its row", () => {
    expect(lines[2]).toBe('| Initial pull (n=5) | 30 ms | 50 ms | p95 ≤ 60 ms | meets |');
    expect(lines[3]).toBe('| Minutes \\| 150 items (n=3) | 3.00 s | 3.50 s | median ≤ 2.00 s | MISSES |');
    expect(lines[4]).toBe('| Bundle size (n=1) | 812.3 kB | 812.3 kB | — | no target |');
  });

  it('escapes | in labels so a row keeps five cells', () => {
    for (const line of lines) {
      const cells = line.replaceAll('\\|', '').split('|').slice(1, -1);
      expect(cells).toHaveLength(5);
    }
  });

  it('keeps a label with a line break on one row', () => {
    const table = markdownTable([judge(figure({ label: 'Two\nlines' }))]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| Two lines (n=5) |');
  });

  it('is only the header for no figures', () => {
    expect(markdownTable([]).split('\n')).toHaveLength(2);
  });
});

describe('serverColumnsTable', () => {
  it('puts each figure measured against several servers on one row, a column per server', () => {
    const rows = [
      judge(figure({ id: 'cold', label: 'Cold start' })),
      judge(figure({ id: 'pull@pouchdb', label: 'Initial pull [pouchdb-server]', server: 'pouchdb-server', target: { statistic: 'median', max: 35 } })),
      judge(
        figure({
          id: 'pull@couchdb',
          label: 'Initial pull [Apache CouchDB 3.5]',
          server: 'Apache CouchDB 3.5',
          samples: [100, 200],
          target: { statistic: 'median', max: 35 },
        }),
      ),
      judge(figure({ id: 'push@pouchdb', label: 'Push [pouchdb-server]', server: 'pouchdb-server' })),
    ];
    expect(serverColumnsTable(rows)?.split('\n')).toEqual([
      '| Figure | pouchdb-server | Apache CouchDB 3.5 | Target |',
      '|---|---:|---:|---|',
      '| Initial pull | 30 ms / 50 ms (meets) | 150 ms / 200 ms (MISSES) | median ≤ 35 ms |',
      '| Push | 30 ms / 50 ms | — | — |',
    ]);
  });

  it('is null when no figure names a server', () => {
    expect(serverColumnsTable([judge(figure())])).toBeNull();
  });
});
