/**
 * What the laptop remembers of the server survives a save without handing the engine's own
 * object to the database: RxDB's dev-mode deep-freezes what it stores, and an engine whose
 * identities were frozen by a save failed its next check ("Cannot assign to read only property")
 * after a server database was recreated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SyncMemory, type SyncMemoryData } from '../../../renderer/src/sync/sync-memory';
import { createTestData, type TestData } from '../support/test-database';

let data: TestData | null = null;

afterEach(async () => {
  await data?.db.close();
  data = null;
});

describe('sync memory', () => {
  it('saves a copy, so the identities in use stay writable, and loads what was saved', async () => {
    data = await createTestData();
    const memory = new SyncMemory(data.db);
    const inUse: SyncMemoryData = { serverKey: 'http://couch/|quorum_x_', identities: { quorum_x_meetings: 'one' }, lastSyncedAt: null };
    await memory.save(inUse);
    inUse.identities.quorum_x_meetings = 'two';
    expect(inUse.identities.quorum_x_meetings).toBe('two');
    expect((await memory.load('http://couch/|quorum_x_')).identities).toEqual({ quorum_x_meetings: 'one' });
    expect((await memory.load('http://other/|quorum_x_')).identities).toEqual({});
  });
});
