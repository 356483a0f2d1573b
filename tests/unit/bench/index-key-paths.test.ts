import { describe, expect, it } from 'vitest';
import { dexieRow, keyPathOf, storeShapeOf } from '../../../bench/data/index-key-paths';
import { querySchema } from '../../../shared/schemas/query';

describe("the bench's raw limit with the app's indexes", () => {
  it('reads a Dexie store spec part as a key path, compound indexes as lists', () => {
    expect(keyPathOf('id')).toBe('id');
    expect(keyPathOf('[_deleted+status+dueDate+id]')).toEqual(['_deleted', 'status', 'dueDate', 'id']);
    expect(keyPathOf(' &name ')).toBe('name');
  });

  it("makes every index RxDB's Dexie storage makes for queries, and knows which fields are booleans", () => {
    const shape = storeShapeOf(querySchema as never);
    expect(shape.keyPath).toBe('id');
    // One per schema index (each behind _deleted and ended by the primary key), plus RxDB's own.
    expect(shape.indexes).toContainEqual(['_deleted', 'departmentId', 'status', 'dueDate', 'id']);
    expect(shape.indexes).toContainEqual(['_deleted', 'reference', 'id']);
    expect(shape.indexes).toContainEqual(['_meta.lwt', 'id']);
    expect(shape.indexes.length).toBeGreaterThanOrEqual(querySchema.indexes.length + 2);
    expect(shape.booleanFields.sort()).toEqual(['_deleted', 'hasConflict']);
  });
});

describe('dexieRow', () => {
  it("stores a server document as Dexie would for the raw limit: its id, '0'/'1' booleans and _meta.lwt", () => {
    const shape = { keyPath: 'id', indexes: ['status', ['_deleted', 'id']], booleanFields: ['_deleted', 'hasConflict'] };
    const row = dexieRow({ _id: 'q1', _rev: '1-a', status: 'new', hasConflict: true, note: '<b>x</b>' }, shape, 42);
    expect(row).toEqual({ _id: 'q1', _rev: '1-a', id: 'q1', status: 'new', hasConflict: '1', note: '<b>x</b>', _deleted: '0', _meta: { lwt: 42 } });
    expect(dexieRow({ _id: 'q2', hasConflict: false }, shape, 1).hasConflict).toBe('0');
  });
});
