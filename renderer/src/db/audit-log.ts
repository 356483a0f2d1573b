/**
 * The audit trail: one entry per change to a record (who, when, which record, which fields).
 * Entries are only ever inserted. Repositories call this after each successful write; the
 * entry is written after the record because IndexedDB cannot span RxDB's collections in one
 * transaction, and a record without its entry is better than an entry for a lost record.
 */
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import { newId } from '@shared/domain/ids';
import type { AuditEntry } from '@shared/schemas';
import type { AuditAction, CollectionName } from '@shared/schemas/vocabulary';
import type { QuorumDatabase } from './create-database';
import type { WriteContext } from './write-context';

export interface AuditFact {
  action: AuditAction;
  recordType: CollectionName;
  recordId: string;
  summary: string;
  fields: string[];
}

const MAX_SUMMARY = 500;
const MAX_FIELDS = 100;

export class AuditLog {
  constructor(
    private readonly db: QuorumDatabase,
    private readonly context: WriteContext,
  ) {}

  private entry(fact: AuditFact): AuditEntry {
    const summary = fact.summary.length > MAX_SUMMARY ? `${fact.summary.slice(0, MAX_SUMMARY - 1)}…` : fact.summary;
    return {
      id: newId(),
      at: this.context.now().toISOString(),
      actor: this.context.actor().slice(0, 120),
      device: this.context.device().slice(0, 80),
      action: fact.action,
      recordType: fact.recordType,
      recordId: fact.recordId,
      summary,
      fields: fact.fields.slice(0, MAX_FIELDS).map((f) => f.slice(0, 60)),
    };
  }

  async record(fact: AuditFact): Promise<void> {
    await this.db.audit.insert(this.entry(fact));
  }

  /**
   * Records an update, folding it into this person's previous entry for the same record when
   * that entry is less than `windowMs` old: typing minutes saves every half second, and the
   * trail should say "edited the discussion between 14:02 and 14:09 (212 saves)", not list
   * 212 entries. The entry keeps its first time in `at` and the last in `until`.
   */
  async recordCoalesced(fact: AuditFact, windowMs: number): Promise<void> {
    const now = this.context.now();
    const latest = await this.db.audit
      .findOne({
        selector: { recordType: fact.recordType, recordId: fact.recordId },
        sort: [{ recordType: 'desc' }, { recordId: 'desc' }, { at: 'desc' }],
      })
      .exec();
    const entry = latest?.toMutableJSON();
    const last = entry ? Date.parse(entry.until ?? entry.at) : Number.NEGATIVE_INFINITY;
    if (
      latest &&
      entry &&
      // Only entries begun by a burst of typing (they carry `times`) absorb more of it.
      entry.times !== undefined &&
      entry.action === fact.action &&
      entry.actor === this.context.actor().slice(0, 120) &&
      entry.device === this.context.device().slice(0, 80) &&
      now.getTime() - last < windowMs
    ) {
      const fields = [...new Set([...entry.fields, ...fact.fields])].slice(0, MAX_FIELDS);
      await latest.incrementalPatch({ until: now.toISOString(), times: entry.times + 1, fields });
      return;
    }
    await this.db.audit.insert({ ...this.entry(fact), until: now.toISOString(), times: 1 });
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
