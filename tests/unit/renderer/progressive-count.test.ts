/**
 * Progressive drawing of long lists (renderer/src/ui/useProgressiveCount.ts): a long list draws its
 * first rows, then every row; a short one every row at once. (That the second render happens in
 * the app is checked end to end by tests/e2e/long-agenda.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, progressiveCount } from '../../../renderer/src/ui/useProgressiveCount';

describe('how many rows of a list are drawn', () => {
  it('a long list: its first rows at first, every row once the first screen is painted', () => {
    expect(progressiveCount(150, false)).toBe(FIRST_ROWS);
    expect(progressiveCount(150, true)).toBe(150);
  });

  it('a short list: every row at once', () => {
    expect(progressiveCount(16, false)).toBe(16);
    expect(progressiveCount(0, false)).toBe(0);
  });

  it('enough rows at first to fill a 1366×768 window with agenda items (at least 48 px each)', () => {
    expect(FIRST_ROWS * 48).toBeGreaterThanOrEqual(768);
  });
});
