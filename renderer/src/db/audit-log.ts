/**
 * The audit trail: one entry per change to a record (who, when, which record, which fields).
 * Entries are only ever inserted. IndexedDB cannot span RxDB's collections in one transaction,
 * so a repository writes a change in three steps: `hold()` journals its entries (AuditJournal),
 * the record is written, and `commit()` puts the entries in the trail. A page dropped between
 * the record and its entry leaves the entry in the journal, and the next opening writes it
 * (`ready()`); an entry is never written for a change that was not.
 */
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import { newId } from '@shared/domain/ids';
import type { AuditEntry } from '@shared/schemas';
import type { AuditAction, CollectionName } from '@shared/schemas/vocabulary';
import type { QuorumDatabase } from './create-database';
import type { WriteContext } from './write-context';
import { AuditJournal, type ChangeWritten } from './audit-journal';

export interface AuditFact {
  action: AuditAction;
  recordType: CollectionName;
  recordId: string;
  summary: string;
  fields: string[];
}

/** A change's entries, journaled and waiting for the change to be written (AuditLog.hold). */
export interface HeldAudit {
  readonly entries: AuditEntry[];
  /** The journal's key; null when nothing was journaled (a save that grows a burst's entry). */
  readonly key: number | null;
  /** A burst of typing: the entry is folded into this person's entry for the record begun less than this long ago. */
  readonly coalesceMs?: number;
  /** A save of a burst predicted to grow this page's entry for the record, so not journaled. */
  readonly predicted?: boolean;
}

export interface AuditedChange {
  fact: AuditFact;
  written: ChangeWritten;
}

const MAX_SUMMARY = 500;
const MAX_FIELDS = 100;

interface Burst {
  entryId: string;
  action: AuditFact['action'];
  actor: string;
  device: string;
  until: number;
  fields: Set<string>;
}

export class AuditLog {
  private readonly journal: AuditJournal;
  /** The burst entries this page last wrote or grew, by record: a save that will grow one is not journaled. */
  private readonly bursts = new Map<string, Burst>();

  constructor(
    private readonly db: QuorumDatabase,
    private readonly context: WriteContext,
  ) {
    this.journal = new AuditJournal(db);
  }

  /** Resolves once the entries an unexpected close left in the journal are in the trail (how many were written). */
  ready(): Promise<number> {
    return this.journal.repairOnce();
  }

  private entry(fact: AuditFact, at: Date = this.context.now(), id: string = newId()): AuditEntry {
    const summary = fact.summary.length > MAX_SUMMARY ? `${fact.summary.slice(0, MAX_SUMMARY - 1)}…` : fact.summary;
    return {
      id,
      at: at.toISOString(),
      actor: this.context.actor().slice(0, 120),
      device: this.context.device().slice(0, 80),
      action: fact.action,
      recordType: fact.recordType,
      recordId: fact.recordId,
      summary,
      fields: fact.fields.slice(0, MAX_FIELDS).map((f) => f.slice(0, 60)),
    };
  }

  /**
   * Journals the entries of changes about to be written, stamped `at` (the changes' own stamp).
   * Write the changes only once this resolves, then commit(); release() if they were not written.
   */
  async hold(changes: AuditedChange[], at: Date = this.context.now(), ids?: readonly string[]): Promise<HeldAudit> {
    const entries = changes.map(({ fact }, index) => this.entry(fact, at, ids?.[index]));
    const key = await this.journal.hold(entries.map((entry, index) => ({ entry, written: changes[index]!.written })));
    return { entries, key };
  }

  /**
   * As hold(), for a save in a burst of typing: minutes are saved every half second, and the
   * trail should say "edited the discussion between 14:02 and 14:09 (212 saves)", not list 212
   * entries. A save that will grow this page's entry for the record is not journaled: if the page
   * is dropped before the entry grows, the entry (already there) names the field, and only its
   * last time and count miss that save.
   */
  async holdBurst(fact: AuditFact, written: () => ChangeWritten, windowMs: number, at: Date, id: string): Promise<HeldAudit> {
    const entry: AuditEntry = { ...this.entry(fact, at, id), until: at.toISOString(), times: 1 };
    if (this.willGrowBurst(fact, at, windowMs)) return { entries: [entry], key: null, coalesceMs: windowMs, predicted: true };
    const key = await this.journal.hold([{ entry, written: written() }]);
    return { entries: [entry], key, coalesceMs: windowMs };
  }

  /** Puts held entries in the trail, once their change is written (one already there counts as written). */
  async commit(held: HeldAudit): Promise<void> {
    if (held.coalesceMs !== undefined) await this.writeBurst(held.entries[0]!, held.coalesceMs, held.predicted === true);
    else if (held.entries.length > 0) {
      const result = await this.db.audit.bulkInsert(held.entries);
      const failed = result.error.filter((error) => error.status !== 409);
      // Left in the journal: the next opening writes them.
      if (failed.length > 0) throw new Error(`Audit trail: ${failed.length} entries not written.`);
      // This page's burst for a record ends with any other entry for it.
      for (const entry of held.entries) this.bursts.delete(`${entry.recordType}/${entry.recordId}`);
    }
    this.journal.release(held.key);
  }

