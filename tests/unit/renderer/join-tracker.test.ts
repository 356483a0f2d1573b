import { describe, expect, it } from 'vitest';
import { ESSENTIAL_COLLECTIONS } from '../../../shared/sync/join';
import { COLLECTION_NAMES } from '../../../shared/schemas/vocabulary';
import { SyncStoppedError } from '../../../renderer/src/sync/connection-gate';
import { JoinTracker } from '../../../renderer/src/sync/join-tracker';
import { FakeClock } from './support/fake-clock';

function tracker(clock = new FakeClock()) {
  let saved = 0;
  const join = new JoinTracker({ clock, publishMs: 500, heartbeatMs: 5_000, changed: () => saved++ });
  return { join, clock, saved: () => saved };
}

const settled = (promise: Promise<unknown>) => {
  const state = { done: false, error: null as unknown };
  promise.then(
    () => (state.done = true),
    (error: unknown) => (state.error = error),
  );
  return state;
};

describe('a laptop’s join', () => {
  it('holds the background collections until every essential has caught up, and remembers each', async () => {
    const { join, saved } = tracker();
    const essentials = join.stageReady('settings');
    const timelines = settled(join.stageReady('queryevents'));
    join.begin({ startedEmpty: true, caughtUp: [] }, {});
    await essentials;
    expect(join.status.phase).toBe('essentials');
    for (const name of ESSENTIAL_COLLECTIONS.slice(1)) join.caughtUp(name);
    await Promise.resolve();
    expect(timelines.done).toBe(false);
    join.caughtUp(ESSENTIAL_COLLECTIONS[0]!);
    await Promise.resolve();
    expect(timelines.done).toBe(true);
    expect(join.status.phase).toBe('background');
    expect(join.memory).toEqual({ startedEmpty: true, caughtUp: ESSENTIAL_COLLECTIONS });
    expect(saved()).toBe(ESSENTIAL_COLLECTIONS.length);
    join.caughtUp('queryevents');
    join.caughtUp('audit');
    expect(join.status.phase).toBe('joined');
    expect(join.joining).toEqual([]);
  });

  it('says which collections arrive in the background (their pull is paced): those of the background stage not yet caught up', () => {
    const { join } = tracker();
    // Before the join is known, nothing is paced.
    expect(join.inBackground('queryevents')).toBe(false);
    join.begin({ startedEmpty: true, caughtUp: [] }, {});
    expect(COLLECTION_NAMES.filter((name) => join.inBackground(name))).toEqual(['queryevents', 'audit']);
    join.caughtUp('queryevents');
    expect(COLLECTION_NAMES.filter((name) => join.inBackground(name))).toEqual(['audit']);
    // A laptop that has synced before paces nothing.
    const other = tracker().join;
    other.begin({ startedEmpty: false, caughtUp: [...COLLECTION_NAMES] }, {});
    expect(COLLECTION_NAMES.filter((name) => other.inBackground(name))).toEqual([]);
  });

  it('does not wait for an essential whose database is missing or refused', async () => {
    const { join } = tracker();
    join.begin({ startedEmpty: false, caughtUp: ESSENTIAL_COLLECTIONS.filter((name) => name !== 'stakeholders') }, {});
    const audit = settled(join.stageReady('audit'));
    await Promise.resolve();
    expect(audit.done).toBe(false);
    join.setUnavailable('stakeholders', true);
    await Promise.resolve();
    expect(audit.done).toBe(true);
    // Nor is the laptop held on its first screen by it: the essentials phase is over.
    expect(join.status.phase).toBe('background');
    // Once the database answers again, it joins like any other.
    join.setUnavailable('stakeholders', false);
    expect(join.status.phase).toBe('essentials');
  });

  it('resumes a join from its memory: what caught up before does not wait again', async () => {
    const { join } = tracker();
    join.begin({ startedEmpty: true, caughtUp: [...ESSENTIAL_COLLECTIONS] }, { queryevents: 400, audit: 10 });
    await join.stageReady('audit');
    expect(join.status.phase).toBe('background');
    expect(join.joining).toEqual(['queryevents', 'audit']);
    expect(join.status.collections.find((c) => c.name === 'queryevents')?.onLaptop).toBe(400);
  });

  it('counts arrivals against the server’s counts and estimates the time left from the pace', () => {
    const { join, clock } = tracker();
    join.begin({ startedEmpty: true, caughtUp: [...ESSENTIAL_COLLECTIONS] }, { queryevents: 0, audit: 0 });
    join.serverCounts({ queryevents: 10_000, audit: 2_000 });
    expect(join.status.recordsLeft).toBe(12_000);
    expect(join.status.secondsLeft).toBeNull();
    for (let second = 1; second <= 4; second += 1) {
      for (let i = 0; i < 1_000; i += 1) join.received('queryevents');
      clock.advance(1_000);
    }
    // Published at most every 500 ms while records arrive: the last publication counts all 4,000.
    expect(join.status.recordsLeft).toBe(8_000);
    expect(join.status.collections.find((c) => c.name === 'queryevents')?.onLaptop).toBe(4_000);
    // 4,000 records from 0 ms to the last publication at 3,500 ms: 8,000 more take 7 s.
    expect(join.status.secondsLeft).toBe(7);
    // Nothing more arrives: once the pace window holds no arrivals, there is no estimate.
    clock.advance(30_000);
    expect(join.status.secondsLeft).toBeNull();
    expect(join.status.recordsLeft).toBe(8_000);
  });

  it('releases the waiting background requests with SyncStoppedError when sync stops', async () => {
    const { join } = tracker();
    join.begin({ startedEmpty: false, caughtUp: [] }, {});
    const waiting = join.stageReady('queryevents');
    join.stop();
    await expect(waiting).rejects.toBeInstanceOf(SyncStoppedError);
  });

  it('knows nothing before it begins', () => {
    const { join } = tracker();
    expect(join.status.phase).toBe('unknown');
    expect(join.memory).toBeNull();
    expect(join.joining).toEqual([]);
    expect(COLLECTION_NAMES.length).toBe(10);
  });
});
