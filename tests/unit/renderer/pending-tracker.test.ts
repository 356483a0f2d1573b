/**
 * The tracker behind "N changes waiting": it counts again only what changed, and a change that
 * arrives while a count is running is counted once more, never lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { PendingTracker, type PendingSource } from '../../../renderer/src/sync/pending-changes';
import { PendingCountSchedule } from '../../../renderer/src/sync/pending-count-schedule';
import { FakeClock } from './support/fake-clock';

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

  it('reports after its second pass even while changes keep being marked, and leaves the rest marked for the next count', async () => {
    const counts = new Map([['queries', 3]]);
    const calls: string[] = [];
    let tracker: PendingTracker | null = null;
    // Every count of `queries` marks it again, as a sweep does while counting is slow.
    const source: PendingSource = () => {
      calls.push('queries');
      tracker?.mark(['queries']);
      return Promise.resolve({ count: counts.get('queries') ?? 0, capped: false });
    };
    tracker = new PendingTracker(() => [['queries', source] as const], undefined);
    expect(await tracker.recount(['queries'])).toBe(true);
    expect(calls).toEqual(['queries', 'queries']);
    expect(tracker.total().count).toBe(3);
    expect(tracker.marked).toBe(true);
  });

  it('gives up a count that does not end in time, keeps the last count, and says which', async () => {
    const exceeded: string[] = [];
    let hang = false;
    const source: PendingSource = () => (hang ? new Promise(() => undefined) : Promise.resolve({ count: 5, capped: false }));
    const tracker = new PendingTracker(() => [['audit', source] as const], undefined, { ms: 20, exceeded: (name) => exceeded.push(name) });
    await tracker.recount();
    hang = true;
    expect(await tracker.recount(['audit'])).toBe(true);
    expect(exceeded).toEqual(['audit']);
    expect(tracker.total().count).toBe(5);
  });
});

describe('when waiting changes are counted', () => {
  it('counts once after a burst of changes, says a change is in the making meanwhile, and nothing once stopped', async () => {
    const clock = new FakeClock();
    const counted: string[] = [];
    const source =
      (name: string): PendingSource =>
      () => {
        counted.push(name);
        return Promise.resolve({ count: 1, capped: false });
      };
    const tracker = new PendingTracker(() => [['queries', source('queries')] as const, ['meetings', source('meetings')] as const], undefined);
    let stopped = false;
    let published = 0;
    const schedule = new PendingCountSchedule(clock, 250, tracker, { stopped: () => stopped, publish: () => published++ });
    schedule.schedule('queries');
    schedule.schedule('queries');
    // One count is due for the burst; the status said so at once.
    expect(schedule.waiting).toBe(true);
    expect(published).toBe(1);
    clock.advance(249);
    expect(counted).toEqual([]);
    clock.advance(1);
    await vi.waitFor(() => expect(counted).toEqual(['queries']));
    await vi.waitFor(() => expect(tracker.total().count).toBe(1));
    expect(schedule.waiting).toBe(false);
    stopped = true;
    schedule.schedule('meetings');
    expect(schedule.waiting).toBe(false);
    clock.advance(1_000);
    expect(counted).toEqual(['queries']);
  });
});
