/**
 * Three-way merge of a record edited on this laptop and on the server, so that no edit is ever
 * silently dropped.
 *
 * `base` is the state this laptop last knew the server had (RxDB's "assumed master state"),
 * `local` is this laptop's state, `remote` the server's. Field by field:
 * - a field only one side changed takes that side's value;
 * - plain objects (a settings area) merge key by key, keyed lists item by item, logs are joined;
 * - a field both sides changed to different values keeps the server's value in the field and
 *   BOTH values in the record's `conflict`, with `hasConflict: true`, so the record replicates
 *   with the conflict and a person settles it on any laptop.
 * Without a base (a record created on two devices, or a server restored from a backup) a field
 * present on one side only is taken, and differing values become competing edits.
 * A deletion on one side and an edit on the other keeps the edited record.
 */
import type { Meeting } from '../schemas';
import type { CollectionName } from '../schemas/vocabulary';
import { CONFLICT_FIELDS, TRACKING_FIELDS, deriveFields, derivedFields, growingFields, listRuleFor } from './merge-rules';
import { joinPages, splitPages, storedEntries } from './conflict-pages';
import { valueAt, versionValue, withValueAt } from './conflict-settlement';
import { canonicalJson, isBookkeepingKey, isPlainObject, jsonEqual, sameRecordState, type JsonObject } from './record-state';

type RecordConflict = NonNullable<Meeting['conflict']>;
export type ConflictField = RecordConflict['fields'][number];
export type ConflictVersion = ConflictField['versions'][number];

export interface MergeInput {
  collection: CollectionName;
  base?: JsonObject | undefined;
  local: JsonObject;
  remote: JsonObject;
  /** When the merge runs (ISO instant): the conflict's `detectedAt`. */
  detectedAt: string;
}

export interface MergeResult {
  /** The merged record, with `_deleted`. */
  record: JsonObject;
  /** Dotted paths of fields that both sides changed: both versions are now in `conflict`. */
  conflictedFields: string[];
  /** Top-level fields whose merged value came from this laptop rather than the server. */
  keptFromLocal: string[];
  /** Which side a deletion came from, when one side's deletion won or was overridden. */
  deletion: 'none' | 'local-kept' | 'remote-kept' | 'local-overridden' | 'remote-overridden';
}

/** The base had no state at all (not even an absent key). */
const NO_BASE = Symbol('no base');
/** A key missing from an object. */
const ABSENT = Symbol('absent');
type Slot = unknown;

interface Context {
  collection: CollectionName;
  conflicts: Array<{ path: string; local: Slot; remote: Slot }>;
}

function slot(object: unknown, key: string): Slot {
  return isPlainObject(object) && Object.hasOwn(object, key) && object[key] !== undefined ? object[key] : ABSENT;
}

function same(a: Slot, b: Slot): boolean {
  if (a === ABSENT || b === ABSENT) return a === b;
  return jsonEqual(a, b);
}

function mergeSlot(path: string, base: Slot, local: Slot, remote: Slot, ctx: Context): Slot {
  if (same(local, remote)) return local;
  if (base !== NO_BASE) {
    if (same(local, base)) return remote;
    if (same(remote, base)) return local;
  } else {
    if (local === ABSENT) return remote;
    if (remote === ABSENT) return local;
  }
  if (isPlainObject(local) && isPlainObject(remote)) return mergeObject(path, base, local, remote, ctx);
  if (Array.isArray(local) && Array.isArray(remote)) {
    const rule = listRuleFor(ctx.collection, path);
    if (rule?.kind === 'log') return mergeLog(local, remote);
    if (rule?.kind === 'keyed') {
      const merged = mergeKeyed(path, base, local, remote, rule.key, ctx.collection);
      if (merged) return merged;
    }
  }
  ctx.conflicts.push({ path, local, remote });
  return remote;
}

function mergeObject(path: string, base: Slot, local: JsonObject, remote: JsonObject, ctx: Context): JsonObject {
  // A base that was not an object (or had no such key) counts as an empty object.
  const baseObject = base === NO_BASE ? NO_BASE : isPlainObject(base) ? base : {};
  const out: JsonObject = {};
  for (const key of unionKeys(local, remote)) {
    const value = mergeSlot(`${path}.${key}`, baseObject === NO_BASE ? NO_BASE : slot(baseObject, key), slot(local, key), slot(remote, key), ctx);
    if (value !== ABSENT) out[key] = value;
  }
  return out;
}

