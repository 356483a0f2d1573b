/**
 * The seeder's batches (bench/data/metro-batches.ts, generated in a worker while the page
 * writes) hold exactly the records the data set's ranges give, in the same order, each batch of
 * one collection and at most `chunk` records: seeding in batches changes nothing in the data.
 */
import { describe, expect, it } from 'vitest';
import { MetroDataSet, scaledSizes } from '../../../bench/data/metro';
import { metroBatches, type SeededCollection } from '../../../bench/data/metro-batches';

const NOW = new Date('2026-03-11T10:30:00.000Z');

describe('metroBatches', () => {
  it.each([500, 1_000, 37])('yields the records of the ranges, in order, in batches of at most %i', (chunk) => {
    const sizes = scaledSizes(0.01);
    const batched: Record<SeededCollection, unknown[]> = { meetings: [], agendaitems: [], resolutions: [], stakeholders: [], queries: [], queryevents: [] };
    for (const batch of metroBatches(new MetroDataSet({ seed: 8, sizes, now: NOW }), chunk)) {
      expect(batch.records.length).toBeGreaterThan(0);
      expect(batch.records.length).toBeLessThanOrEqual(chunk);
      batched[batch.collection].push(...batch.records);
    }
    const whole = new MetroDataSet({ seed: 8, sizes, now: NOW });
    const meetings = whole.meetingRange(0, sizes.meetings);
    const queries = whole.queryRange(0, sizes.queries);
    expect(batched.meetings).toEqual(meetings.meetings);
    expect(batched.agendaitems).toEqual(meetings.agendaItems);
    expect(batched.resolutions).toEqual(meetings.resolutions);
    expect(batched.stakeholders).toEqual(whole.stakeholderRange(0, sizes.stakeholders));
    expect(batched.queries).toEqual(queries.queries);
    expect(batched.queryevents).toEqual(queries.events);
  });

  it('refuses an empty batch size', () => {
    const data = new MetroDataSet({ seed: 8, sizes: scaledSizes(0.01), now: NOW });
    expect(() => metroBatches(data, 0).next()).toThrow(RangeError);
  });
});
