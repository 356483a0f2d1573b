/**
 * Pulled record states that a push from this laptop has already overtaken, so they are not
 * stored over what the laptop holds.
 *
 * RxDB's pull on reSync() (`downstreamResyncOnce` in rxdb's replication protocol) fetches from
 * the server without waiting for the push. A batch can be fetched just before this laptop pushes
 * a newer state of one of its records, and stored just after RxDB has noted that push as the
 * server's state. RxDB then finds the laptop's record equal to the server's last known state,
 * takes it for a record with no change of its own, and writes the older fetched state over it.
 * The laptop's edit disappears until the echo of its push arrives, a meeting's step just taken
 * reads as not taken, and if the lid closes between RxDB's two writes (the record, then its
 * bookkeeping) the older state is pushed back over the newer one: the torture run's item 11, the
 * last keystrokes of minutes replaced by the first on every laptop and the server.
 *
 * CouchDB numbers a record's revisions (`3-…` follows `2-…`), and its change feed only ever
 * moves a record forward. Every pushed state notes the revision the server gave it; every pulled
 * state is marked with its own. A pulled state whose revision is lower than one this laptop has
 * pushed is older than what the laptop holds: the conflict handler calls it equal to the laptop's
 * state at RxDB's last check before writing (`downstream-check-if-equal-1`), so nothing is written,
 * and the newer state comes through the change feed after it.
 */

import { withinLimit } from './sync-clock';

/** The number before the dash of a CouchDB revision (`3-a1b2…` is 3); 0 when it has none. */
export function revisionHeight(rev: string): number {
  const height = Number.parseInt(rev.slice(0, rev.indexOf('-')), 10);
  return Number.isFinite(height) && height > 0 ? height : 0;
}

/**
 * The highest server revision of each record that this laptop's pushes have met this session,
 * and the exact revision of each state the server holds as this laptop holds it (what a push
 * wrote, or found there already): the change feed's echo of those is nothing new.
 */
export class PushedRevisions {
  private readonly heights = new Map<string, number>();
  private readonly own = new Map<string, string>();
  private last: { id: string; rev: string; state: object } | null = null;
  /** Pushes sent and not yet answered: their revisions are not known yet. */
  private readonly inFlight = new Set<Promise<unknown>>();

  /**
   * Notes a push under way until the server answers. The change feed can announce a write before
   * the push that made it has its answer: `settled()` waits for that answer.
   */
  track<T>(write: Promise<T>): Promise<T> {
    this.inFlight.add(write);
    const done = () => this.inFlight.delete(write);
    write.then(done, done);
    return write;
  }

  /**
   * Resolves once every push under way now has its answer (its caller, waiting on it first, has
   * then noted its revisions), or after `maxWaitMs`: a push held up by a dying server must not
   * hold up whoever waits.
   */
  async settled(maxWaitMs: number): Promise<void> {
    if (this.inFlight.size === 0) return;
    await withinLimit(Promise.allSettled([...this.inFlight]), maxWaitMs);
  }

  /** The server holds `rev` of the record as this laptop pushed it (written, or found equal): `state`. */
  wrote(id: string, rev: string | undefined, state: object): void {
    if (!rev) return;
    this.note(id, rev);
    this.own.set(id, rev);
    // A copy: the object a push was given is RxDB's, and lives on in its bookkeeping.
    this.last = { id, rev, state: structuredClone(state) };
  }

  /**
   * The state of the record this laptop pushed last, as the server holds it at `rev`, when `rev`
   * is that push's revision: a state the pull can hand over without fetching it.
   */
  lastWritten(id: string, rev: string | undefined): object | null {
    return this.last && this.last.id === id && this.last.rev === rev ? this.last.state : null;
  }

  /** Whether this laptop has pushed anything this session (only then can the feed echo it). */
  get any(): boolean {
    return this.own.size > 0;
  }

  /**
   * The server's state of the record is now someone else's revision: its revision this laptop
   * pushed is no longer its own echo if the feed names it again (a conflicting branch removed on
   * the server can make an older revision the winner again).
   */
  seenElsewhere(id: string, rev: string | undefined): void {
    const own = this.own.get(id);
    // An older revision is this laptop's own earlier state coming late, not someone else's.
    if (own !== undefined && rev !== undefined && own !== rev && revisionHeight(rev) >= revisionHeight(own)) this.own.delete(id);
  }

  /** Whether the feed's `rev` of the record is a state this laptop pushed: its own echo. */
  isEcho(id: string, rev: string | undefined): boolean {
    return rev !== undefined && this.own.get(id) === rev;
  }

  /** The server holds `rev` of the record, written or confirmed by a push (a state RxDB now assumes). */
  note(id: string, rev: string | undefined): void {
    if (!rev) return;
    const height = revisionHeight(rev);
    if (height > (this.heights.get(id) ?? 0)) this.heights.set(id, height);
  }

  /** Whether a pulled state at `rev` is older than a state this laptop has pushed. */
  overtakes(id: string, rev: string): boolean {
    const pushed = this.heights.get(id);
    return pushed !== undefined && revisionHeight(rev) < pushed;
  }
}

const overtakenChecks = new WeakMap<object, () => boolean>();

/** Marks a pulled state (the object RxDB will store) with the check that tells whether a push has overtaken it. */
export function markPulledState(state: object, overtaken: () => boolean): void {
  overtakenChecks.set(state, overtaken);
}

/** Whether `state` is a pulled state that a push from this laptop has overtaken by now. */
export function isOvertakenPull(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false;
  return overtakenChecks.get(state)?.() ?? false;
}

/** RxDB's name for its last comparison of a pulled state with the laptop's before writing it. */
export const PULL_WRITE_CHECK = 'downstream-check-if-equal-1';
