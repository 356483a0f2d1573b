/**
 * Quarters of the municipal financial year (1 July to 30 June, as the MFMA has it), and which
 * resolutions a quarter's progress report covers: every carried resolution adopted by the end
 * of the quarter that was still open when the quarter began, or was adopted during it.
 */
import { instantToDate } from '../domain/time';
import type { Resolution } from '../schemas';
import type { ImplementationStatus } from '../schemas/vocabulary';
import type { FinancialQuarter } from './inputs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FINAL: readonly ImplementationStatus[] = ['implemented', 'revoked'];

/** The quarter a calendar date (`YYYY-MM-DD`) falls in. */
export function quarterOf(date: string): FinancialQuarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const financialYear = month >= 7 ? year : year - 1;
  const quarter = (Math.floor(((month + 5) % 12) / 3) + 1) as FinancialQuarter['quarter'];
  return { financialYear, quarter };
}

/** First and last calendar day of the quarter. */
export function quarterRange(q: FinancialQuarter): { start: string; end: string } {
  const startMonth = ((q.quarter - 1) * 3 + 6) % 12; // 0-based: Q1 starts in July (6)
  const year = q.quarter <= 2 ? q.financialYear : q.financialYear + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(startMonth + 1)}-01`, end: `${year}-${pad(endMonth + 1)}-${pad(lastDay)}` };
}

/** `2026/27` */
export function financialYearLabel(financialYear: number): string {
  return `${financialYear}/${String((financialYear + 1) % 100).padStart(2, '0')}`;
}

/** `Quarter 2 of 2026/27 (1 October to 31 December 2026)` */
export function quarterLabel(q: FinancialQuarter): string {
  const { start, end } = quarterRange(q);
  const day = (date: string, withYear: boolean) =>
    `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}${withYear ? ` ${date.slice(0, 4)}` : ''}`;
  return `Quarter ${q.quarter} of ${financialYearLabel(q.financialYear)} (${day(start, start.slice(0, 4) !== end.slice(0, 4))} to ${day(end, true)})`;
}

/** The quarter `count` quarters after (or, negative, before) `q`. */
export function shiftQuarter(q: FinancialQuarter, count: number): FinancialQuarter {
  const index = q.financialYear * 4 + (q.quarter - 1) + count;
  return { financialYear: Math.floor(index / 4), quarter: ((index % 4) + 1) as FinancialQuarter['quarter'] };
}

/** The day a resolution was implemented or revoked, by its progress notes; unknown without one. */
function completedOn(resolution: Resolution, timeZone: string): string | null {
  const notes = resolution.progress.filter((n) => FINAL.includes(n.status)).map((n) => instantToDate(n.at, timeZone));
  if (notes.length > 0) return notes.sort()[0] ?? null;
  // Marked done with no dated note: count it as done when adopted, so old work does not linger.
  return FINAL.includes(resolution.status) ? resolution.adoptedOn : null;
}

/** The resolutions a quarter's progress report lists, oldest first. */
export function selectQuarterResolutions(resolutions: readonly Resolution[], q: FinancialQuarter, timeZone: string): Resolution[] {
  const { start, end } = quarterRange(q);
  return resolutions
    .filter((r) => r.outcome === 'carried' && r.adoptedOn <= end)
    .filter((r) => {
      if (r.adoptedOn >= start) return true;
      const done = completedOn(r, timeZone);
      return done === null || done >= start;
    })
    .sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || a.number.localeCompare(b.number, 'en', { numeric: true }));
}

/** The implementation status at the end of the quarter, by the progress notes written by then. */
export function statusAtEndOf(resolution: Resolution, q: FinancialQuarter, timeZone: string): ImplementationStatus {
  const { end } = quarterRange(q);
  const notes = [...resolution.progress].filter((n) => instantToDate(n.at, timeZone) <= end).sort((a, b) => a.at.localeCompare(b.at));
  const latest = notes.at(-1);
  if (latest) return latest.status;
  return resolution.progress.length === 0 ? resolution.status : 'not_started';
}

/** Progress notes written during the quarter, oldest first. */
export function progressInQuarter(resolution: Resolution, q: FinancialQuarter, timeZone: string): Resolution['progress'] {
  const { start, end } = quarterRange(q);
  return resolution.progress
    .filter((n) => {
      const day = instantToDate(n.at, timeZone);
      return day >= start && day <= end;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}
