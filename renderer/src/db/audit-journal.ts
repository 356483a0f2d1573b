/**
 * The audit trail's write-ahead journal. IndexedDB cannot write a record and its audit entry in
 * one transaction (RxDB keeps each collection in a database of its own), so the repositories
 * write the record, then its entry. A page dropped between the two (a crash, a lid closed
 * mid-save) lost the entry: the torture run's item 17 (docs/sync-torture.md).
 *
 * Now a change's entries are journaled first, in a local document of the page's own, and stay
 * there until they are in the trail. When the database is opened again, `repairOnce()` writes
 * every journaled entry missing from the trail whose change was written (the record holds what
 * the change wrote, exists with its creation stamp, or is gone); an entry whose change never
 * reached the database is dropped with the journal. The repair runs before sync starts, so no
 * pulled change is taken for the journaled one. A change that fails is discarded from the
 * journal at once, so no entry is ever repaired for it.
 *
 * Each page (a browser may open several tabs on one database) holds a slot through the Web Locks
 * API for its life and writes its own journal; a page repairs its slot's journal and those of
 * free slots, never one a live page holds. Holds made while the journal is being written share
 * its next write (a group commit), and the journal holds only changes under way.
 */
import type { AuditEntry } from '@shared/schemas';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { canonicalJson } from '@shared/sync/record-state';
import type { QuorumDatabase } from './create-database';

/** How to tell, on reopening, that a journaled change reached the database. */
export type ChangeWritten =
  /**
   * An update or a settlement: the record holds what the change wrote (`digest`, contentDigest),
   * or what a later journaled change made from it (`from` is the state the change was applied to:
   * RxDB writes changes queued on one record as one, so only the last state is stored).
   */
  | { kind: 'content'; collection: CollectionName; id: string; from: string; digest: string }
  /** A creation or an import: the record exists, with this creation stamp when it has one. */
  | { kind: 'exists'; collection: CollectionName; id: string; createdAt?: string }
  /** A deletion: the record is gone. */
  | { kind: 'gone'; collection: CollectionName; id: string };

export interface JournaledEntry {
  entry: AuditEntry;
  written: ChangeWritten;
}

/** The journal of the page holding slot 0 (the only page, in the desktop app). */
export const JOURNAL_ID = 'audit-journal';
/** Added to the summary of an entry written by the repair. */
export const REPAIRED_NOTE = ' (entry written when the app was next opened: it closed unexpectedly during the save)';
const MAX_SUMMARY = 500;
/** Pages (browser tabs) open at once on one database that each get a journal; more write without one. */
const SLOTS = 8;

/** An update already in the trail, kept while an earlier held update of its record may need it to reach the stored state. */
type ContentLink = Extract<ChangeWritten, { kind: 'content' }>;

interface JournalData {
  held: JournaledEntry[];
  links?: ContentLink[];
  /** Left by a repair that failed; sync has run since, so they are judged as another page's. */
  carried?: JournaledEntry[];
  carriedLinks?: ContentLink[];
}

/** Entries in one hold above which their release writes the journal at once. */
const LARGE_BATCH = 50;

/** The first key of a hold. */
const FIRST_KEY = 1;

/** The part of the Web Locks API the journal uses (navigator.locks); absent in Node. */
export interface PageLocks {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
  query?(): Promise<{ held?: Array<{ name?: string }> }>;
}

function journalId(slot: number): string {
  return slot === 0 ? JOURNAL_ID : `${JOURNAL_ID}-${slot}`;
}

export class AuditJournal {
  private readonly live = new Map<number, JournaledEntry[]>();
  private readonly links = new Map<number, ContentLink[]>();
  private nextKey = FIRST_KEY;
  /** Entries a failed repair could not write: every write of this page's journal carries them, for the next opening. */
  private carried: JournaledEntry[] = [];
  private carriedLinks: ContentLink[] = [];
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private repairing: Promise<number> | null = null;
  /** This page's journal; null when every slot is taken (holds then journal nothing). */
  private slot: number | null = null;

  /**
   * `locks` gives each page of the same database its own journal, held for the page's life, so
   * one page never takes another's saves under way for an unexpected close. Without it (Node, one
   * page) the page takes slot 0.
   */
  constructor(
    private readonly db: QuorumDatabase,
    private readonly locks: PageLocks | undefined = (globalThis.navigator as { locks?: PageLocks } | undefined)?.locks,
  ) {}

