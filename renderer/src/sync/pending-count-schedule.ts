/**
 * When the waiting changes are counted: soon after a change here, a push or a pull's end, with
 * one count at a time (pending-changes.ts counts). While a count is due the status says a change
 * is in the making.
 */
import type { PendingTracker } from './pending-changes';
import { Timer, type SyncClock } from './sync-clock';

export interface PendingCountHooks {
  /** The engine has stopped: nothing more is counted. */
  stopped(): boolean;
  /** The count (or its being due) changed what the status says. */
  publish(): void;
}

export class PendingCountSchedule {
  private readonly timer: Timer;

  constructor(
    clock: SyncClock,
    private readonly debounceMs: number,
    private readonly pending: PendingTracker,
    private readonly hooks: PendingCountHooks,
  ) {
    this.timer = new Timer(clock);
  }

  /** A count is due. */
  get waiting(): boolean {
    return this.timer.waiting;
  }

  /** Counts the waiting changes of `source` (a collection or `attachments`), of everything (undefined), or of what is marked (null), soon. */
  schedule(source?: string | null): void {
    if (this.hooks.stopped()) return;
    if (source !== null) this.pending.mark(source === undefined ? undefined : [source]);
    if (this.timer.waiting) return;
    this.timer.start(this.debounceMs, () => {
      // Counts what is marked (nothing more: `[]` names no collection beyond the marks).
      void this.pending.recount([]).then((counted) => {
        if (counted) this.hooks.publish();
        // Marked while it counted, beyond what it covered: count those next.
        if (this.pending.marked) this.schedule(null);
      });
    });
    // A change is in the making: the status says so until the count is done.
    this.hooks.publish();
  }

  cancel(): void {
    this.timer.cancel();
  }
}
