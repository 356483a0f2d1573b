/**
 * Counts the local changes of one collection that are not on the server yet: records changed
 * since the replication's upload checkpoint whose state differs from the state the server is
 * known to hold (RxDB's assumed master state, or a state our push handler saw on the server).
 * This is the "N changes waiting" the person sees, so it is computed from the stored
 * bookkeeping and stays true across reloads and while offline.
 */
import { OVER_LIMIT, withinLimit } from './sync-clock';
import { BehaviorSubject, type Observable } from 'rxjs';
import { getAssumedMasterState, getChangedDocumentsSince, getLastCheckpointDoc, type RxStorageInstanceReplicationState } from 'rxdb';
import { canonicalJson, recordContent, sameRecordState, type JsonObject } from '@shared/sync/record-state';

/** Beyond this many records per collection the count reads "N+": a laptop that never synced. */
export const PENDING_SCAN_LIMIT = 5_000;
const BATCH = 500;

export interface PendingCount {
  count: number;
  capped: boolean;
}

function content(doc: object): JsonObject {
  return recordContent(doc as JsonObject);
}

export async function countPending<T>(state: RxStorageInstanceReplicationState<T>, confirmedOnServer: ReadonlyMap<string, string>): Promise<PendingCount> {
  let checkpoint = await getLastCheckpointDoc<T, unknown>(state, 'up');
  let count = 0;
  let scanned = 0;
  for (;;) {
    const batch = await getChangedDocumentsSince(state.input.forkInstance, BATCH, checkpoint);
    if (batch.documents.length === 0) break;
    checkpoint = batch.checkpoint;
    const ids = batch.documents.map((doc) => String((doc as unknown as JsonObject)[state.primaryPath]));
    const assumed = await getAssumedMasterState(state, ids);
    batch.documents.forEach((doc, index) => {
      const id = ids[index] ?? '';
      const local = content(doc);
      const master = assumed[id]?.docData;
      if (master && sameRecordState(content(master), local)) return;
      const confirmed = confirmedOnServer.get(id);
      if (confirmed !== undefined && confirmed === canonicalJson(local)) return;
      // A record created and deleted before it ever reached the server is no change to send.
      if (!master && local._deleted === true) return;
      count++;
    });
    scanned += batch.documents.length;
    if (batch.documents.length < BATCH) break;
    if (scanned >= PENDING_SCAN_LIMIT) return { count, capped: true };
  }
  return { count, capped: false };
}

/** Counts one collection's waiting changes, given the states known to be on the server; null before its replication started. */
export type PendingSource = (confirmedOnServer: ReadonlyMap<string, string>) => Promise<PendingCount | null>;

/**
 * The waiting changes of every collection (and the attachment store), kept up to date by
 * recounting: one count at a time, one collection after another, because counting reads the
 * same stores the replication writes and a burst of parallel reads during heavy writing was seen
 * to stall Dexie's transactions (on fake-indexeddb in the integration tests).
 */
export class PendingTracker {
  private readonly counts = new Map<string, PendingCount>();
  /** States our push handler saw on the server before RxDB recorded them (a batch that failed part-way). */
  private readonly confirmed = new Map<string, Map<string, string>>();
  private readonly subject = new BehaviorSubject<Readonly<Record<string, PendingCount>>>({});
  private counting = false;
  /** What the next count must cover: everything, or the collections named. */
  private dirtyAll = false;
  private readonly dirty = new Set<string>();

  constructor(
    private readonly sources: () => Iterable<readonly [string, PendingSource]>,
    private readonly attachments: (() => Promise<number>) | undefined,
    /**
     * A collection's count that takes longer is given up (its last count stands, and it is
     * counted again next time): a read that never ends (RxDB's Dexie cursor reads listen for
     * success only) must not leave the status "Syncing…" for good.
     */
    private readonly limit: { ms: number; exceeded(name: string): void } = { ms: 15_000, exceeded: () => undefined },
  ) {}

  get byCollection$(): Observable<Readonly<Record<string, PendingCount>>> {
    return this.subject.asObservable();
  }

  confirm(collection: string, states: JsonObject[]): void {
    const known = this.confirmed.get(collection) ?? new Map<string, string>();
    for (const state of states) known.set(String(state.id), canonicalJson(recordContent(state)));
    this.confirmed.set(collection, known);
  }

  /** A push went through whole: RxDB's own record of what the server holds is complete again. */
  settle(collection: string): void {
    this.confirmed.delete(collection);
  }

  total(): PendingCount {
    let count = 0;
    let capped = false;
    for (const entry of this.counts.values()) {
      count += entry.count;
      capped ||= entry.capped;
    }
    return { count, capped };
  }

  /** Notes that the collections named (`attachments` for the attachment store), or all when none are named, need counting. */
  mark(names?: Iterable<string>): void {
    if (names === undefined) this.dirtyAll = true;
    else for (const name of names) this.dirty.add(name);
  }

  /** Collections were marked that no count has covered yet. */
  get marked(): boolean {
    return this.dirtyAll || this.dirty.size > 0;
  }

  /**
   * Counts again the collections named and those marked, or all when none are named; returns
   * false when a count was already running (it counts those once more). Marks made while it
   * counts are counted once more, then it ends: marks that keep coming (a sweep every few
   * seconds while counting is slow) must not keep it from ever reporting. What is left marked
   * (`marked`) is for the caller's next count.
   */
  async recount(names?: Iterable<string>): Promise<boolean> {
    this.mark(names);
    if (this.counting) return false;
    this.counting = true;
    try {
      for (let pass = 0; pass < 2 && this.marked; pass += 1) {
        const all = this.dirtyAll;
        const wanted = new Set(this.dirty);
        this.dirtyAll = false;
        this.dirty.clear();
        for (const [name, source] of [...this.sources()]) {
          if (!all && !wanted.has(name)) continue;
          try {
            const count = await withinLimit(source(this.confirmed.get(name) ?? new Map<string, string>()), this.limit.ms);
            if (count === OVER_LIMIT) {
              this.limit.exceeded(name);
              continue;
            }
            if (count) this.counts.set(name, count);
          } catch {
            // The replication was replaced while counting; the next count sees the new one.
          }
        }
        if (this.attachments && (all || wanted.has('attachments'))) {
          const count = await withinLimit(
            this.attachments().catch(() => 0),
            this.limit.ms,
          );
          if (count === OVER_LIMIT) this.limit.exceeded('attachments');
          else this.counts.set('attachments', { count, capped: false });
        }
      }
    } finally {
      this.counting = false;
    }
    this.subject.next(Object.fromEntries(this.counts));
    return true;
  }
}