  /**
   * Journals the entries of a change about to be written; resolves once they are stored. The
   * change must be written only after this resolves. Returns the key for release() or discard().
   */
  async hold(entries: JournaledEntry[]): Promise<number | null> {
    // A failed repair is reported by repairOnce(); saves go on.
    await this.repairOnce().catch(() => undefined);
    if (this.slot === null) return null;
    const key = this.nextKey;
    this.nextKey += 1;
    this.live.set(key, entries);
    try {
      await this.persist();
    } catch (error) {
      this.live.delete(key);
      throw error;
    }
    return key;
  }

  /**
   * The entries are in the trail: they leave with the journal's next write. An update of a record
   * with an earlier update still held stays as a link: RxDB may have stored both as one state,
   * and the earlier one reaches it only through this one.
   */
  release(key: number | null): void {
    const items = key === null ? undefined : this.live.get(key);
    if (key === null || !items) return;
    this.live.delete(key);
    const links = items.flatMap(({ written }) => (written.kind === 'content' && this.holdsUpdateOf(written) ? [written] : []));
    if (links.length > 0) this.links.set(key, links);
    // Links are needed only while an update of their record is held.
    for (const [linkKey, kept] of this.links) {
      const needed = kept.filter((link) => this.holdsUpdateOf(link));
      if (needed.length === 0) this.links.delete(linkKey);
      else this.links.set(linkKey, needed);
    }
    // A large batch (an import) leaves the stored journal now, or the next opening would check each of its records.
    if (items.length > LARGE_BATCH) void this.persist().catch(() => undefined);
  }

  private holdsUpdateOf(target: ContentLink): boolean {
    for (const items of this.live.values()) {
      for (const { written } of items) if (written.kind === 'content' && written.collection === target.collection && written.id === target.id) return true;
    }
    return false;
  }

  /** Keeps only the entries of a hold that `keep` accepts (a bulk write's records that landed); resolves once stored. */
  async narrow(key: number | null, keep: (item: JournaledEntry) => boolean): Promise<void> {
    const entries = key === null ? undefined : this.live.get(key);
    if (key === null || !entries) return;
    this.live.set(key, entries.filter(keep));
    await this.persist();
  }

  /** The change was not written (or not as journaled): its entries leave the journal now. */
  async discard(key: number | null): Promise<void> {
    if (key === null || !this.live.delete(key)) return;
    await this.persist();
  }

  /**
   * Claims this page's journal and repairs what an unexpected close left in it (and in the
   * journals of pages no longer open), once; holds wait for it. Resolves with the number of
   * entries written.
   */
  repairOnce(): Promise<number> {
    this.repairing ??= this.claimAndRepair();
    return this.repairing;
  }

  private persist(): Promise<void> {
    if (!this.queued) {
      const slot = this.slot;
      const next = this.writing
        .catch(() => undefined)
        .then(async () => {
          // Taken when the write starts: holds made from now on wait for the write after this one.
          if (this.queued === next) this.queued = null;
          if (slot !== null) {
            await this.db.upsertLocal<JournalData>(journalId(slot), {
              held: [...this.live.values()].flat(),
              links: [...this.links.values()].flat(),
              carried: this.carried,
              carriedLinks: this.carriedLinks,
            });
          }
        });
      this.queued = next;
      this.writing = next;
    }
    return this.queued;
  }

