/**
 * When a connected engine pulls: the change feed (one long-poll on the audit trail) names the
 * collections that changed, which pull at once and once more a moment later (a record and its
 * audit entry reach the server separately); and a sweep, every `sweepMs`, re-checks everything.
 */
import type { CouchDatabase } from '@shared/couch/database';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { runChangeFeed } from './change-feed';
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

export class PullSchedule {
  private readonly sweepTimer: Timer;
  private readonly hints = new Map<CollectionName, Timer>();

  constructor(
    private readonly clock: SyncClock,
    private readonly timing: Pick<SyncTiming, 'sweepMs' | 'hintRepeatMs' | 'feedServerTimeoutMs' | 'feedClientTimeoutMs'>,
    private readonly hooks: PullScheduleHooks,
  ) {
    this.sweepTimer = new Timer(clock);
  }

  /** Follows the audit trail's feed until `signal` aborts; rejects when the feed fails. */
  follow(audit: CouchDatabase, signal: AbortSignal): Promise<void> {
    return runChangeFeed(audit, { serverTimeoutMs: this.timing.feedServerTimeoutMs, clientTimeoutMs: this.timing.feedClientTimeoutMs }, signal, (collections) =>
      this.pullSoon(collections),
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

  cancelSweep(): void {
    this.sweepTimer.cancel();
  }

  cancelAll(): void {
    this.sweepTimer.cancel();
    for (const timer of this.hints.values()) timer.cancel();
    this.hints.clear();
  }
}
