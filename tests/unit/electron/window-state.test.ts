import { describe, expect, it, vi } from 'vitest';
import { parseWindowState, placeWindow, serializeWindowState, trackWindowState, type WindowState } from '../../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorOnTheRight = { x: 1920, y: 0, width: 2560, height: 1400 };

const saved = (bounds: WindowState['bounds'], maximized = false): WindowState => ({ bounds, maximized, fullScreen: false });

describe('reading the saved window state', () => {
  it('reads back what was saved', () => {
    const state = saved({ x: 100, y: 80, width: 1200, height: 800 }, true);
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it.each([
    ['nothing', null],
    ['an empty file', ''],
    ['a truncated file', '{"bounds":{"x":10,'],
    ['a list', '[1,2,3]'],
    ['text for numbers', '{"bounds":{"x":"10","y":0,"width":900,"height":700},"maximized":false,"fullScreen":false}'],
    ['a window too small to use', '{"bounds":{"x":0,"y":0,"width":20,"height":10},"maximized":false,"fullScreen":false}'],
    ['absurd coordinates', '{"bounds":{"x":1e12,"y":0,"width":900,"height":700},"maximized":false,"fullScreen":false}'],
    ['fractions', '{"bounds":{"x":0.5,"y":0,"width":900,"height":700},"maximized":false,"fullScreen":false}'],
    ['a missing flag', '{"bounds":{"x":0,"y":0,"width":900,"height":700},"maximized":false}'],
  ])('ignores %s', (_what, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('placing the window', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1280, height: 800, maximized: false, fullScreen: false });
  });

  it('opens where it was on a display that is still there', () => {
    const onMonitor = saved({ x: 2100, y: 100, width: 1600, height: 1000 }, true);
    expect(placeWindow(onMonitor, [laptop, monitorOnTheRight])).toEqual({
      x: 2100,
      y: 100,
      width: 1600,
      height: 1000,
      maximized: true,
      fullScreen: false,
    });
  });

  it('comes back to the primary display when the monitor it was on is unplugged', () => {
    const onMonitor = saved({ x: 2100, y: 100, width: 1600, height: 1000 });
    const placement = placeWindow(onMonitor, [laptop]);
    expect(placement).not.toHaveProperty('x');
    expect(placement).not.toHaveProperty('y');
    expect(placement).toMatchObject({ width: 1600, height: 1000 });
  });

  it('does not count a window whose title bar is above the screen as visible', () => {
    const titleBarHidden = saved({ x: 100, y: -400, width: 1200, height: 900 });
    expect(placeWindow(titleBarHidden, [laptop])).not.toHaveProperty('y');
  });

  it('shrinks a window larger than the display it opens on, but not below the minimum', () => {
    const huge = saved({ x: 0, y: 0, width: 4000, height: 3000 });
    expect(placeWindow(huge, [laptop])).toMatchObject({ width: 1920, height: 1040 });
    const tiny = saved({ x: 10, y: 10, width: 400, height: 300 });
    expect(placeWindow(tiny, [laptop])).toMatchObject({ width: 900, height: 600 });
    expect(placeWindow(null, [{ x: 0, y: 0, width: 800, height: 560 }])).toMatchObject({ width: 800, height: 560 });
  });
});

describe('remembering the window state', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    return {
      bounds: { x: 10, y: 20, width: 1100, height: 750 },
      maximized: false,
      on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
      isFullScreen: () => false,
      emit: (event: string) => listeners.get(event)?.(),
    };
  }

  function manualTimers() {
    let next = 0;
    const due = new Map<number, () => void>();
    return {
      setTimeout: (callback: () => void) => {
        due.set(++next, callback);
        return next;
      },
      clearTimeout: (handle: number) => void due.delete(handle),
      runAll: () => {
        for (const [handle, callback] of [...due]) {
          due.delete(handle);
          callback();
        }
      },
      pending: () => due.size,
    };
  }

  it('saves once the window stops moving, not on every step', () => {
    const window = fakeWindow();
    const timers = manualTimers();
    const save = vi.fn();
    trackWindowState(window as never, save, timers);
    window.emit('move');
    window.emit('move');
    window.emit('resize');
    expect(save).not.toHaveBeenCalled();
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ bounds: { x: 10, y: 20, width: 1100, height: 750 }, maximized: false, fullScreen: false });
  });

  it('saves at once when the window closes, with its restored bounds when maximised', () => {
    const window = fakeWindow();
    const timers = manualTimers();
    const save = vi.fn();
    trackWindowState(window as never, save, timers);
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ maximized: true, bounds: window.bounds }));
    expect(timers.pending()).toBe(0);
  });
});