  private async claimAndRepair(): Promise<number> {
    const locks = this.locks;
    const name = (slot: number) => `quorum-audit-journal:${this.db.name}:${slot}`;
    if (locks) {
      for (let slot = 0; slot < SLOTS && this.slot === null; slot += 1) {
        const claim = await holdForever(locks, name(slot));
        // Locks that do not work (a sandboxed frame) count as none: the page is alone, as in Node.
        if (claim === 'failed') break;
        if (claim === 'taken') this.slot = slot;
      }
    }
    if (!locks || (this.slot === null && !(await locksWork(locks)))) this.slot = 0;
    // Another page open on the database may have synced since this slot's page closed.
    const alone = !locks || !(await otherPagesOpen(locks, (slot) => slot !== this.slot && name(slot)));
    let written = 0;
    if (this.slot !== null) {
      const journal = await this.load(this.slot);
      try {
        written += await this.repairHeld(this.slot, journal, alone ? 'own' : 'other');
      } catch (error) {
        // Kept for the next opening, judged then as another page's: this page's sync runs meanwhile.
        this.carried = [...journal.held, ...(journal.carried ?? [])];
        this.carriedLinks = [...(journal.links ?? []), ...(journal.carriedLinks ?? [])];
        throw error;
      }
    }
    if (!locks) return written;
    // Journals of pages closed unexpectedly while this one was not open: free slots only, read under their lock.
    for (let slot = 0; slot < SLOTS; slot += 1) {
      if (slot === this.slot) continue;
      const first = await this.load(slot);
      if (first.held.length === 0 && (first.carried ?? []).length === 0) continue;
      written += await runIfFree(locks, name(slot), async () => this.repairHeld(slot, await this.load(slot), 'other'), 0).catch(() => 0);
    }
    return written;
  }

  private async load(slot: number): Promise<JournalData> {
    const doc = await this.db.getLocal<JournalData>(journalId(slot));
    const data = doc?.toMutableJSON().data;
    return { held: data?.held ?? [], links: data?.links ?? [], carried: data?.carried ?? [], carriedLinks: data?.carriedLinks ?? [] };
  }

  /**
   * Writes a slot's journaled entries whose change was written but which are not in the trail,
   * then empties the slot's journal; returns how many. Another page's journal is repaired while
   * other pages may be syncing, so there a deletion's absent record, or an event that exists, is
   * not taken as proof: a pull could have brought it.
   */
  private async repairHeld(slot: number, journal: JournalData, whose: 'own' | 'other'): Promise<number> {
    if (journal.held.length === 0 && (journal.carried ?? []).length === 0) return 0;
    const carried = journal.carried ?? [];
    const links = [...(journal.links ?? []), ...(journal.carriedLinks ?? [])];
    const landed = await this.landed([...journal.held, ...carried], links, (item) => (carried.includes(item) ? 'other' : whose));
    const missing: AuditEntry[] = [];
    for (const item of landed) if (!(await this.inTrail(item.entry))) missing.push(repairedEntry(item.entry));
    if (missing.length > 0) {
      const result = await this.db.audit.bulkInsert(missing);
      // An entry written meanwhile (its page's commit ran after all) is a conflict, and fine.
      const failed = result.error.filter((error) => error.status !== 409);
      if (failed.length > 0) throw new Error(`Audit trail: ${failed.length} entries left by an unexpected close could not be written.`);
    }
    await this.db.upsertLocal<JournalData>(journalId(slot), { held: [], links: [], carried: [], carriedLinks: [] });
    return missing.length;
  }

  /** The entry, or a burst of typing that grew over it (the same person's entry for the record, reaching past it). */
  private async inTrail(entry: AuditEntry): Promise<boolean> {
    if (await this.db.audit.findOne(entry.id).exec()) return true;
    if (entry.times === undefined) return false;
    const entries = await this.db.audit.find({ selector: { recordType: entry.recordType, recordId: entry.recordId } }).exec();
    return entries.some((doc) => {
      const other = doc.toJSON();
      return (
        other.times !== undefined &&
        other.action === entry.action &&
        other.actor === entry.actor &&
        other.device === entry.device &&
        (other.until ?? other.at) >= entry.at &&
        entry.fields.every((field) => other.fields.includes(field))
      );
    });
  }