  /**
   * Writes a change whose audit entries are held (hold()), then commits them; a failed write
   * discards them. `held` is read after the write: an update holds its entry as it runs.
   */
  async writeHeld<T>(held: () => HeldAudit | null, write: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await write();
    } catch (error) {
      await this.discard(held()).catch(() => undefined);
      throw error;
    }
    const entries = held();
    if (entries) await this.commit(entries);
    return result;
  }

  /**
   * Writes many records whose entries are held (one per record), then commits the entries of the
   * records written, even when others were refused (their entries are discarded); throws
   * `refused(count)` for those.
   */
  async bulkWriteHeld(
    held: HeldAudit,
    write: () => Promise<{ success: ReadonlyArray<{ primary: string }>; error: readonly unknown[] }>,
    refused: (count: number) => string,
  ): Promise<void> {
    let result: Awaited<ReturnType<typeof write>>;
    try {
      result = await write();
    } catch (error) {
      await this.discard(held).catch(() => undefined);
      throw error;
    }
    const written = new Set(result.success.map((doc) => doc.primary));
    const landed = held.entries.filter((entry) => written.has(entry.recordId));
    // The refused records' entries leave the journal before anything else, so none is ever repaired.
    const narrowFailed: Error | null =
      landed.length < held.entries.length
        ? await this.journal
            .narrow(held.key, (item) => written.has(item.entry.recordId))
            .then(
              () => null,
              (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
            )
        : null;
    await this.commit({ ...held, entries: landed });
    if (narrowFailed) throw narrowFailed;
    if (result.error.length > 0) throw new Error(refused(result.error.length));
  }

  /** The change is in the trail's journal no more: it was written and its entries committed elsewhere. */
  release(held: HeldAudit | null): void {
    if (held) this.journal.release(held.key);
  }

  /**
   * The change was not written (or not as held): its entries leave the journal before this
   * resolves. Should the journal itself fail (the page closing), the repair's checks drop them.
   */
  async discard(held: HeldAudit | null): Promise<void> {
    if (held) await this.journal.discard(held.key);
  }

  /** An entry for an act that changes no record (a publication), written as it happens. */
  async record(fact: AuditFact): Promise<void> {
    await this.db.audit.insert(this.entry(fact));
  }

  private willGrowBurst(fact: AuditFact, at: Date, windowMs: number): boolean {
    const burst = this.bursts.get(`${fact.recordType}/${fact.recordId}`);
    return (
      burst !== undefined &&
      burst.action === fact.action &&
      burst.actor === this.context.actor().slice(0, 120) &&
      burst.device === this.context.device().slice(0, 80) &&
      // Half the window: the entry is read again after the write, and must still be open then.
      at.getTime() - burst.until < windowMs / 2 &&
      fact.fields.every((field) => burst.fields.has(field))
    );
  }

  /**
   * Folds `entry` into this person's entry for the record when that is less than `windowMs` old,
   * or inserts it. A save predicted to grow this page's entry (not journaled) grows that entry or
   * none: the entry is read by its id.
   */
  private async writeBurst(entry: AuditEntry, windowMs: number, predicted: boolean): Promise<void> {
    const now = Date.parse(entry.at);
    const burstKey = `${entry.recordType}/${entry.recordId}`;
    const expected = predicted ? this.bursts.get(burstKey)?.entryId : undefined;
    const latest = predicted
      ? expected
        ? await this.db.audit.findOne(expected).exec()
        : null
      : await this.db.audit
          .findOne({
            selector: { recordType: entry.recordType, recordId: entry.recordId },
            sort: [{ recordType: 'desc' }, { recordId: 'desc' }, { at: 'desc' }],
          })
          .exec();
    const found = latest?.toMutableJSON();
    const last = found ? Date.parse(found.until ?? found.at) : Number.NEGATIVE_INFINITY;
    let written: AuditEntry = entry;
    if (
      latest &&
      found &&
      // Only entries begun by a burst of typing (they carry `times`) absorb more of it.
      found.times !== undefined &&
      found.action === entry.action &&
      found.actor === entry.actor &&
      found.device === entry.device &&
      now - last < windowMs
    ) {
      const fields = [...new Set([...found.fields, ...entry.fields])].slice(0, MAX_FIELDS);
      await latest.incrementalPatch({ until: entry.at, times: found.times + 1, fields });
      written = { ...found, until: entry.at, times: found.times + 1, fields };
    } else {
      const result = await this.db.audit.bulkInsert([entry]);
      if (result.error.some((error) => error.status !== 409)) throw new Error('Audit trail: 1 entry not written.');
    }
    this.bursts.set(burstKey, {
      entryId: written.id,
      action: written.action,
      actor: written.actor,
      device: written.device ?? '',
      until: now,
      fields: new Set(written.fields),
    });
  }

  async recordMany(facts: AuditFact[]): Promise<void> {
    if (facts.length === 0) return;
    const result = await this.db.audit.bulkInsert(facts.map((fact) => this.entry(fact)));
    if (result.error.length > 0) throw new Error(`Audit trail: ${result.error.length} entries not written.`);
  }

  /** The history of one record, newest first. */
  watchRecord(recordType: CollectionName, recordId: string): Observable<AuditEntry[]> {
    return this.db.audit
      .find({ selector: { recordType, recordId }, sort: [{ recordType: 'asc' }, { recordId: 'asc' }, { at: 'desc' }] })
      .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
  }

  watchRecent(limit: number): Observable<AuditEntry[]> {
    return this.db.audit.find({ sort: [{ at: 'desc' }], limit }).$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
  }
}
