/**
 * Reading and settling a record's competing edits: where a conflicted field lives (a dotted
 * path such as `venue` or `value.address`), what each version holds, and the record after a
 * person chose or merged a value.
 */
import type { ConflictField, ConflictVersion } from './merge';
import { joinPages, splitPages, storedEntries } from './conflict-pages';
import { isPlainObject, jsonEqual, type JsonObject } from './record-state';

export type { ConflictField, ConflictVersion };

/** A record's competing edits, one entry per field with every version, however many pages store them. */
export function conflictFieldsOf(record: JsonObject): ConflictField[] {
  return joinPages(storedEntries<ConflictVersion>(record));
}

/** The value at a dotted path; undefined when absent. */
export function valueAt(record: JsonObject, path: string): unknown {
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A copy of the record with the value at a dotted path replaced (undefined removes it). */
export function withValueAt(record: JsonObject, path: string, value: unknown): JsonObject {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') throw new RangeError('A field path may not be empty.');
  const copy: JsonObject = { ...record };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = isPlainObject(record[head]) ? record[head] : {};
  copy[head] = withValueAt(child, rest.join('.'), value);
  return copy;
}

/** The value a version holds; `null` stands for "no value" (the field was empty). */
export function versionValue(version: ConflictVersion): unknown {
  try {
    const parsed: unknown = JSON.parse(version.value);
    return parsed === null ? undefined : parsed;
  } catch {
    // A version that is not JSON was written by something other than Quorum: keep it as text.
    return version.value;
  }
}

/**
 * The version a person chose, found by what it holds (versions are unique by value), never by its
 * place in the list: sync may bring the versions back in another order while the person looks at
 * them, and a place would then name another version. Null when the version is no longer offered.
 */
export function chosenVersion(versions: readonly ConflictVersion[], chosenValue: string): ConflictVersion | null {
  return versions.find((version) => version.value === chosenValue) ?? null;
}

export class ConflictNotFoundError extends Error {
  constructor(path: string) {
    super(`There are no competing edits of "${path}" on this record any more: someone may have settled them already.`);
    this.name = 'ConflictNotFoundError';
  }
}

/**
 * What a person saw of a field's competing edits when they chose: the value the record held and
 * the versions offered. A settlement names it, so that it never overwrites what they did not see.
 */
export interface SeenConflict {
  current: unknown;
  versions: readonly ConflictVersion[];
}

export class ConflictChangedError extends Error {
  constructor(readonly path: string) {
    super('These competing edits changed while you were choosing (a newer edit arrived): nothing was settled. Look at the versions again and choose.');
    this.name = 'ConflictChangedError';
  }
}

function sameVersions(a: readonly ConflictVersion[], b: readonly ConflictVersion[]): boolean {
  const values = new Set(a.map((version) => version.value));
  return values.size === new Set(b.map((version) => version.value)).size && b.every((version) => values.has(version.value));
}

/**
 * The fields of a record after settling the competing edits of one field: the chosen value is
 * written, the field's entry removed, and `hasConflict` true only while other entries remain.
 * Returns only the top-level fields that change, plus whether `conflict` must be removed.
 *
 * Refused (ConflictChangedError) when the field's value or its versions are no longer what the
 * person saw: an edit that arrived meanwhile, typed on another laptop or on this one, would
 * otherwise be overwritten by a choice made without it (found by the torture run, seed 1001).
 */
export function settleConflictField(
  record: JsonObject,
  path: string,
  value: unknown,
  seen: SeenConflict,
): { changes: JsonObject; removeConflict: boolean; topField: string } {
  const entries = conflictFieldsOf(record);
  const entry = entries.find((candidate) => candidate.field === path);
  if (!entry) throw new ConflictNotFoundError(path);
  if (!jsonEqual(valueAt(record, path), seen.current) || !sameVersions(entry.versions, seen.versions)) throw new ConflictChangedError(path);
  const remaining = entries.filter((entry) => entry.field !== path);
  const topField = path.split('.')[0] ?? path;
  const next = withValueAt(record, path, value);
  const changes: JsonObject = { hasConflict: remaining.length > 0 };
  if (!jsonEqual(next[topField], record[topField])) changes[topField] = next[topField];
  if (remaining.length > 0 && isPlainObject(record.conflict)) changes.conflict = { ...record.conflict, fields: splitPages(remaining) };
  return { changes, removeConflict: remaining.length === 0, topField };
}

/** Whether every version holds text: a person may then write a merged text by hand. */
export function isTextConflict(entry: ConflictField): boolean {
  return entry.versions.every((version) => {
    const value = versionValue(version);
    return value === undefined || typeof value === 'string';
  });
}

/** Rich text (a list of paragraphs with runs): two versions can be kept one after the other. */
export function isRichTextConflict(entry: ConflictField): boolean {
  return entry.versions.every((version) => {
    const value = versionValue(version);
    return value === undefined || (Array.isArray(value) && value.every((p) => isPlainObject(p) && Array.isArray(p.runs)));
  });
}
