/**
 * When a connected engine pulls: the change feed (one long-poll on the audit trail) names the
 * collections that changed, which pull at once and once more a moment later (a record and its
 * audit entry reach the server separately); and a sweep re-checks everything, `sweepMs` after
 * the last sweep's pulls ended.
 *
 * Sweeps never overlap: were the next one due `sweepMs` after the last one began, a laptop whose
 * sweep takes longer than that (a slow disk, a busy server, many collections) would start each
 * sweep before the last one's pulls ended, keep every collection busy for good, and say
 * "Syncing…" with nothing to send (docs/sync-torture.md, item 14). If the engine never says that
 * a sweep's pulls ended, the next one runs `SWEEP_PATIENCE × sweepMs` after it began.
 */
import type { CouchDatabase } from '@shared/couch/database';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { runChangeFeed, type OwnEchoes } from './change-feed';
import { Timer, type SyncClock } from './sync-clock';
import type { SyncTiming } from './sync-timing';

export interface PullScheduleHooks {
  /** Pull this collection now. */
  pull(name: CollectionName): void;
  /** Whether pulls may run (connected). */
  connected(): boolean;
  /** Agenda records changed: their attachments may have too. */
  agendaChanged(): void;
  /** The periodic check of everything. */
  sweep(): void;
}

/** The next sweep runs at the latest this many `sweepMs` after the last began, its pulls ended or not. */
export const SWEEP_PATIENCE = 4;

export class PullSchedule {
  private readonly sweepTimer: Timer;
  private readonly hints = new Map<CollectionName, Timer>();
  /** When the sweep whose pulls have not yet ended began (null when none). */
  private sweepBeganAt: number | null = null;
  /** How long the last sweep took, from its start to the end of its pulls. */
  private lastSweepMs: number | null = null;

  constructor(
    private readonly clock: SyncClock,
    private readonly timing: Pick<SyncTiming, 'sweepMs' | 'hintRepeatMs' | 'feedServerTimeoutMs' | 'feedClientTimeoutMs'>,
    private readonly hooks: PullScheduleHooks,
  ) {
    this.sweepTimer = new Timer(clock);
  }

  /** Follows the audit trail's feed until `signal` aborts; rejects when the feed fails. This laptop's own entries (`echoes`) signal nothing. */
  follow(audit: CouchDatabase, signal: AbortSignal, echoes?: OwnEchoes): Promise<void> {
    return runChangeFeed(
      audit,
      { serverTimeoutMs: this.timing.feedServerTimeoutMs, clientTimeoutMs: this.timing.feedClientTimeoutMs },
      signal,
      (collections) => this.pullSoon(collections),
      echoes,
    );
  }

  /** Pulls the collections a change signal named, and once more shortly after. */
  pullSoon(collections: ReadonlySet<CollectionName>): void {
    for (const name of collections) {
      this.hooks.pull(name);
      const timer = this.hints.get(name) ?? new Timer(this.clock);
      this.hints.set(name, timer);
      timer.start(this.timing.hintRepeatMs, () => {
        if (this.hooks.connected()) this.hooks.pull(name);
      });
    }
    if (collections.has('meetings') || collections.has('agendaitems')) this.hooks.agendaChanged();
  }

  /** The next sweep runs `sweepMs` from now. */
  scheduleSweep(): void {
    this.sweepTimer.start(this.timing.sweepMs, () => this.hooks.sweep());
  }

  /** A sweep began: the next one waits for its pulls to end (`sweepSettled`), or for the patience to run out. */
  sweepBegan(): void {
    this.sweepBeganAt = this.clock.now().getTime();
    this.sweepTimer.start(this.timing.sweepMs * SWEEP_PATIENCE, () => this.hooks.sweep());
  }

  /** The pulls of the sweep that began last have ended: the next sweep runs `sweepMs` from now. */
  sweepSettled(): void {
    if (this.sweepBeganAt === null) return;
    this.lastSweepMs = this.clock.now().getTime() - this.sweepBeganAt;
    this.sweepBeganAt = null;
    this.scheduleSweep();
  }

  /** Whether a sweep's pulls are still running. */
  get sweeping(): boolean {
    return this.sweepBeganAt !== null;
  }

  /** Where the sweeps stand, for diagnosing a sync that does not settle. */
  describeSweeps(): string {
    const now = this.clock.now().getTime();
    const running = this.sweepBeganAt === null ? 'no sweep running' : `a sweep running for ${Math.round((now - this.sweepBeganAt) / 100) / 10} s`;
    return `${running}; the last took ${this.lastSweepMs === null ? '(none yet)' : `${this.lastSweepMs} ms`}`;
  }

  cancelSweep(): void {
    this.sweepTimer.cancel();
    this.sweepBeganAt = null;
  }

  cancelAll(): void {
    this.sweepTimer.cancel();
    this.sweepBeganAt = null;
    for (const timer of this.hints.values()) timer.cancel();
    this.hints.clear();
  }
}