function keyedItems(list: unknown[], key: string): Map<string, JsonObject> | null {
  const items = new Map<string, JsonObject>();
  for (const item of list) {
    if (!isPlainObject(item)) return null;
    const id = item[key];
    if (typeof id !== 'string' && typeof id !== 'number') return null;
    if (items.has(String(id))) return null;
    items.set(String(id), item);
  }
  return items;
}

/** Item-by-item merge of a keyed list; null when two edits of one item compete (the list then conflicts as a whole). */
function mergeKeyed(path: string, base: Slot, local: unknown[], remote: unknown[], key: string, collection: CollectionName): unknown[] | null {
  const localItems = keyedItems(local, key);
  const remoteItems = keyedItems(remote, key);
  const baseItems = base === NO_BASE ? NO_BASE : Array.isArray(base) ? keyedItems(base, key) : new Map<string, JsonObject>();
  if (!localItems || !remoteItems || baseItems === null) return null;
  const itemContext: Context = { collection, conflicts: [] };
  const order = [...remoteItems.keys(), ...[...localItems.keys()].filter((id) => !remoteItems.has(id))];
  const out: unknown[] = [];
  for (const id of order) {
    const baseItem = baseItems === NO_BASE ? NO_BASE : (baseItems.get(id) ?? ABSENT);
    const value = mergeSlot(`${path}[]`, baseItem, localItems.get(id) ?? ABSENT, remoteItems.get(id) ?? ABSENT, itemContext);
    if (value !== ABSENT) out.push(value);
  }
  return itemContext.conflicts.length > 0 ? null : out;
}

/** The union of two logs, in time order when every entry carries its instant. */
function mergeLog(local: unknown[], remote: unknown[]): unknown[] {
  const seen = new Set(remote.map((entry) => canonicalJson(entry)));
  const out = [...remote];
  for (const entry of local) {
    const text = canonicalJson(entry);
    if (!seen.has(text)) {
      seen.add(text);
      out.push(entry);
    }
  }
  const timed = out.every((entry) => isPlainObject(entry) && typeof entry.at === 'string');
  if (timed) {
    return out
      .map((entry, index) => ({ entry: entry as JsonObject, index }))
      .sort((a, b) => (a.entry.at as string).localeCompare(b.entry.at as string) || a.index - b.index)
      .map(({ entry }) => entry);
  }
  return out;
}

function unionKeys(a: JsonObject, b: JsonObject): string[] {
  const keys = [...Object.keys(b)];
  for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) keys.push(key);
  return keys.filter((key) => a[key] !== undefined || b[key] !== undefined);
}

/** A state's competing edits, one entry per field with all its versions (shared/sync/conflict-pages.ts). */
function conflictList(state: JsonObject | undefined): ConflictField[] {
  return joinPages(storedEntries<ConflictVersion>(state));
}

/** Both lists' versions, each once; none is ever dropped, however many there are (the torture run's item 13). */
function unionVersions(first: ConflictVersion[], second: ConflictVersion[]): ConflictVersion[] {
  const out = [...first];
  const known = new Set(first.map((version) => version.value));
  for (const version of second) {
    if (known.has(version.value)) continue;
    known.add(version.value);
    out.push(version);
  }
  return out;
}

function versionOf(value: Slot, state: JsonObject, origin: 'local' | 'server'): ConflictVersion {
  const version: ConflictVersion = { value: value === ABSENT ? 'null' : JSON.stringify(value), origin };
  if (typeof state.updatedBy === 'string' && state.updatedBy) version.by = state.updatedBy.slice(0, 120);
  if (typeof state.updatedAt === 'string' && state.updatedAt) version.at = state.updatedAt;
  return version;
}

/**
 * The competing edits after the merge: entries settled on one side (removed there, untouched
 * on the other) are dropped, entries on both sides are joined, and new competing edits added.
 */
