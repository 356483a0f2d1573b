/**
 * The statistics every figure is reported with: the median (the middle run; the mean of the two
 * middle runs for an even count) and the 95th percentile by the nearest-rank method (the
 * smallest sample at or above 95 % of the runs, so it is always a time that really happened).
 */

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new RangeError('No samples to summarise.');
  if (samples.some((s) => !Number.isFinite(s))) throw new RangeError(`Samples must be finite numbers: ${samples.join(', ')}`);
  return [...samples].sort((a, b) => a - b);
}

export function median(samples: readonly number[]): number {
  const s = sorted(samples);
  const middle = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[middle] as number) : ((s[middle - 1] as number) + (s[middle] as number)) / 2;
}

/** The p-th percentile (0 < p ≤ 100) by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile is in (0, 100]: ${p}`);
  const s = sorted(samples);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.max(0, rank - 1)] as number;
}

export function summarise(samples: readonly number[]): Summary {
  const s = sorted(samples);
  return {
    runs: s.length,
    median: median(s),
    p95: percentile(s, 95),
    min: s[0] as number,
    max: s[s.length - 1] as number,
    mean: s.reduce((sum, x) => sum + x, 0) / s.length,
  };
}