  /** The journaled changes that reached the database (in the trail or not). */
  private async landed(items: JournaledEntry[], links: ContentLink[], whoseOf: (item: JournaledEntry) => 'own' | 'other'): Promise<JournaledEntry[]> {
    const out: JournaledEntry[] = [];
    const updates = new Map<string, JournaledEntry[]>();
    for (const item of items) {
      const { written } = item;
      if (written.kind === 'content') {
        const key = `${written.collection}/${written.id}`;
        updates.set(key, [...(updates.get(key) ?? []), item]);
        continue;
      }
      const stored = await this.stored(written.collection, written.id);
      const whose = whoseOf(item);
      const there =
        written.kind === 'gone'
          ? stored === null && whose === 'own'
          : stored !== null && (written.createdAt === undefined ? whose === 'own' : stored.createdAt === written.createdAt);
      if (there) out.push(item);
    }
    for (const group of updates.values()) {
      const { collection, id } = group[0]!.written;
      const stored = await this.stored(collection, id);
      if (!stored) continue;
      // Back from the stored state: a change that wrote it landed, and so did the one it was made from.
      const reached = new Set([contentDigest(stored)]);
      const steps: Array<{ item: JournaledEntry | null; written: ContentLink }> = [
        ...group.map((item) => ({ item, written: item.written as ContentLink })),
        ...links.filter((link) => link.collection === collection && link.id === id).map((written) => ({ item: null, written })),
      ];
      const left = new Set(steps);
      for (let found = true; found;) {
        found = false;
        for (const step of left) {
          if (!reached.has(step.written.digest)) continue;
          if (step.item) out.push(step.item);
          left.delete(step);
          reached.add(step.written.from);
          found = true;
        }
      }
      // A burst's save not journaled (it was to grow the entry) may have been stored with it: the
      // record's last change by the same person, at or after the entry's time, says it landed.
      for (const step of left) {
        const entry = step.item?.entry;
        if (step.item && whoseOf(step.item) === 'own' && entry?.times !== undefined && stored.updatedBy === entry.actor && (stored.updatedAt ?? '') >= entry.at)
          out.push(step.item);
      }
    }
    return out;
  }

  private async stored(collection: CollectionName, id: string): Promise<(object & { createdAt?: string; updatedAt?: string; updatedBy?: string }) | null> {
    const records = this.db[collection] as QuorumDatabase[CollectionName] | undefined;
    if (!records) return null;
    const doc = (await records.findOne(id).exec()) as { toJSON(): object & { createdAt?: string; updatedAt?: string; updatedBy?: string } } | null;
    return doc ? doc.toJSON() : null;
  }
}

/** Takes the lock if it is free and holds it for the page's life: taken, busy, or failed (the API refused). */
function holdForever(locks: PageLocks, name: string): Promise<'taken' | 'busy' | 'failed'> {
  return new Promise((claimed) => {
    try {
      locks
        .request(name, { ifAvailable: true }, (lock) => {
          claimed(lock === null ? 'busy' : 'taken');
          return lock === null ? Promise.resolve() : new Promise(() => undefined);
        })
        .catch(() => claimed('failed'));
    } catch {
      claimed('failed');
    }
  });
}

/** Whether a page holds one of the slots `name` names (the others than this page's), by the lock API's own list. */
async function otherPagesOpen(locks: PageLocks, name: (slot: number) => string | false): Promise<boolean> {
  if (!locks.query) return false;
  try {
    const names = new Set(Array.from({ length: SLOTS }, (_, slot) => name(slot)).filter((n): n is string => n !== false));
    const { held = [] } = await locks.query();
    return held.some((lock) => lock.name !== undefined && names.has(lock.name));
  } catch {
    return false;
  }
}

/** Whether the lock API answers at all (every slot busy, or the API broken). */
async function locksWork(locks: PageLocks): Promise<boolean> {
  try {
    await locks.request('quorum-audit-journal:probe', { ifAvailable: true }, () => Promise.resolve());
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` holding the lock if it is free; `otherwise` when another page holds it. */
async function runIfFree<T>(locks: PageLocks, name: string, work: () => Promise<T>, otherwise: T): Promise<T> {
  let result = otherwise;
  await locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock !== null) result = await work();
  });
  return result;
}

function repairedEntry(entry: AuditEntry): AuditEntry {
  const room = MAX_SUMMARY - REPAIRED_NOTE.length;
  const summary = entry.summary.length > room ? `${entry.summary.slice(0, room - 1)}…` : entry.summary;
  return { ...entry, summary: `${summary}${REPAIRED_NOTE}` };
}

/**
 * A short digest of a record's content (the storage's `_` keys left out): what tells, on
 * reopening, whether an update reached the database. A stamp alone cannot, since a change merged
 * with a colleague's may keep the colleague's later stamp. FNV-1a, 32 bits, over canonical JSON.
 */
export function contentDigest(record: object): string {
  const content = Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
  const text = canonicalJson(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}
