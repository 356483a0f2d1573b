/** Time as the sync engine's parts see it: the real one in the app, a fake one in unit tests. */
export type TimerHandle = ReturnType<typeof setTimeout>;

export interface SyncClock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export function systemClock(now: () => Date = () => new Date()): SyncClock {
  return {
    now,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  };
}

/** A timer of one purpose: starting it again replaces the one waiting. */
export class Timer {
  private handle: TimerHandle | null = null;

  constructor(private readonly clock: SyncClock) {}

  get waiting(): boolean {
    return this.handle !== null;
  }

  start(ms: number, callback: () => void): void {
    this.cancel();
    this.handle = this.clock.setTimeout(() => {
      this.handle = null;
      callback();
    }, ms);
  }

  cancel(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }
}

export const OVER_LIMIT = Symbol('over the time limit');

/** The promise's value, or OVER_LIMIT when it takes longer than `ms` (it is left to end on its own). */
export function withinLimit<T>(promise: Promise<T>, ms: number): Promise<T | typeof OVER_LIMIT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<typeof OVER_LIMIT>((resolve) => {
    timer = setTimeout(() => resolve(OVER_LIMIT), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
