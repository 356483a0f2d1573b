/**
 * Joining a municipality's server in two stages. A laptop that joins first pulls what a person
 * needs to work (the essentials), then the two collections that make up most of a metro's
 * records (query timelines and the audit trail) in the background while the person works.
 *
 * The stages are whole collections, not selections inside one: each collection replicates from
 * one checkpoint in its database's `_changes` feed, and the checkpoint of a filtered feed ("open
 * queries only") cannot be resumed as the checkpoint of the full one, so a selection would have
 * to be pulled twice. docs/sync.md says more.
 */
import { COLLECTION_NAMES, type CollectionName } from '../schemas/vocabulary';
import { COLLECTION_LABELS } from './record-labels';

/** Pulled in the background, once the essentials are on the laptop. */
export const BACKGROUND_COLLECTIONS: readonly CollectionName[] = ['queryevents', 'audit'];

/** Pulled first: the app opens on a new laptop once these have arrived. */
export const ESSENTIAL_COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES.filter((name) => !BACKGROUND_COLLECTIONS.includes(name));

export function joinStageOf(name: CollectionName): 'essentials' | 'background' {
  return BACKGROUND_COLLECTIONS.includes(name) ? 'background' : 'essentials';
}

/** One collection's part of a join. */
export interface CollectionJoin {
  name: CollectionName;
  /** Records of it on this laptop. */
  onLaptop: number;
  /** Records of it on the server, once the server said (null before). */
  onServer: number | null;
  /** Its replication has caught up with the server at least once. */
  caughtUp: boolean;
  /** Its server database is missing or refused to this account: nothing of it can arrive for now. */
  unavailable?: boolean;
}

export type JoinPhase = 'unknown' | 'essentials' | 'background' | 'joined';

export interface JoinStatus {
  phase: JoinPhase;
  /** The join began on an empty laptop (a new or replaced one): the app waits for the essentials. */
  startedEmpty: boolean;
  collections: CollectionJoin[];
  /** Records still to arrive (of the collections not caught up), when the server has said how many. */
  recordsLeft: number | null;
  /** A rough estimate from the recent pace; null until there is a pace to go by. */
  secondsLeft: number | null;
}

export const NO_JOIN: JoinStatus = { phase: 'unknown', startedEmpty: false, collections: [], recordsLeft: null, secondsLeft: null };

/**
 * The phase a set of collections is in: essentials until they have all caught up, then the rest.
 * A collection whose database is missing or refused waits for no one (its problem is shown as a
 * sync problem), so a laptop is never held on the first screen by a database it cannot read.
 */
export function joinPhase(collections: readonly Pick<CollectionJoin, 'name' | 'caughtUp' | 'unavailable'>[]): JoinPhase {
  const pending = collections.filter((c) => !c.caughtUp && !c.unavailable);
  if (pending.length === 0) return 'joined';
  return pending.some((c) => joinStageOf(c.name) === 'essentials') ? 'essentials' : 'background';
}

/** Records a collection still lacks: never below zero (the laptop may hold records the server has not yet had). */
export function recordsLeftOf(c: CollectionJoin): number | null {
  if (c.caughtUp || c.unavailable) return 0;
  if (c.onServer === null) return null;
  return Math.max(0, c.onServer - c.onLaptop);
}

export function totalRecordsLeft(collections: readonly CollectionJoin[]): number | null {
  let total = 0;
  for (const c of collections) {
    const left = recordsLeftOf(c);
    if (left === null) return null;
    total += left;
  }
  return total;
}

/** How many records arrived when: a few recent samples give the pace. */
export interface PaceSample {
  atMs: number;
  arrived: number;
}

/**
 * Seconds left at the pace of the recent samples (the oldest kept and the newest), or null while
 * there is no pace yet (fewer than two samples, under two seconds apart, or nothing arrived).
 */
export function secondsLeftAtPace(samples: readonly PaceSample[], recordsLeft: number | null): number | null {
  if (recordsLeft === null) return null;
  if (recordsLeft === 0) return 0;
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.atMs - first.atMs < 2_000) return null;
  const perMs = (last.arrived - first.arrived) / (last.atMs - first.atMs);
  if (perMs <= 0) return null;
  return Math.ceil(recordsLeft / perMs / 1000);
}

/** "about 4 min left", "less than a minute left", "" when unknown. */
export function describeTimeLeft(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} min left`;
  return `about ${Math.round(minutes / 6) / 10} h left`;
}

/** "Query timeline entries 12 000 of 68 000" for one collection still arriving. */
export function describeCollectionJoin(c: CollectionJoin): string {
  const label = COLLECTION_LABELS[c.name];
  const count = (n: number) => n.toLocaleString('en-ZA');
  if (c.caughtUp) return `${label}: all ${count(c.onLaptop)} here`;
  if (c.onServer === null) return `${label}: ${count(c.onLaptop)} so far`;
  return `${label}: ${count(Math.min(c.onLaptop, c.onServer))} of ${count(c.onServer)}`;
}

/** The share of the records that have arrived, 0–100, over the given collections (null when the server has not said). */
export function percentArrived(collections: readonly CollectionJoin[]): number | null {
  let have = 0;
  let all = 0;
  for (const c of collections) {
    if (c.caughtUp) {
      have += c.onLaptop;
      all += c.onLaptop;
      continue;
    }
    if (c.onServer === null) return null;
    have += Math.min(c.onLaptop, c.onServer);
    all += c.onServer;
  }
  return all === 0 ? 100 : Math.min(100, Math.floor((have / all) * 100));
}
