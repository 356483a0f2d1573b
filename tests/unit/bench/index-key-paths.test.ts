import { describe, expect, it } from 'vitest';
import { keyPathOf, storeShapeOf } from '../../../bench/data/index-key-paths';
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
