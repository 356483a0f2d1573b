/**
 * Records holding competing edits that sync kept side by side (`hasConflict: true`), across every
 * editable collection, for the Conflicts page and the count in the navigation. Because the flag
 * and the versions are part of the record, they replicate: every laptop that syncs the record
 * lists it, not only the one that found the conflict. Settling goes through the collection's own
 * repository, so the outcome is validated and recorded in the audit trail.
 */
import { combineLatest, map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { RecordTypes } from '@shared/schemas';
import { conflictFieldsOf, isRichTextConflict, isTextConflict, valueAt, type ConflictVersion } from '@shared/sync/conflict-settlement';
import { fieldLabel, recordLabel } from '@shared/sync/record-labels';
import type { JsonObject } from '@shared/sync/record-state';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository, type TrackedCollection } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export const EDITABLE_COLLECTIONS: readonly TrackedCollection[] = [
  'meetings',
  'agendaitems',
  'resolutions',
  'bodies',
  'members',
  'stakeholders',
  'queries',
  'settings',
];

export interface ConflictedField {
  /** Dotted path of the field in the record (`venue`, `value.address`). */
  path: string;
  label: string;
  /** The value the record holds now (the server's, until someone settles). */
  current: unknown;
  versions: ConflictVersion[];
  /** Every version is text: a person may write a merged text. */
  text: boolean;
  /** Every version is rich text: a person may keep both, one after the other. */
  richText: boolean;
}

export interface ConflictedRecord {
  collection: TrackedCollection;
  id: string;
  label: string;
  detectedAt: string | null;
  fields: ConflictedField[];
}

type SettlingRepositories = { [K in TrackedCollection]?: Pick<RecordRepository<K>, 'settleConflict'> };

function describe(collection: TrackedCollection, record: JsonObject): ConflictedRecord {
  const id = String(record.id);
  const conflict = record.conflict as { detectedAt?: unknown } | undefined;
  return {
    collection,
    id,
    label: recordLabel(collection, record),
    detectedAt: typeof conflict?.detectedAt === 'string' ? conflict.detectedAt : null,
    fields: conflictFieldsOf(record).map((entry) => ({
      path: entry.field,
      label: fieldLabel(collection, id, entry.field),
      current: valueAt(record, entry.field),
      versions: entry.versions,
      text: isTextConflict(entry),
      richText: isRichTextConflict(entry),
    })),
  };
}

export class ConflictRepository {
  constructor(
    private readonly db: QuorumDatabase,
    private readonly context: WriteContext,
    private readonly audit: AuditLog,
    private readonly repositories: SettlingRepositories,
  ) {}

  private collection(name: TrackedCollection): RxCollection<JsonObject> {
    return this.db[name] as unknown as RxCollection<JsonObject>;
  }

  /** Every record with competing edits, newest first. */
  watchAll(): Observable<ConflictedRecord[]> {
    return combineLatest(
      EDITABLE_COLLECTIONS.map((name) =>
        this.collection(name)
          .find({ selector: { hasConflict: true } })
          .$.pipe(map((docs) => docs.map((doc) => describe(name, doc.toMutableJSON())))),
      ),
    ).pipe(map((lists) => lists.flat().sort((a, b) => (b.detectedAt ?? '').localeCompare(a.detectedAt ?? ''))));
  }

  watchCount(): Observable<number> {
    return combineLatest(EDITABLE_COLLECTIONS.map((name) => this.collection(name).count({ selector: { hasConflict: true } }).$)).pipe(
      map((counts) => counts.reduce((sum, count) => sum + count, 0)),
    );
  }

  /**
   * Writes the chosen or merged value of one field; `how` says what the person did, for the audit
   * trail. `field` is the field as the person saw it: if its value or versions changed since,
   * nothing is written (ConflictChangedError) and the person chooses again.
   */
  async settle(
    collection: TrackedCollection,
    id: string,
    field: Pick<ConflictedField, 'path' | 'current' | 'versions'>,
    value: unknown,
    how: string,
  ): Promise<void> {
    const repository =
      (this.repositories[collection] as Pick<RecordRepository<TrackedCollection>, 'settleConflict'> | undefined) ??
      new RecordRepository(this.db, collection, this.context, this.audit, {
        describe: (record: RecordTypes[TrackedCollection]) => recordLabel(collection, record),
      });
    await repository.settleConflict(id, field.path, value, how, { current: field.current, versions: field.versions });
  }
}
