/**
 * Progressive drawing of a long list (issue 20, "speed you can feel"): how many of `total` rows to
 * draw now. A list longer than `first` draws its first `first` rows (enough to fill the window:
 * `firstRowsFor`) in the render the person waits for; once that frame is
 * painted, the rest are drawn in a transition (a render React may interrupt). Every row is drawn
 * in the end, so find-in-page, screen readers, keyboard movement and drag and drop see the whole
 * list; a list of `first` rows or fewer is drawn at once, with no second render. A key that moves
 * the focus to a row not drawn yet (End in a long register's first frames) calls `drawAll` first.
 *
 * Not `useDeferredValue(total, first)`: React may run the deferred render before the browser paints
 * the first rows (seen in the bench on a busy machine: all 150 rows in the first frame shown), and
 * a list whose rows arrive after it mounts would get no first chunk at all.
 */
import { useState } from 'react';
import { useAfterFirstPaint } from './after-paint';

/** The most rows drawn at once, whatever the window: more than a tall window shows of any list on the meeting page. */
export const FIRST_ROWS = 24;
/** The fewest rows drawn at once. */
export const LEAST_FIRST_ROWS = 6;

/** Where a list's rows are: the least height of one row, and the least distance from the window's top to the list's first row. */
export interface RowGeometry {
  rowPx: number;
  topPx: number;
}

/**
 * The rows that fill a window `height` CSS pixels tall (a zoomed window has fewer) below `topPx`,
 * rows being at least `rowPx` tall, and one more: the first render need draw no more than the
 * window can show (7 agenda items at 1366×768, below the meeting's header and tabs).
 */
export function rowsToFill(height: number, { rowPx, topPx }: RowGeometry): number {
  const fill = Math.ceil(Math.max(0, height - topPx) / rowPx) + 1;
  return Math.min(FIRST_ROWS, Math.max(LEAST_FIRST_ROWS, fill));
}

/** rowsToFill for this window (a 768 px window where there is none, as in Node). */
export function firstRowsFor(geometry: RowGeometry): number {
  return rowsToFill(typeof window === 'undefined' ? 768 : window.innerHeight, geometry);
}

/** The rows to draw of `total`: every one once `all`, otherwise at most `first`. */
export function progressiveCount(total: number, all: boolean, first: number = FIRST_ROWS): number {
  return all ? total : Math.min(total, first);
}

export interface ProgressiveRows {
  /** How many rows to draw now. */
  shown: number;
  /**
   * Draws every row at once, before returning: for a key that moves the focus to a row not drawn
   * yet (End in the first frames of a long register), so the focus lands where it was sent.
   */
  drawAll: () => void;
}

export function useProgressiveCount(total: number, firstWanted: number = FIRST_ROWS): ProgressiveRows {
  // The first count is the one at mount: a window made smaller later (restored, zoomed) must not
  // take away rows of a list already drawn whole.
  const [first] = useState(firstWanted);
  // Once every row has been drawn it stays so: later changes to the list draw it whole, as before.
  const long = total > first;
  const { painted: all, drawNow } = useAfterFirstPaint(long);
  return { shown: progressiveCount(total, all, first), drawAll: drawNow };
}
