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
  /** The sync server it was measured against (its id then ends in `@<server>`, its label in `[<server>]`). */
  server?: string;
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

/**
 * The figures measured against more than one server, one row per figure and a column per server
 * (median / p95, and the verdict where there is a target); null when no figure names a server.
 */
export function serverColumnsTable(rows: readonly FigureRow[]): string | null {
  const servers: string[] = [];
  const byFigure = new Map<string, { label: string; target: FigureRow['target']; unit: Unit; cells: Map<string, FigureRow> }>();
  for (const row of rows) {
    if (!row.server) continue;
    if (!servers.includes(row.server)) servers.push(row.server);
    const base = row.id.split('@')[0] ?? row.id;
    const suffix = ` [${row.server}]`;
    const label = row.label.endsWith(suffix) ? row.label.slice(0, -suffix.length) : row.label;
    const entry = byFigure.get(base) ?? { label, target: row.target, unit: row.unit, cells: new Map<string, FigureRow>() };
    entry.cells.set(row.server, row);
    byFigure.set(base, entry);
  }
  if (servers.length === 0) return null;
  const lines = [
    `| Figure | ${servers.join(' | ')} | Target |`,
    `|---|${servers.map(() => '---:').join('|')}|---|`,
    ...[...byFigure.values()].map((entry) => {
      const cells = servers.map((server) => {
        const row = entry.cells.get(server);
        if (!row) return '—';
        const value = `${formatValue(row.summary.median, row.unit)} / ${formatValue(row.summary.p95, row.unit)}`;
        return row.target ? `${value} (${row.verdict})` : value;
      });
      return `| ${[entry.label, ...cells, formatTarget(entry.target, entry.unit)].map(cell).join(' | ')} |`;
    }),
  ];
  return lines.join('\n');
}
