import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from '../../../bench/stats';

/** 1, 2, …, n */
function upTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

describe('median', () => {
  it('is the middle sample of an odd count', () => {
    expect(median([7])).toBe(7);
    expect(median([1, 2, 30])).toBe(2);
    expect(median(upTo(101))).toBe(51);
  });

  it('is the mean of the two middle samples of an even count', () => {
    expect(median([1, 2])).toBe(1.5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median(upTo(100))).toBe(50.5);
  });

  it('sorts numerically, not as text, and leaves the input alone', () => {
    const samples = [100, 9, 20, 3, 1000];
    expect(median(samples)).toBe(20);
    expect(median([10, 9, 2, 100])).toBe(9.5);
    expect(samples).toEqual([100, 9, 20, 3, 1000]);
  });
});

describe('percentile (nearest rank)', () => {
  it('gives the 95th percentile of 1..20 as 19 and of 1..100 as 95', () => {
    expect(percentile(upTo(20), 95)).toBe(19);
    expect(percentile(upTo(100), 95)).toBe(95);
  });

  it('is always a sample that was measured (no interpolation)', () => {
    // Linear interpolation would give 18.1 and 2.5 (the median).
    expect(percentile(upTo(19), 95)).toBe(19);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1.5, 2.25, 100], 50)).toBe(2.25);
  });

  it('gives the 100th percentile as the maximum and a tiny one as the minimum', () => {
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([3, 1, 2], 0.001)).toBe(1);
  });

  it('of a single sample is that sample, whatever p', () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([42], 1)).toBe(42);
    expect(percentile([42], 100)).toBe(42);
  });

  it('does not depend on the order of the samples', () => {
    const shuffled = [13, 2, 20, 7, 1, 19, 5, 11, 3, 17, 9, 15, 4, 18, 6, 12, 8, 16, 10, 14];
    expect(percentile(shuffled, 95)).toBe(19);
    expect(percentile(shuffled, 50)).toBe(10);
    expect(percentile([300, 5, 40], 95)).toBe(300);
    expect(shuffled[0]).toBe(13);
  });

  it('refuses p outside (0, 100]', () => {
    for (const p of [0, -5, 100.01, 101, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => percentile([1, 2, 3], p)).toThrow(RangeError);
    }
    expect(() => percentile([1, 2, 3], 0)).toThrow(/\(0, 100\]/);
  });
});

describe('summarise', () => {
  it('reports runs, median, p95, min, max and mean', () => {
    expect(summarise(upTo(20))).toEqual({ runs: 20, median: 10.5, p95: 19, min: 1, max: 20, mean: 10.5 });
  });

  it('sorts unsorted samples first', () => {
    expect(summarise([50, 10, 40, 20, 30])).toEqual({ runs: 5, median: 30, p95: 50, min: 10, max: 50, mean: 30 });
  });

  it('summarises a single sample', () => {
    expect(summarise([12.5])).toEqual({ runs: 1, median: 12.5, p95: 12.5, min: 12.5, max: 12.5, mean: 12.5 });
  });

  it('keeps the mean apart from the median when a run is slow', () => {
    const summary = summarise([10, 10, 10, 10, 60]);
    expect(summary.median).toBe(10);
    expect(summary.mean).toBe(20);
    expect(summary.p95).toBe(60);
  });
});

describe('bad samples', () => {
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => percentile([], 95)).toThrow(RangeError);
    expect(() => summarise([])).toThrow(/No samples/);
  });

  it('refuses samples that are not finite numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => median([1, bad, 3])).toThrow(RangeError);
      expect(() => percentile([1, bad, 3], 95)).toThrow(RangeError);
      expect(() => summarise([1, 2, bad])).toThrow(/finite/);
    }
  });
});
