import type { SyncClock, TimerHandle } from '../../../../renderer/src/sync/sync-clock';

/** A clock whose time moves only when the test says. */
export class FakeClock implements SyncClock {
  private time = Date.parse('2026-12-05T08:00:00Z');
  private timers: Array<{ at: number; callback: () => void; handle: number }> = [];
  private nextHandle = 1;

  now(): Date {
    return new Date(this.time);
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const handle = this.nextHandle++;
    this.timers.push({ at: this.time + ms, callback, handle });
    return handle as unknown as TimerHandle;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((timer) => timer.handle !== (handle as unknown as number));
  }

  get waiting(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = until;
  }
}
