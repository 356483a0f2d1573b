import { describe, expect, it } from 'vitest';
import { SWEEP_AGAIN_AFTER_MS, SweepThrottle } from '../../../renderer/src/features/queries/sweep-throttle';

describe('the escalation sweep between pages', () => {
  const t0 = Date.parse('2026-12-02T08:00:00Z');

  it('runs the first time, not again on the same day within a few minutes, and again after them', () => {
    const throttle = new SweepThrottle();
    expect(throttle.claim('2026-12-02', t0)).toBe(true);
    expect(throttle.claim('2026-12-02', t0 + 1_000)).toBe(false);
    expect(throttle.claim('2026-12-02', t0 + SWEEP_AGAIN_AFTER_MS - 1)).toBe(false);
    expect(throttle.claim('2026-12-02', t0 + SWEEP_AGAIN_AFTER_MS)).toBe(true);
    // The quarter-hourly sweep always runs.
    expect(throttle.claim('2026-12-02', t0 + SWEEP_AGAIN_AFTER_MS + 15 * 60_000)).toBe(true);
  });

  it('runs at once on a new day (queries become overdue, or a level more overdue, by the date)', () => {
    const throttle = new SweepThrottle();
    expect(throttle.claim('2026-12-02', t0)).toBe(true);
    expect(throttle.claim('2026-12-03', t0 + 1_000)).toBe(true);
  });

  it('runs when the clock went back (a corrected laptop clock)', () => {
    const throttle = new SweepThrottle();
    expect(throttle.claim('2026-12-02', t0)).toBe(true);
    expect(throttle.claim('2026-12-02', t0 - 60_000)).toBe(true);
  });
});
