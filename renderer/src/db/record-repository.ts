/**
 * The one way records are written: every create and update is checked against the record's
 * JSON schema and its domain rules, stamped with who and when, written, then added to the
 * audit trail. Nothing invalid reaches IndexedDB: a failed check throws RecordValidationError
 * with a message per field and writes nothing.
 *
 * Reads are offered as observables of plain records, so React components see live data without
 * ever touching an RxDB document or collection.
 */
import { map, type Observable } from 'rxjs';
import type { MangoQuery, MangoQuerySelector, RxCollection, RxDocument } from 'rxdb';
import { newId } from '@shared/domain/ids';
import { recordValidator, type RecordTypes } from '@shared/schemas';
import { settleConflictField, type SeenConflict } from '@shared/sync/conflict-settlement';
import { withEditsMadeMeanwhile } from '@shared/sync/seen-edit';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { AuditFact, AuditLog, HeldAudit } from './audit-log';
import { contentDigest } from './audit-journal';
import type { QuorumDatabase } from './create-database';
import { recordOf } from './record-of';
import type { WriteContext } from './write-context';

/** How many records scan() reads at a time. */
const SCAN_PAGE = 500;

/** Collections whose records carry created/updated stamps and are edited through forms. */
export type TrackedCollection = Exclude<CollectionName, 'queryevents' | 'audit'>;
type TrackingField = 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'hasConflict' | 'conflict';
/** What a caller supplies to create a record: everything but the stamps the repository sets. */
export type Draft<T> = Omit<T, TrackingField> & { id?: string };

export interface RecordRules<T> {
  /** How the audit trail names a record: `meeting "Ordinary Council, 26 Nov 2026"`. */
  describe(record: T): string;
  /** Domain checks the schema cannot express (an end before a start, a duplicate member). */
  check?(record: T): FieldErrors;
  /** Fields kept from others, never typed (a phone number's E.164 form): set on every write. */
  derive?(record: T): T;
}

export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} no longer exists. It may have been deleted on another device.`);
    this.name = 'RecordNotFoundError';
  }
}

/** A deletion refused because sync brought a change to the record between its read and its deletion. */
export class RecordChangedMeanwhileError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} was changed on another device just as you deleted it, so nothing was deleted. Look at it again, and delete it if you still mean to.`);
    this.name = 'RecordChangedMeanwhileError';
  }
}

/** Top-level fields whose values differ, for the audit trail. */
export function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ignored = new Set(['updatedAt', 'updatedBy']);
  return [...keys]
    .filter((key) => !ignored.has(key))
    .filter((key) => JSON.stringify((before as Record<string, unknown>)[key]) !== JSON.stringify((after as Record<string, unknown>)[key]))
    .sort();
}

export class RecordRepository<K extends TrackedCollection> {
  constructor(
    protected readonly db: QuorumDatabase,
    readonly collectionName: K,
    protected readonly context: WriteContext,
    protected readonly audit: AuditLog,
    protected readonly rules: RecordRules<RecordTypes[K]>,
  ) {}

  protected get collection(): RxCollection<RecordTypes[K]> {
    return this.db[this.collectionName] as unknown as RxCollection<RecordTypes[K]>;
  }

  protected get recordTitle(): string {
    return this.collection.schema.jsonSchema.title ?? this.collectionName;
  }

  /** Schema and domain errors of a complete record; empty when it may be saved. */
  validate(record: RecordTypes[K]): FieldErrors {
    const schemaErrors = recordValidator(this.collectionName).check(record);
    const domainErrors = Object.keys(schemaErrors).length === 0 ? (this.rules.check?.(record) ?? {}) : {};
    return { ...domainErrors, ...schemaErrors };
  }

  /**
   * Errors of a record still being made: the fields named in `notYet` (issued once everything
   * else is valid, such as a reference) are checked only if present, never invented to pass.
   * The domain rules run as for a complete record; they must not need the fields not yet there.
   */
  validateParts(record: Partial<RecordTypes[K]>, notYet: readonly (keyof RecordTypes[K] & string)[]): FieldErrors {
    const schemaErrors = recordValidator(this.collectionName).checkParts(record, notYet);
    const domainErrors = Object.keys(schemaErrors).length === 0 ? (this.rules.check?.(record as RecordTypes[K]) ?? {}) : {};
    return { ...domainErrors, ...schemaErrors };
  }