function mergeConflicts(input: MergeInput, fresh: Context['conflicts']): ConflictField[] {
  const baseList = input.base ? new Map(conflictList(input.base).map((entry) => [entry.field, entry])) : null;
  const localList = new Map(conflictList(input.local).map((entry) => [entry.field, entry]));
  const remoteList = new Map(conflictList(input.remote).map((entry) => [entry.field, entry]));
  const order = [...remoteList.keys(), ...[...localList.keys()].filter((field) => !remoteList.has(field))];
  const out: ConflictField[] = [];
  for (const field of order) {
    const local = localList.get(field);
    const remote = remoteList.get(field);
    const base = baseList?.get(field);
    if (local && remote) out.push({ field, versions: unionVersions(remote.versions, local.versions) });
    else if (remote) {
      if (!(base && jsonEqual(base, remote))) out.push(remote);
    } else if (local) {
      if (!(base && jsonEqual(base, local))) out.push(local);
    }
  }
  for (const { path, local, remote } of fresh) {
    const versions = [versionOf(local, input.local, 'local'), versionOf(remote, input.remote, 'server')];
    const existing = out.find((entry) => entry.field === path);
    if (existing) existing.versions = unionVersions(existing.versions, versions);
    else out.push({ field: path, versions });
  }
  return out;
}

/**
 * A settlement that the field merge alone would let vanish: each was a person's decision, made
 * without seeing the other side's change, so the two compete in turn (the server's in the
 * field, both kept). The field merge misses them when the settling side kept the value the field
 * showed (its base's), which reads there as "unchanged":
 * - settled on both sides, each with another of the versions offered: the torture run's
 *   pouchdb-server seed 2021 lost a person's choice so (docs/sync-torture.md, item 16). Only a
 *   choice among the versions counts: a value typed after the settlement (or a text written to
 *   settle) is an edit, merged as before, and the same choice on both sides is one decision;
 * - settled on one side, keeping the shown value, while on the other side, still showing the
 *   competing versions, a person typed a new value: the typed value won alone and the
 *   settlement's choice was gone (Apache CouchDB seed 4104, item 18: the server went 50 → 111 →
 *   50 by a settlement, and a laptop's 113 typed over the first 50 replaced it).
 */
function competingSettlements(base: JsonObject, local: JsonObject, remote: JsonObject, record: JsonObject, ctx: Context): JsonObject {
  const open = (state: JsonObject) => new Set(conflictList(state).map((entry) => entry.field));
  const stillLocal = open(local);
  const stillRemote = open(remote);
  const covered = (path: string) => ctx.conflicts.some((c) => c.path === path || c.path.startsWith(`${path}.`) || path.startsWith(`${c.path}.`));
  let merged = record;
  for (const { field: path, versions } of conflictList(base)) {
    const settledHere = !stillLocal.has(path);
    const settledThere = !stillRemote.has(path);
    if ((!settledHere && !settledThere) || covered(path)) continue;
    const at = (state: JsonObject): Slot => {
      const value = valueAt(state, path);
      return value === undefined ? ABSENT : value;
    };
    const mine = at(local);
    const theirs = at(remote);
    const before = at(base);
    if (same(mine, theirs)) continue;
    if (settledHere && settledThere) {
      // The side that moved away from the base must have chosen one of the versions offered.
      const moved = same(mine, before) ? theirs : same(theirs, before) ? mine : null;
      if (moved === null) continue;
      const offered = versions.some((version) => jsonEqual(versionValue(version), moved === ABSENT ? null : moved));
      if (!offered) continue;
    } else {
      // Settled on one side only: it competes when it kept the shown value and the other side typed
      // over it (any other pair differs from the base on both sides, and the field merge kept both).
      const settled = settledHere ? mine : theirs;
      const typed = settledHere ? theirs : mine;
      if (!same(settled, before) || same(typed, before)) continue;
    }
    ctx.conflicts.push({ path, local: mine, remote: theirs });
    const shown = theirs === ABSENT ? undefined : theirs;
    if (shown !== undefined || valueAt(merged, path) !== undefined) merged = withValueAt(merged, path, shown);
  }
  return merged;
}

function liveContent(state: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(state)) if (!isBookkeepingKey(key) && value !== undefined) out[key] = value;
  out._deleted = false;
  return out;
}

