/**
 * What counts as "the same state" of a record when it travels between a laptop and the server.
 *
 * RxDB's and CouchDB's bookkeeping (`_rev`, `_meta`, `_attachments`, `_revisions`) says nothing
 * about the record's content and is ignored; `_deleted` does count (a deletion is a change).
 * The conflict handler's `isEqual` is built on this, and it must compare every field the merge
 * may change, or a merged record would never be pushed (see docs/stack-facts.md, "RxDB").
 */

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values; keys whose value is `undefined` count as absent. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const aKeys = Object.keys(a).filter((key) => a[key] !== undefined);
    const bKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    if (aKeys.length !== bKeys.length) return false;
    for (const key of aKeys) if (!Object.hasOwn(b, key) || !jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** Keys of a stored record that belong to the storage, not to the record. */
export function isBookkeepingKey(key: string): boolean {
  return key.startsWith('_') && key !== '_deleted';
}

/** The record as it is compared and merged: bookkeeping dropped, `_deleted` always a boolean. */
export function recordContent(state: JsonObject): JsonObject {
  const content: JsonObject = {};
  for (const [key, value] of Object.entries(state)) {
    if (!isBookkeepingKey(key) && value !== undefined) content[key] = value;
  }
  content._deleted = state._deleted === true;
  return content;
}

/** Whether two states of one record hold the same content. */
export function sameRecordState(a: JsonObject, b: JsonObject): boolean {
  if ((a._deleted === true) !== (b._deleted === true)) return false;
  const aKeys = Object.keys(a).filter((key) => !key.startsWith('_') && a[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => !key.startsWith('_') && b[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  for (const key of aKeys) if (!Object.hasOwn(b, key) || !jsonEqual(a[key], b[key])) return false;
  return true;
}

/** JSON text with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
