/**
 * Progressive drawing of long lists (renderer/src/ui/useProgressiveCount.ts): a long list draws its
 * first rows, then every row; a short one every row at once. (That the second render happens in
 * the app is checked end to end by tests/e2e/long-agenda.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, LEAST_FIRST_ROWS, progressiveCount, rowsToFill } from '../../../renderer/src/ui/useProgressiveCount';

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

  it('draws at first the rows that fill the window below the list’s top, and one more', () => {
    // An agenda at 1366×768: rows of at least 60 px from 250 px down, so 9 fill the window (7 are seen).
    expect(rowsToFill(768, { rowPx: 60, topPx: 250 })).toBe(10);
    // A taller window needs more; a window zoomed to 200 % (384 CSS px) fewer, but never under the least.
    expect(rowsToFill(1080, { rowPx: 60, topPx: 250 })).toBe(15);
    expect(rowsToFill(384, { rowPx: 60, topPx: 250 })).toBe(LEAST_FIRST_ROWS);
    // A very tall window draws at most FIRST_ROWS at first.
    expect(rowsToFill(4000, { rowPx: 36, topPx: 300 })).toBe(FIRST_ROWS);
    // The attendance register at 768 px: rows of at least 36 px from 300 px down.
    expect(rowsToFill(768, { rowPx: 36, topPx: 300 })).toBe(14);
  });
});
