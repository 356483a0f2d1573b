/**
 * The keys of a row of tabs (renderer/src/ui/tab-keys.ts, used by ui/TabStrip.tsx): the arrows
 * move along the row and wrap round, Home and End go to its ends, other keys do nothing.
 */
import { describe, expect, it } from 'vitest';
import { tabFocusTarget } from '../../../renderer/src/ui/tab-keys';

describe('where a key moves the focus in a row of four tabs', () => {
  it('the arrows move to the next and the previous tab, wrapping round at the ends', () => {
    expect(tabFocusTarget('ArrowRight', 0, 4)).toBe(1);
    expect(tabFocusTarget('ArrowRight', 3, 4)).toBe(0);
    expect(tabFocusTarget('ArrowLeft', 2, 4)).toBe(1);
    expect(tabFocusTarget('ArrowLeft', 0, 4)).toBe(3);
  });

  it('Home and End go to the first and the last tab', () => {
    expect(tabFocusTarget('Home', 2, 4)).toBe(0);
    expect(tabFocusTarget('End', 1, 4)).toBe(3);
  });

  it('other keys, an empty row, or a focus on no tab move nothing', () => {
    expect(tabFocusTarget('Enter', 1, 4)).toBeNull();
    expect(tabFocusTarget('ArrowDown', 1, 4)).toBeNull();
    expect(tabFocusTarget('ArrowRight', -1, 4)).toBeNull();
    expect(tabFocusTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
