/**
 * The torture run's summary line, summed over seeds (and over the jobs of a run split across
 * processes: scripts/torture.mjs --jobs, which sums the results each job wrote with
 * `tests/torture/combine.ts`). No other imports, so the summing runs without the app's modules.
 */
import type { RunStats } from './engine';

/** What a seed's result needs for the summary (a TortureResult, or one read back from JSON). */
export interface SummaryResult {
  seed: number;
  rounds: number;
  stats: RunStats;
  failure: unknown;
  ms: number;
}

export function summaryLine(results: readonly SummaryResult[], server: string): string {
  const sum = (pick: (r: SummaryResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const faults = sum(
    (r) => r.stats.faults.kill + r.stats.faults.drop + r.stats.faults.restore + r.stats.faults.backup + r.stats.faults.offline + r.stats.faults.clock,
  );
  return (
    `torture [${server}] seeds ${results.map((r) => r.seed).join(',')}: ${sum((r) => r.rounds)} rounds, ${sum((r) => r.stats.ops)} operations ` +
    `(${sum((r) => r.stats.writes)} saved, ${sum((r) => r.stats.refused)} skipped or refused by the app), ${faults} faults ` +
    `(${sum((r) => r.stats.faults.kill)} server kills, ${sum((r) => r.stats.faults.drop)} lids closed mid-write, ${sum((r) => r.stats.faults.restore)} restores, ` +
    `${sum((r) => r.stats.faults.backup)} backups, ${sum((r) => r.stats.faults.offline)} offline, ${sum((r) => r.stats.faults.clock)} clock jumps), ` +
    `${sum((r) => r.stats.checks)} checks, ${sum((r) => r.stats.invariantsChecked)} invariant checks, ` +
    `${results.filter((r) => r.failure).length} failures, ${Math.round(sum((r) => r.ms) / 1000)} s`
  );
}
