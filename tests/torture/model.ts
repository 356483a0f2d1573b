/**
 * What people saved, as the run saw it: for each field a person wrote, the values that must
 * still be somewhere (the field's value, or a competing version kept for a person to settle).
 * A value leaves this set only when a person replaced it having seen it (an edit made over it,
 * a deletion of the record that held it, or a settlement), never because sync chose another.
 */
import type { CollectionName } from '../../shared/schemas/vocabulary';

/** JSON with object keys sorted, so equal values compare equal; `undefined` is its own token. */
export function canonical(value: unknown): string {
  if (value === undefined) return '<absent>';
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export interface AuditExpectation {
  collection: CollectionName;
  id: string;
  action: 'create' | 'update' | 'delete';
  field?: string;
  /** The operation that made the change, for the report. */
  op: number;
}

export interface AttachmentExpectation {
  itemId: string;
  attachmentId: string;
  size: number;
  op: number;
}

export class SavedModel {
  /** `collection/id/field` → canonical values that must still be present. */
  readonly live = new Map<string, Map<string, number>>();
  readonly audit: AuditExpectation[] = [];
  readonly attachments: AttachmentExpectation[] = [];
  /** Conflicts seen at a check, `collection/id/field`: they stay until a person settles them. */
  knownConflicts = new Set<string>();
  /** `collection/id/field` → versions a settlement chose there (canonical). */
  private readonly chosen = new Map<string, Set<string>>();
  /** `collection/id/field` → versions a settlement chose and a person then typed over, having seen them. */
  private readonly chosenThenReplaced = new Map<string, Set<string>>();

  private key(collection: CollectionName, id: string, field: string): string {
    return `${collection}/${id}/${field}`;
  }

  /** A person saved `value` over `seen` (what the field showed on her laptop). */
  saved(collection: CollectionName, id: string, field: string, seen: unknown, value: unknown, op: number): void {
    const key = this.key(collection, id, field);
    const values = this.live.get(key) ?? new Map<string, number>();
    values.delete(canonical(seen));
    values.set(canonical(value), op);
    this.live.set(key, values);
    if (this.chosen.get(key)?.has(canonical(seen))) addTo(this.chosenThenReplaced, key, canonical(seen));
  }

  /** A person deleted a record showing these values (its fields' values and their competing versions). */
  deleted(collection: CollectionName, id: string, seen: Record<string, unknown[]>): void {
    for (const [field, values] of Object.entries(seen)) for (const value of values) this.live.get(this.key(collection, id, field))?.delete(canonical(value));
    for (const conflict of [...this.knownConflicts]) if (conflict.startsWith(`${collection}/${id}/`)) this.knownConflicts.delete(conflict);
  }

  /**
   * A person settled a field's competing versions with `value`, having seen `current` (the
   * field's value on her laptop) and `versions` (the competing ones it showed). Edits made
   * meanwhile elsewhere stay live.
   *
   * Choosing the value the field already shows writes nothing to the field: the settlement only
   * disposes of the other versions. That value stays exactly as live as it was: if someone on
   * another laptop had meanwhile typed over it having seen it, it is gone by that edit, and the
   * settlement (made without seeing that edit) does not bring it back (seed 13, pouchdb-server,
   * docs/sync-torture.md). Choosing another version is an edit over the field's value, unless
   * another laptop's settlement already made the same choice and a person there then typed over
   * it, having seen it: the two settlements are one decision, already superseded, and the app
   * may merge them as one (seed 13 again, docs/sync-torture.md).
   */
  settled(collection: CollectionName, id: string, field: string, current: unknown, versions: unknown[], value: unknown, op: number): void {
    const key = this.key(collection, id, field);
    const values = this.live.get(key) ?? new Map<string, number>();
    const chosen = canonical(value);
    const keptAsShown = chosen === canonical(current);
    for (const shown of [current, ...versions]) if (canonical(shown) !== chosen || !keptAsShown) values.delete(canonical(shown));
    const superseded = this.chosenThenReplaced.get(key)?.has(chosen) === true;
    if (!keptAsShown && !superseded) values.set(chosen, op);
    addTo(this.chosen, key, chosen);
    this.live.set(key, values);
    this.knownConflicts.delete(key);
  }

  /**
   * A person settled an agenda item's attachments with `chosen`, having seen `shown` (the list
   * the item showed and its competing versions): an attachment she saw and left out is gone by
   * her choice, as a value is by a settlement (seed 4832, round 45, CouchDB, docs/sync-torture.md).
   * One added meanwhile on another laptop, which she did not see, must still be there.
   */
  settledAttachments(itemId: string, shown: readonly unknown[], chosen: unknown): void {
    const kept = attachmentIds(chosen);
    const seen = new Set(shown.flatMap((list) => [...attachmentIds(list)]));
    for (let index = this.attachments.length - 1; index >= 0; index -= 1) {
      const expected = this.attachments[index];
      if (expected?.itemId === itemId && seen.has(expected.attachmentId) && !kept.has(expected.attachmentId)) this.attachments.splice(index, 1);
    }
  }

  /** Records that must exist because a value saved in them is still live. */
  *liveFields(): Generator<{ collection: CollectionName; id: string; field: string; values: Map<string, number> }> {
    for (const [key, values] of this.live) {
      if (values.size === 0) continue;
      const [collection, id, field] = key.split('/') as [CollectionName, string, string];
      yield { collection, id, field, values };
    }
  }
}

/** The ids of an attachments list (anything else: none). */
function attachmentIds(list: unknown): Set<string> {
  if (!Array.isArray(list)) return new Set();
  return new Set(
    list.flatMap((ref: unknown) => (ref && typeof ref === 'object' && typeof (ref as { id?: unknown }).id === 'string' ? [(ref as { id: string }).id] : [])),
  );
}

function addTo(sets: Map<string, Set<string>>, key: string, value: string): void {
  const set = sets.get(key) ?? new Set<string>();
  set.add(value);
  sets.set(key, set);
}
