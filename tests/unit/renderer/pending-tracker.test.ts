/**
 * The tracker behind "N changes waiting": it counts again only what changed, and a change that
 * arrives while a count is running is counted once more, never lost.
 */
import { describe, expect, it } from 'vitest';
import { PendingTracker, type PendingSource } from '../../../renderer/src/sync/pending-changes';

function trackerOver(counts: Map<string, number>, attachments = 0) {
  const calls: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const source =
    (name: string): PendingSource =>
    async () => {
      calls.push(name);
      await gate;
      return { count: counts.get(name) ?? 0, capped: false };
    };
  const tracker = new PendingTracker(
    () => [...counts.keys()].map((name) => [name, source(name)] as const),
    () => {
      calls.push('attachments');
      return Promise.resolve(attachments);
    },
  );
  return {
    tracker,
    calls,
    hold() {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return () => release();
    },
  };
}

describe('PendingTracker', () => {
  it('counts every collection and the attachments when asked for everything', async () => {
    const { tracker, calls } = trackerOver(
      new Map([
        ['agendaItems', 2],
        ['queries', 3],
      ]),
      1,
    );
    expect(await tracker.recount()).toBe(true);
    expect(calls).toEqual(['agendaItems', 'queries', 'attachments']);
    expect(tracker.total()).toEqual({ count: 6, capped: false });
  });

  it('counts again only the collection named, keeping the others as they were', async () => {
    const counts = new Map([
      ['agendaItems', 2],
      ['queries', 3],
    ]);
    const { tracker, calls } = trackerOver(counts);
    await tracker.recount();
    calls.length = 0;
    counts.set('agendaItems', 5);
    counts.set('queries', 100); // not named: its count must not be read again
    await tracker.recount(['agendaItems']);
    expect(calls).toEqual(['agendaItems']);
    expect(tracker.total().count).toBe(8);
  });

  it('counts a collection named while a count runs once more afterwards', async () => {
    const counts = new Map([
      ['agendaItems', 0],
      ['queries', 0],
    ]);
    const { tracker, calls, hold } = trackerOver(counts);
    const release = hold();
    const first = tracker.recount(['agendaItems']);
    await Promise.resolve();
    counts.set('queries', 4);
    expect(await tracker.recount(['queries'])).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(calls).toEqual(['agendaItems', 'queries']);
    expect(tracker.total().count).toBe(4);
  });
});