  /** Refuses, before anything is stored, a write the signed-in account's role may not make. */
  protected assertMayWrite(): void {
    this.context.access?.assertMayWrite(this.collectionName);
  }

  protected assertValid(record: RecordTypes[K]): void {
    const errors = this.validate(record);
    if (Object.keys(errors).length > 0) throw new RecordValidationError(this.recordTitle, errors);
  }

  /** The record with the fields its rules derive from others set. */
  protected derived(record: RecordTypes[K]): RecordTypes[K] {
    return this.rules.derive ? this.rules.derive(record) : record;
  }

  protected stampNew(draft: Draft<RecordTypes[K]>, now: Date = this.context.now()): RecordTypes[K] {
    const at = now.toISOString();
    const by = this.context.actor();
    const defined = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
    return {
      ...defined,
      id: draft.id ?? newId(),
      createdAt: at,
      createdBy: by,
      updatedAt: at,
      updatedBy: by,
      hasConflict: false,
    } as unknown as RecordTypes[K];
  }

  async create(draft: Draft<RecordTypes[K]>): Promise<RecordTypes[K]> {
    this.assertMayWrite();
    const at = this.context.now();
    const record = this.derived(this.stampNew(draft, at));
    this.assertValid(record);
    const fact: AuditFact = {
      action: 'create',
      recordType: this.collectionName,
      recordId: record.id,
      summary: `Created ${this.rules.describe(record)}`,
      fields: Object.keys(record).filter((key) => !['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'hasConflict'].includes(key)),
    };
    const held = await this.audit.hold(
      [{ fact, written: { kind: 'exists', collection: this.collectionName, id: record.id, createdAt: record.createdAt } }],
      at,
    );
    await this.audit.writeHeld(
      () => held,
      () => this.collection.insert(record as never),
    );
    return record;
  }

  /**
   * Applies `change` to the current stored record atomically (RxDB retries it if another write
   * lands first), validates the result, and writes it. `change` returns the fields to change.
   *
   * `seen` is what the person saw of the fields they change (a form's or an editor's starting
   * values). A field someone else changed since (synced in while the form was open) is not
   * written over: the change is merged with it as sync merges, and both values are kept as
   * competing versions (shared/sync/seen-edit.ts). Without `seen` the change applies as is.
   */
  async update(
    id: string,
    change: (current: RecordTypes[K]) => Partial<RecordTypes[K]>,
    options: { coalesceAuditMs?: number; seen?: Partial<RecordTypes[K]> } = {},
  ): Promise<RecordTypes[K]> {
    this.assertMayWrite();
    const doc = await this.collection.findOne(id).exec();
    if (!doc) throw new RecordNotFoundError(this.recordTitle, id);
    const at = this.context.now();
    const entryId = newId();
    let after: RecordTypes[K] | undefined;
    let held: HeldAudit | null = null;
    await this.audit.writeHeld(
      () => held,
      () =>
        (doc as RxDocument<RecordTypes[K]>).incrementalModify(async (data) => {
          const current = data as RecordTypes[K];
          const next = {
            ...current,
            ...change(current),
            id: current.id,
            createdAt: current.createdAt,
            createdBy: current.createdBy,
            updatedAt: at.toISOString(),
            updatedBy: this.context.actor(),
          } as RecordTypes[K];
          // A field changed to `undefined` is removed from the record.
          for (const key of Object.keys(next)) if ((next as Record<string, unknown>)[key] === undefined) delete (next as Record<string, unknown>)[key];
          const kept = options.seen
            ? (withEditsMadeMeanwhile(this.collectionName, current, next, options.seen, at.toISOString()) as unknown as RecordTypes[K])
            : next;
          const written = this.derived(kept);
          this.assertValid(stripMeta(written));
          // Run again when another write landed first: the entry is held for this run's change.
          await this.audit.discard(held);
          held = null;
          const fields = changedFields(stripMeta(current), stripMeta(written));
          if (fields.length > 0) {
            const fact: AuditFact = {
              action: 'update',
              recordType: this.collectionName,
              recordId: id,
              summary: `Changed ${this.rules.describe(written)}`,
              fields,
            };
            const landed = () => ({
              kind: 'content' as const,
              collection: this.collectionName,
              id,
              from: contentDigest(current),
              digest: contentDigest(written),
            });
            held = options.coalesceAuditMs
              ? await this.audit.holdBurst(fact, landed, options.coalesceAuditMs, at, entryId)
              : await this.audit.hold([{ fact, written: landed() }], at, [entryId]);
          }
          after = written;
          return written as never;
        }),
    );
    if (!after) throw new RecordNotFoundError(this.recordTitle, id);
    return stripMeta(after);
  }

  async remove(id: string): Promise<void> {
    this.assertMayWrite();
    const doc = await this.collection.findOne(id).exec();
    if (!doc) throw new RecordNotFoundError(this.recordTitle, id);
    const record = doc.toMutableJSON();
    const fact: AuditFact = { action: 'delete', recordType: this.collectionName, recordId: id, summary: `Deleted ${this.rules.describe(record)}`, fields: [] };
    const held = await this.audit.hold([{ fact, written: { kind: 'gone', collection: this.collectionName, id } }]);
    await this.audit.writeHeld(
      () => held,
      () => this.removeAsRead(doc, record),
    );
  }

  /**
   * Deletes the record as it was read. A write that lands between the read and the deletion (a
   * pull, another window) makes RxDB refuse it (CONFLICT): the deletion is made again only if
   * that write changed nothing of the record, so no change the person has not seen is deleted
   * unseen (RecordChangedMeanwhileError); a record gone meanwhile is RecordNotFoundError.
   */
  private async removeAsRead(doc: RxDocument<RecordTypes[K]>, read: object): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await doc.remove();
        return;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'CONFLICT' || attempt >= 5) throw error;
        const latest = await this.collection.findOne(doc.primary).exec();
        if (!latest) throw new RecordNotFoundError(this.recordTitle, doc.primary);
        if (changedFields(stripMeta(read), stripMeta(latest.toMutableJSON())).length > 0) {
          throw new RecordChangedMeanwhileError(this.recordTitle, doc.primary);
        }
        doc = latest;
      }
    }
  }

  /**
   * Settles the competing edits of one field that sync kept side by side (a dotted path such as
   * `venue` or `value.address`): writes the value a person chose or merged, drops the field's
   * entry from `conflict` (and clears `hasConflict` once none remain), validates the result and
   * records the outcome, `how`, in the audit trail. Throws ConflictNotFoundError when the field
   * was settled already (on this laptop or another), and ConflictChangedError, writing nothing,
   * when the field or its versions are no longer what the person saw (`seen`).
   */
  async settleConflict(id: string, path: string, value: unknown, how: string, seen: SeenConflict): Promise<RecordTypes[K]> {
    this.assertMayWrite();
    const doc = await this.collection.findOne(id).exec();
    if (!doc) throw new RecordNotFoundError(this.recordTitle, id);
    const at = this.context.now();
    const entryId = newId();
    let after: RecordTypes[K] | undefined;
    let held: HeldAudit | null = null;
    await this.audit.writeHeld(
      () => held,
      () =>
        (doc as RxDocument<RecordTypes[K]>).incrementalModify(async (data) => {
          const settled = settleConflictField(stripMeta(data as Record<string, unknown>), path, value, seen);
          const next: Record<string, unknown> = {
            ...(data as Record<string, unknown>),
            ...settled.changes,
            updatedAt: at.toISOString(),
            updatedBy: this.context.actor(),
          };
          if (settled.removeConflict) delete next.conflict;
          // A value settled as empty removes the field.
          for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
          const written = this.derived(next as RecordTypes[K]);
          this.assertValid(stripMeta(written));
          // Run again when another write landed first: the entry is held for this run's change.
          await this.audit.discard(held);
          held = null;
          const fact: AuditFact = {
            action: 'update',
            recordType: this.collectionName,
            recordId: id,
            summary: `Settled competing edits of ${this.rules.describe(written)}: ${how}`,
            fields: [settled.topField, 'conflict', 'hasConflict'],
          };
          const landed = { kind: 'content' as const, collection: this.collectionName, id, from: contentDigest(data), digest: contentDigest(written) };
          held = await this.audit.hold([{ fact, written: landed }], at, [entryId]);
          after = written;
          return written as never;
        }),
    );
    if (!after) throw new RecordNotFoundError(this.recordTitle, id);
    return stripMeta(after);
  }

  /**
   * Inserts complete records (an import, the demo municipality, a restore). Every record is
   * validated first; if any is invalid nothing is written. Records whose id is already stored
   * are left as they are, never overwritten, and counted as skipped.
   */
  async importMany(records: RecordTypes[K][]): Promise<{ inserted: number; skipped: number }> {
    this.assertMayWrite();
    records = records.map((record) => this.derived(record));
    for (const record of records) this.assertValid(record);
    const existing = await this.collection.findByIds(records.map((r) => r.id)).exec();
    const fresh = records.filter((record) => !existing.has(record.id));
    if (fresh.length > 0) {
      const changes = fresh.map((record) => ({
        fact: {
          action: 'import' as const,
          recordType: this.collectionName,
          recordId: record.id,
          summary: `Imported ${this.rules.describe(record)}`,
          fields: [],
        },
        written: { kind: 'exists' as const, collection: this.collectionName, id: record.id, createdAt: record.createdAt },
      }));
      const held = await this.audit.hold(changes);
      await this.audit.bulkWriteHeld(
        held,
        () => this.collection.bulkInsert(fresh),
        (count) => `${count} of ${fresh.length} ${this.collectionName} could not be imported.`,
      );
    }
    return { inserted: fresh.length, skipped: records.length - fresh.length };
  }

  async findById(id: string): Promise<RecordTypes[K] | null> {
    const doc = await this.collection.findOne(id).exec();
    return doc ? doc.toMutableJSON() : null;
  }

  /** The record, which must exist: a RecordNotFoundError (deleted on another device?) otherwise. */
  async getById(id: string): Promise<RecordTypes[K]> {
    const record = await this.findById(id);
    if (!record) throw new RecordNotFoundError(this.recordTitle, id);
    return record;
  }

  /** How many records match the selector (read, not counted on an index: the selectors it serves are not all indexed). */
  protected async countWhere(selector: MangoQuerySelector<RecordTypes[K]>): Promise<number> {
    return (await this.collection.find({ selector }).exec()).length;
  }

  /** The records with these ids that exist, by id (a bulk read by primary key, not a scan). */
  async findByIds(ids: readonly string[]): Promise<Map<string, RecordTypes[K]>> {
    const docs = await this.collection.findByIds([...ids]).exec();
    return new Map([...docs].map(([id, doc]) => [id, doc.toMutableJSON()]));
  }

  /**
   * Visits every record in id order, a page at a time (keyset paging: no growing skips), so
   * memory stays flat on a large municipality; stops when `visit` returns false.
   */
  async scan(visit: (record: RecordTypes[K]) => boolean): Promise<void> {
    let after = '';
    for (;;) {
      const docs = await this.collection.find({ selector: { id: { $gt: after } } as never, sort: [{ id: 'asc' } as never], limit: SCAN_PAGE }).exec();
      for (const doc of docs) if (!visit(doc.toMutableJSON())) return;
      if (docs.length < SCAN_PAGE) return;
      after = docs[docs.length - 1]!.primary;
    }
  }

  watchById(id: string): Observable<RecordTypes[K] | null> {
    return this.collection.findOne(id).$.pipe(map((doc) => (doc ? recordOf(doc) : null)));
  }

  /** The records with these ids that exist (a bulk read by primary key, not a scan). */
  watchByIds(ids: readonly string[]): Observable<Map<string, RecordTypes[K]>> {
    return this.collection.findByIds([...ids]).$.pipe(map((docs) => new Map([...docs].map(([id, doc]) => [id, recordOf(doc)]))));
  }

  watchMany(query: MangoQuery<RecordTypes[K]>): Observable<RecordTypes[K][]> {
    return this.collection.find(query).$.pipe(map((docs) => docs.map((doc) => recordOf(doc))));
  }

  /**
   * Whether any record is stored, live. One key read, where counting would walk the whole index
   * (IndexedDB counts key by key: 100,000 queries take a noticeable while).
   */
  watchAny(): Observable<boolean> {
    return this.collection.findOne().$.pipe(map((doc) => doc !== null));
  }

  async count(query: MangoQuery<RecordTypes[K]> = {}): Promise<number> {
    return this.collection.count(query).exec();
  }
}

/** RxDB adds `_rev`, `_meta`, `_deleted` and `_attachments` to stored data; records do not carry them. */
function stripMeta<T extends object>(data: T): T {
  const copy = { ...data } as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (key.startsWith('_')) delete copy[key];
  return copy as T;
}
