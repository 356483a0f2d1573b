/**
 * Turns measured samples into the benchmark's report: each figure's median and p95, its target
 * and whether it meets it, as a Markdown table for the terminal and as plain data for the JSON
 * file. A target names the statistic it is judged on, so "p95 ≤ 50 ms" means what it says.
 */
import { summarise, type Summary } from './stats';

export type Unit = 'ms' | 's' | '×' | 'kB' | 'MB';

export interface Target {
  statistic: 'median' | 'p95';
  /** At most this, in the figure's unit. */
  max: number;
}

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  samples: number[];
  target?: Target;
  /** What was measured, when the label alone does not say it. */
  note?: string;
}

export type Verdict = 'meets' | 'MISSES' | 'no target';

export interface FigureRow extends Figure {
  summary: Summary;
  verdict: Verdict;
}

export function judge(figure: Figure): FigureRow {
  const summary = summarise(figure.samples);
  const verdict: Verdict = figure.target ? (summary[figure.target.statistic] <= figure.target.max ? 'meets' : 'MISSES') : 'no target';
  return { ...figure, summary, verdict };
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return `${value >= 10 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)} ms`;
    case 's':
      return `${value.toFixed(2)} s`;
    case '×':
      return `${value.toFixed(2)}×`;
    case 'kB':
    case 'MB':
      return `${value.toFixed(1)} ${unit}`;
  }
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '—';
  return `${target.statistic} ≤ ${formatValue(target.max, unit)}`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The report as a Markdown table: figure, median, p95, target, verdict. */
export function markdownTable(rows: readonly FigureRow[]): string {
  const lines = [
    '| Figure | Median | p95 | Target | Verdict |',
    '|---|---:|---:|---|---|',
    ...rows
      .map((row) =>
        [
          `${row.label} (n=${row.summary.runs})`,
          formatValue(row.summary.median, row.unit),
          formatValue(row.summary.p95, row.unit),
          formatTarget(row.target, row.unit),
          row.verdict,
        ]
          .map(cell)
          .join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  return lines.join('\n');
}
