/**
 * Remembers the main window's size and position between runs in a small JSON file in the user
 * data folder. What is read back is checked, since the file may be hand-edited or corrupt, and
 * the window is placed on a display that is still there: a laptop that was docked to a second
 * monitor last week must not open Quorum off-screen.
 */
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
  fullScreen: boolean;
}

/** Where to open the window: no x/y means "let Electron centre it on the primary display". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the window must lie on a display for it to count as reachable. */
const VISIBLE = { width: 120, height: 60 } as const;
const COORDINATE_LIMIT = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= COORDINATE_LIMIT;
}

function isLength(value: unknown, min: number): value is number {
  return isCoordinate(value) && value >= min;
}

/** The saved state, or null when the text is missing, not JSON, or not a sensible window. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  const { bounds, maximized, fullScreen } = data as Record<string, unknown>;
  if (bounds === null || typeof bounds !== 'object') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isLength(width, 200) || !isLength(height, 150)) return null;
  if (typeof maximized !== 'boolean' || typeof fullScreen !== 'boolean') return null;
  return { bounds: { x, y, width, height }, maximized, fullScreen };
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The display whose work area shows enough of the window, with its title bar on screen. */
function displayShowing(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  return workAreas.find((area) => {
    const shared = overlap(bounds, area);
    const titleBarOnScreen = bounds.y >= area.y && bounds.y <= area.y + area.height - VISIBLE.height;
    return shared.width >= VISIBLE.width && shared.height >= VISIBLE.height && titleBarOnScreen;
  });
}

function fit(size: { width: number; height: number }, area: Rectangle | undefined): { width: number; height: number } {
  if (!area) return { width: size.width, height: size.height };
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  };
}

/**
 * Where the window opens. `workAreas` lists the displays' usable areas, the primary first.
 * A saved position that no display shows any more is dropped and the window is centred.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0];
  if (!saved) return { ...fit(DEFAULT_SIZE, primary), maximized: false, fullScreen: false };
  const display = displayShowing(saved.bounds, workAreas);
  if (!display) return { ...fit(saved.bounds, primary), maximized: saved.maximized, fullScreen: saved.fullScreen };
  return {
    x: saved.bounds.x,
    y: saved.bounds.y,
    ...fit(saved.bounds, display),
    maximized: saved.maximized,
    fullScreen: saved.fullScreen,
  };
}

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>;

export interface Timers<H> {
  setTimeout(callback: () => void, ms: number): H;
  clearTimeout(handle: H): void;
}

/**
 * Saves the window's state a moment after it stops moving or resizing, and at once when it
 * closes. The normal (restored) bounds are saved, so a maximised window un-maximises to
 * where it was.
 */
export function trackWindowState<H>(window: TrackedWindow, save: (state: WindowState) => void, timers: Timers<H>, delayMs = 500): void {
  let pending: H | undefined;
  const cancel = () => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
  };
  const saveNow = () => {
    cancel();
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
  };
  const saveSoon = () => {
    cancel();
    pending = timers.setTimeout(saveNow, delayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('enter-full-screen', saveSoon);
  window.on('leave-full-screen', saveSoon);
  window.on('close', saveNow);
}