export function mergeRecord(input: MergeInput): MergeResult {
  const { local, remote } = input;
  const base = input.base && input.base._deleted !== true ? input.base : undefined;
  const localDeleted = local._deleted === true;
  const remoteDeleted = remote._deleted === true;

  if (localDeleted && remoteDeleted) {
    return { record: { ...liveContent(remote), _deleted: true }, conflictedFields: [], keptFromLocal: [], deletion: 'none' };
  }
  if (remoteDeleted) {
    // The server's deletion wins only over a record this laptop did not change.
    if (base && sameRecordState(local, base)) {
      return { record: { ...liveContent(remote), _deleted: true }, conflictedFields: [], keptFromLocal: [], deletion: 'remote-kept' };
    }
    return { record: liveContent(local), conflictedFields: [], keptFromLocal: [], deletion: 'remote-overridden' };
  }
  if (localDeleted) {
    if (base && sameRecordState(remote, base)) {
      return { record: { ...liveContent(local), _deleted: true }, conflictedFields: [], keptFromLocal: [], deletion: 'local-kept' };
    }
    return { record: liveContent(remote), conflictedFields: [], keptFromLocal: [], deletion: 'local-overridden' };
  }

  const ctx: Context = { collection: input.collection, conflicts: [] };
  const skipped = new Set([...TRACKING_FIELDS, ...CONFLICT_FIELDS]);
  const derived = new Set(derivedFields(input.collection));
  let record: JsonObject = {};
  for (const key of unionKeys(local, remote)) {
    if (key.startsWith('_') || skipped.has(key) || derived.has(key)) continue;
    const value = mergeSlot(key, base ? slot(base, key) : NO_BASE, slot(local, key), slot(remote, key), ctx);
    if (value !== ABSENT) record[key] = value;
  }
  if (base) record = competingSettlements(base, local, remote, record, ctx);
  // Fields kept from others (a phone's E.164 form) follow the merged values, never a competing version.
  if (derived.size > 0) record = deriveFields(input.collection, record);

  // Who created the record is the server's account of it; the last change is the later one.
  for (const key of ['createdAt', 'createdBy']) {
    const value = remote[key] ?? local[key];
    if (value !== undefined) record[key] = value;
  }
  const stamp = (state: JsonObject) => (typeof state.updatedAt === 'string' ? state.updatedAt : '');
  const localIsLater = stamp(local) > stamp(remote);
  const latest = localIsLater ? local : remote;
  for (const key of ['updatedAt', 'updatedBy']) {
    const value = latest[key] ?? (localIsLater ? remote : local)[key];
    if (value !== undefined) record[key] = value;
  }

  const conflicts = mergeConflicts(input, ctx.conflicts);
  if (Object.hasOwn(local, 'hasConflict') || Object.hasOwn(remote, 'hasConflict') || conflicts.length > 0) {
    record.hasConflict = conflicts.length > 0;
  }
  if (conflicts.length > 0) {
    const detectedAt =
      ctx.conflicts.length > 0
        ? input.detectedAt
        : ((isPlainObject(remote.conflict) ? remote.conflict.detectedAt : undefined) ??
          (isPlainObject(local.conflict) ? local.conflict.detectedAt : undefined) ??
          input.detectedAt);
    record.conflict = { detectedAt, fields: splitPages(conflicts) };
  }
  record._deleted = false;

  const keptFromLocal = Object.keys(record).filter((key) => !key.startsWith('_') && !skipped.has(key) && !jsonEqual(record[key], remote[key]));
  return { record, conflictedFields: ctx.conflicts.map((c) => c.path), keptFromLocal, deletion: 'none' };
}

/**
 * Two states of one append-only record (an audit entry): they may differ only in the fields that
 * grow (a burst's last time, its count, its fields), which combine as the later, the larger and
 * the union. Returns null when anything else differs: two records under one id.
 */
export function mergeAppendOnly(collection: CollectionName, local: JsonObject, remote: JsonObject): JsonObject | null {
  const growing = new Set(growingFields(collection));
  for (const key of unionKeys(local, remote)) {
    if (key.startsWith('_') || growing.has(key)) continue;
    if (!jsonEqual(local[key], remote[key])) return null;
  }
  if ((local._deleted === true) !== (remote._deleted === true)) return null;
  const merged: JsonObject = { ...remote };
  for (const key of growing) {
    const a = local[key];
    const b = remote[key];
    if (a === undefined || b === undefined) merged[key] = a ?? b;
    else if (typeof a === 'number' && typeof b === 'number') merged[key] = Math.max(a, b);
    else if (typeof a === 'string' && typeof b === 'string') merged[key] = a > b ? a : b;
    else if (Array.isArray(a) && Array.isArray(b)) {
      const known: unknown[] = b;
      merged[key] = [...known, ...(a as unknown[]).filter((item) => !known.some((entry) => jsonEqual(entry, item)))].slice(0, 100);
    } else merged[key] = b;
    if (merged[key] === undefined) delete merged[key];
  }
  return merged;
}
