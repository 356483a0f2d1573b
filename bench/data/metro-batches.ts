/**
 * The metro data set as the seeder writes it: batches of one collection's records, in the order
 * the records have always been written (each group of meetings with its agenda items and
 * resolutions, then the stakeholders, then each group of queries with their timelines), at most
 * `chunk` records a batch. A pure function of the data set: the seeding worker runs it in the
 * browser, and tests/unit/bench/metro-batches.test.ts checks it yields exactly the records of
 * `meetingRange`, `stakeholderRange` and `queryRange`.
 */
import type { RecordTypes } from '../../shared/schemas';
import type { MetroDataSet } from './metro';

export type SeededCollection = 'meetings' | 'agendaitems' | 'resolutions' | 'stakeholders' | 'queries' | 'queryevents';

export interface SeedBatch<K extends SeededCollection = SeededCollection> {
  collection: K;
  records: Array<RecordTypes[K]>;
}

function* split<K extends SeededCollection>(collection: K, records: Array<RecordTypes[K]>, chunk: number): Generator<SeedBatch> {
  for (let from = 0; from < records.length; from += chunk) yield { collection, records: records.slice(from, from + chunk) };
}

export function* metroBatches(data: MetroDataSet, chunk: number): Generator<SeedBatch> {
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`A batch holds at least one record: ${chunk}`);
  const { sizes } = data.options;
  // Meetings come with their agendas and resolutions: ~20 items each, so fewer per group.
  const meetingStep = Math.max(1, Math.floor(chunk / 20));
  for (let from = 0; from < sizes.meetings; from += meetingStep) {
    const part = data.meetingRange(from, from + meetingStep);
    yield* split('meetings', part.meetings, chunk);
    yield* split('agendaitems', part.agendaItems, chunk);
    yield* split('resolutions', part.resolutions, chunk);
  }
  for (let from = 0; from < sizes.stakeholders; from += chunk) yield* split('stakeholders', data.stakeholderRange(from, from + chunk), chunk);
  // A query has ~7 timeline events: fewer queries per group keep the batches of even size.
  const queryStep = Math.max(1, Math.floor(chunk / 4));
  for (let from = 0; from < sizes.queries; from += queryStep) {
    const part = data.queryRange(from, from + queryStep);
    yield* split('queries', part.queries, chunk);
    yield* split('queryevents', part.events, chunk);
  }
}
