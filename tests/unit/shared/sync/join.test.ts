import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_COLLECTIONS,
  describeCollectionJoin,
  describeTimeLeft,
  ESSENTIAL_COLLECTIONS,
  joinPhase,
  percentArrived,
  secondsLeftAtPace,
  totalRecordsLeft,
  type CollectionJoin,
} from '../../../../shared/sync/join';
import { COLLECTION_NAMES } from '../../../../shared/schemas/vocabulary';

const joined = (name: CollectionJoin['name'], onLaptop: number, onServer: number | null, caughtUp = false): CollectionJoin => ({
  name,
  onLaptop,
  onServer,
  caughtUp,
});

describe('the stages of a join', () => {
  it('puts every collection in exactly one stage, with timelines and the audit trail in the background', () => {
    expect([...ESSENTIAL_COLLECTIONS, ...BACKGROUND_COLLECTIONS].sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(BACKGROUND_COLLECTIONS).toEqual(['queryevents', 'audit']);
    expect(ESSENTIAL_COLLECTIONS).toContain('settings');
    expect(ESSENTIAL_COLLECTIONS).toContain('queries');
  });

  it('is in the essentials while any essential lacks, then in the background, then joined', () => {
    const all = COLLECTION_NAMES.map((name) => ({ name, caughtUp: false }));
    expect(joinPhase(all)).toBe('essentials');
    const essentialsDone = all.map((c) => ({ ...c, caughtUp: ESSENTIAL_COLLECTIONS.includes(c.name) }));
    expect(joinPhase(essentialsDone)).toBe('background');
    // One essential still lacking keeps the essentials phase, whatever the background did.
    expect(joinPhase(all.map((c) => ({ ...c, caughtUp: c.name !== 'settings' })))).toBe('essentials');
    expect(joinPhase(all.map((c) => ({ ...c, caughtUp: true })))).toBe('joined');
    // A database missing or refused holds no one back.
    expect(joinPhase(all.map((c) => ({ ...c, caughtUp: c.name !== 'settings', unavailable: c.name === 'settings' })))).toBe('joined');
  });
});

describe('the progress of a join', () => {
  it('counts the records still to come, unknown until the server says, never below zero', () => {
    expect(totalRecordsLeft([joined('audit', 100, 1_000), joined('queryevents', 50, 500)])).toBe(1_350);
    expect(totalRecordsLeft([joined('audit', 100, null)])).toBeNull();
    expect(totalRecordsLeft([joined('audit', 1_200, 1_000)])).toBe(0);
    expect(totalRecordsLeft([joined('audit', 10, 1_000, true)])).toBe(0);
  });

  it('gives the share arrived, with caught-up collections whole', () => {
    expect(percentArrived([joined('audit', 250, 1_000), joined('settings', 4, 4, true)])).toBe(25);
    expect(percentArrived([joined('audit', 0, null)])).toBeNull();
    expect(percentArrived([])).toBe(100);
  });

  it('estimates the time left from the recent pace, and says nothing without one', () => {
    const samples = [
      { atMs: 0, arrived: 0 },
      { atMs: 10_000, arrived: 5_000 },
    ];
    expect(secondsLeftAtPace(samples, 30_000)).toBe(60);
    expect(secondsLeftAtPace(samples.slice(0, 1), 30_000)).toBeNull();
    expect(secondsLeftAtPace([samples[0]!, { atMs: 1_000, arrived: 100 }], 30_000)).toBeNull();
    expect(secondsLeftAtPace([samples[0]!, { atMs: 10_000, arrived: 0 }], 30_000)).toBeNull();
    expect(secondsLeftAtPace(samples, null)).toBeNull();
    expect(secondsLeftAtPace([], 0)).toBe(0);
  });

  it('says the time left and each collection in words', () => {
    expect(describeTimeLeft(null)).toBe('');
    expect(describeTimeLeft(42)).toBe('less than a minute left');
    expect(describeTimeLeft(240)).toBe('about 4 min left');
    expect(describeTimeLeft(3 * 3600)).toBe('about 3 h left');
    // en-ZA groups thousands with a no-break space.
    expect(describeCollectionJoin(joined('queryevents', 12_000, 68_000))).toBe('Query timeline entries: 12\u00a0000 of 68\u00a0000');
    expect(describeCollectionJoin(joined('queryevents', 12_000, null))).toBe('Query timeline entries: 12\u00a0000 so far');
    expect(describeCollectionJoin(joined('settings', 5, 5, true))).toBe('Settings: all 5 here');
  });
});
