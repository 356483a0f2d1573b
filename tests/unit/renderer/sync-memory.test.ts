/**
 * What the laptop remembers of the server survives a save without handing the engine's own
 * object to the database: RxDB's dev-mode deep-freezes what it stores, and an engine whose
 * identities were frozen by a save failed its next check ("Cannot assign to read only property")
 * after a server database was recreated.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncMemory, SyncMemoryWriter, type SyncMemoryData } from '../../../renderer/src/sync/sync-memory';
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

describe('the sync memory writer', () => {
  it('saves one after another, each what is true when it runs, and reports a failed save', async () => {
    const stored: string[] = [];
    const failures: string[] = [];
    let release: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    let now = 'a';
    let calls = 0;
    const writer = new SyncMemoryWriter(
      {
        save: async (memory) => {
          calls += 1;
          if (calls === 1) await firstHeld;
          if (memory.lastSyncedAt === 'boom') throw new Error('disk full');
          stored.push(memory.lastSyncedAt ?? '');
        },
      },
      () => ({ serverKey: 'k', identities: {}, lastSyncedAt: now }),
      (error) => failures.push(String(error)),
    );
    void writer.save();
    await vi.waitFor(() => expect(calls).toBe(1));
    now = 'b';
    void writer.save();
    // The second save has not started while the first is held: no two at once.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(1);
    release();
    await writer.settled;
    expect(stored).toEqual(['a', 'b']);
    now = 'boom';
    await writer.save();
    expect(failures).toEqual(['Error: disk full']);
    // A failure does not stop the saves after it.
    now = 'c';
    await writer.save();
    expect(stored).toEqual(['a', 'b', 'c']);
  });
});
