/**
 * The IndexedDB indexes RxDB's Dexie storage creates for a collection, as plain key paths, so
 * the bench's raw limit can pay for the same indexes the app's lists need: the store spec Dexie
 * is given (`getDexieStoreSchema`) read back into key paths (`[a+b]` is a compound index).
 */
import { fillWithDefaultSettings, type RxJsonSchema } from 'rxdb';
import { getDexieStoreSchema } from 'rxdb/plugins/storage-dexie';

export interface StoreShape {
  /** The primary key's path. */
  keyPath: string;
  /** Every secondary index: a path, or a list of paths for a compound index. */
  indexes: Array<string | string[]>;
  /** Fields indexed as booleans, which Dexie stores as '0'/'1' (IndexedDB does not index booleans). */
  booleanFields: string[];
}

/** Reads one part of a Dexie store spec (`id`, `[_deleted+id]`, `&name`) as a key path. */
export function keyPathOf(part: string): string | string[] {
  const clean = part.trim().replace(/^[&*+]+/, '');
  if (clean.startsWith('[') && clean.endsWith(']')) return clean.slice(1, -1).split('+');
  return clean;
}

export function storeShapeOf(schema: RxJsonSchema<unknown>): StoreShape {
  const internal = fillWithDefaultSettings(schema as RxJsonSchema<object>);
  const parts = getDexieStoreSchema(internal)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const [primary, ...rest] = parts;
  const keyPath = keyPathOf(primary ?? 'id');
  const properties = (internal.properties ?? {}) as Record<string, { type?: unknown }>;
  const indexed = new Set(rest.flatMap((part) => [keyPathOf(part)].flat()));
  const booleanFields = [...indexed].filter((field) => field === '_deleted' || properties[field]?.type === 'boolean');
  return { keyPath: Array.isArray(keyPath) ? keyPath.join('+') : keyPath, indexes: rest.map(keyPathOf), booleanFields };
}

/**
 * A server document as RxDB's Dexie storage would store it in a store of this shape: its id under
 * the key path, `_deleted` and the indexed booleans as '0'/'1', and the `_meta.lwt` the indexes read.
 */
export function dexieRow(doc: { _id: string } & Record<string, unknown>, shape: StoreShape, lwt: number): Record<string, unknown> {
  const row: Record<string, unknown> = { ...doc, id: doc._id, _deleted: '0', _meta: { lwt } };
  for (const field of shape.booleanFields) if (field !== '_deleted') row[field] = row[field] === true ? '1' : '0';
  return row;
}
