import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../../shared/schemas/vocabulary';
import { RECORD_SCHEMAS } from '../../../shared/schemas';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';
import { createTestDatabase } from '../support/test-database';

describe('the Quorum database', () => {
  let db: QuorumDatabase | undefined;
  afterEach(async () => {
    await db?.remove();
    db = undefined;
  });

  it('opens all ten collections under RxDB dev-mode, so every schema passes its checks', async () => {
    db = await createTestDatabase();
    expect(Object.keys(db.collections).sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(COLLECTION_NAMES.length).toBeLessThanOrEqual(10);
  });

  it('gives every collection a versioned schema with a string primary key', () => {
    for (const name of COLLECTION_NAMES) {
      const schema = RECORD_SCHEMAS[name];
      expect(schema.version, name).toBeGreaterThanOrEqual(0);
      expect(schema.primaryKey, name).toBe('id');
      expect(schema.title, name).toBeTruthy();
    }
  });

  it('rejects an invalid record at the storage level too', async () => {
    db = await createTestDatabase();
    await expect(db.bodies.insert({ id: 'x' } as never)).rejects.toThrow();
    expect(await db.bodies.count().exec()).toBe(0);
  });
});
