/**
 * The audit trail's write-ahead journal. IndexedDB cannot write a record and its audit entry in
 * one transaction (RxDB keeps each collection in a database of its own), so the repositories
 * write the record, then its entry. A page dropped between the two (a crash, a lid closed
 * mid-save) lost the entry: the torture run's item 17 (docs/sync-torture.md).
 *
 * Now a change's entries are journaled first, in one local document, and stay there until they
 * are in the trail. When the database is opened again, `repair()` writes every journaled entry
 * missing from the trail whose change was written (the record holds what the change wrote, exists
 * or is gone); an entry whose change never reached the database is dropped with the journal.
 * The repair runs before sync starts, so no pulled change can be mistaken for the journaled one.
 *
 * Holds made while the journal is being written share its next write (a group commit), so a
 * burst of saves costs one write more each at most, and the journal holds only changes under way.
 */
import type { AuditEntry } from '@shared/schemas';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { canonicalJson } from '@shared/sync/record-state';
import type { QuorumDatabase } from './create-database';

/** How to tell, on reopening, that a journaled change reached the database. */
export type ChangeWritten =
  /** An update or a settlement: the record holds exactly what the change wrote (contentDigest). */
  | { kind: 'content'; collection: CollectionName; id: string; digest: string }
  /** A creation or an import: the record exists. */
  | { kind: 'exists'; collection: CollectionName; id: string }
  /** A deletion: the record is gone. */
  | { kind: 'gone'; collection: CollectionName; id: string };

export interface JournaledEntry {
  entry: AuditEntry;
  written: ChangeWritten;
}

export const JOURNAL_ID = 'audit-journal';
/** Added to the summary of an entry written by the repair. */
export const REPAIRED_NOTE = ' (entry written when the app was next opened: it closed unexpectedly during the save)';
const MAX_SUMMARY = 500;

interface JournalData {
  held: JournaledEntry[];
}

export class AuditJournal {
  private readonly live = new Map<number, JournaledEntry[]>();
  private nextKey = 1;
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private repaired: Promise<number> | null = null;

  constructor(private readonly db: QuorumDatabase) {}

  /**
   * Journals the entries of a change about to be written; resolves once they are stored. The
   * change must be written only after this resolves. Returns the key for release().
   */
  async hold(entries: JournaledEntry[]): Promise<number> {
    await this.repairOnce();
    const key = this.nextKey;
    this.nextKey += 1;
    this.live.set(key, entries);
    await this.persist();
    return key;
  }

  /** The entries are in the trail, or their change was given up: they leave with the journal's next write. */
  release(key: number | null): void {
    if (key !== null) this.live.delete(key);
  }

  /** Repairs what the last session left, once per journal; holds wait for it. */
  repairOnce(): Promise<number> {
    this.repaired ??= this.repair();
    return this.repaired;
  }

  private persist(): Promise<void> {
    if (!this.queued) {
      const next = this.writing
        .catch(() => undefined)
        .then(async () => {
          // Taken when the write starts: holds made from now on wait for the write after this one.
          if (this.queued === next) this.queued = null;
          await this.db.upsertLocal<JournalData>(JOURNAL_ID, { held: [...this.live.values()].flat() });
        });
      this.queued = next;
      this.writing = next;
    }
    return this.queued;
  }

  /** Writes the journaled entries whose change was written but which are not in the trail; returns how many. */
  private async repair(): Promise<number> {
    const doc = await this.db.getLocal<JournalData>(JOURNAL_ID);
    const held = (doc?.toMutableJSON().data.held ?? []);
    if (held.length === 0) return 0;
    const missing: AuditEntry[] = [];
    for (const { entry, written } of held) {
      if (await this.inTrail(entry)) continue;
      if (!(await this.wasWritten(written))) continue;
      missing.push(repairedEntry(entry));
    }
    if (missing.length > 0) {
      const result = await this.db.audit.bulkInsert(missing);
      // An entry already there (written by another window meanwhile) is a conflict, and fine.
      const failed = result.error.filter((error) => error.status !== 409);
      if (failed.length > 0) throw new Error(`Audit trail: ${failed.length} entries left by an unexpected close could not be written.`);
    }
    await this.db.upsertLocal<JournalData>(JOURNAL_ID, { held: [] });
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

  private async wasWritten(written: ChangeWritten): Promise<boolean> {
    const collection = this.db[written.collection];
    const doc = (await collection.findOne(written.id).exec()) as { toJSON(): object } | null;
    if (written.kind === 'gone') return doc === null;
    if (!doc) return false;
    return written.kind === 'exists' || contentDigest(doc.toJSON()) === written.digest;
  }
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

function repairedEntry(entry: AuditEntry): AuditEntry {
  const room = MAX_SUMMARY - REPAIRED_NOTE.length;
  const summary = entry.summary.length > room ? `${entry.summary.slice(0, room - 1)}…` : entry.summary;
  return { ...entry, summary: `${summary}${REPAIRED_NOTE}` };
}
