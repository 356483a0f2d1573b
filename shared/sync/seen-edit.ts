/**
 * A person's edit saved over what they saw, not over whatever the record holds when the save
 * lands. A colleague's value can arrive by sync between the moment a form or an editor showed a
 * field and the moment the person's change is written (a dialog left open, minutes typed while
 * the item syncs; the torture run's item 12). Written blindly, the change would replace a value
 * nobody on this laptop ever saw. Instead the change is merged with the stored record exactly as
 * sync merges two laptops' edits (shared/sync/merge.ts), with what the person saw as the common
 * base: a field only the person changed takes their value, and a field someone else changed
 * meanwhile to another value keeps the person's value with BOTH values as competing versions, to
 * settle on the Conflicts page like any other.
 */
import type { CollectionName } from '../schemas/vocabulary';
import { mergeRecord } from './merge';
import { jsonEqual, recordContent, type JsonObject } from './record-state';

/** The fields of `seen` that someone else changed since the person saw them, and that the person's change sets to another value. */
export function fieldsChangedMeanwhile(stored: JsonObject, next: JsonObject, seen: JsonObject): string[] {
  return Object.keys(seen).filter((key) => !jsonEqual(stored[key], seen[key]) && !jsonEqual(next[key], stored[key]));
}

/**
 * The record to write for a person's change: `next` (the stored record with the change applied)
 * when nothing they change moved since they saw it (`seen`, the values they saw of the fields they
 * edit), otherwise the merge of `next` with the stored record on the base they saw.
 * Keys starting with `_` (the storage's bookkeeping) are kept from `next` as they are.
 */
export function withEditsMadeMeanwhile(collection: CollectionName, stored: JsonObject, next: JsonObject, seen: JsonObject, detectedAt: string): JsonObject {
  if (fieldsChangedMeanwhile(stored, next, seen).length === 0) return next;
  const bookkeeping = Object.fromEntries(Object.entries(next).filter(([key]) => key.startsWith('_')));
  const storedContent = recordContent(stored);
  const merged = mergeRecord({
    collection,
    base: { ...storedContent, ...seen },
    local: storedContent,
    remote: recordContent(next),
    detectedAt,
  }).record;
  delete merged._deleted;
  return { ...bookkeeping, ...merged };
}

/** What a form showed of the fields a change sets: `record`'s values (absent ones included) for the keys of `change`. */
export function seenFields<T extends object>(record: T, change: object): Partial<T> {
  const seen: Partial<T> = {};
  for (const key of Object.keys(change) as Array<keyof T>) seen[key] = record[key];
  return seen;
}
