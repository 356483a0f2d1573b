/**
 * What the benchmark page offers the runner: each call runs the app's own code in Chromium and
 * answers with what it measured. Shared by the page (bench/page/main.ts) and the runner (Node),
 * which calls it through Playwright's `page.evaluate`.
 */
import type { MetroSizes } from '../data/metro';

/** A CouchDB-compatible server and the account the laptop uses on it. */
export interface ServerAccount {
  url: string;
  username: string;
  password: string;
}

export interface SeedRequest {
  seed: number;
  sizes: MetroSizes;
  /** ISO instant the data set is generated for. */
  now: string;
  userName: string;
  /** Records written per IndexedDB transaction (at most). */
  chunk: number;
}

export interface SeedResult {
  counts: Record<string, number>;
  ms: number;
  budgetMeetingId: string | null;
  /** Where the time went, in ms (the phases overlap: the worker generates while the page writes). */
  phases: Record<string, number>;
}

export interface PullRequest {
  server: ServerAccount;
  prefix: string;
  /** Records the server database holds: the pull is done when all are on the laptop. */
  expected: number;
  timeoutMs: number;
}

export interface TimedResult {
  ms: number;
  /** Anything worth keeping beside the time (records moved, bytes written). */
  detail: Record<string, number | string>;
}

export interface PushRequest {
  server: ServerAccount;
  prefix: string;
  /** Records the server database holds at the start (pulled first, untimed). */
  expected: number;
  /** Changes made while offline. */
  changes: number;
  timeoutMs: number;
}

export interface RawPushRequest {
  server: ServerAccount;
  /** A prefix prepared as the app's, whose databases are empty. */
  prefix: string;
  timeoutMs: number;
}

export interface JoinConfigRequest {
  server: ServerAccount;
  prefix: string;
  seed: number;
  sizes: MetroSizes;
  now: string;
  userName: string;
  timeoutMs: number;
}

export interface JoinRequest {
  server: ServerAccount;
  prefix: string;
  /** Records each collection's server database holds: the join is done when all are on the laptop. */
  expected: Record<string, number>;
  timeoutMs: number;
}

export interface DemoProfileRequest {
  userName: string;
  now: string;
  server: ServerAccount;
  prefix: string;
}

export interface ExportRequest {
  /** The meeting of the minutes; ignored for the register. */
  meetingId: string;
  now: string;
  userName: string;
}

export interface BenchApi {
  /** Writes the metro data set into the app's database (`quorum`), as a laptop that synced it would hold it. */
  seedMetro(request: SeedRequest): Promise<SeedResult>;
  /** Quorum's sync engine pulls `expected` records into an empty database. */
  pullQuorum(request: PullRequest): Promise<TimedResult>;
  /** The raw limit: one `_all_docs?include_docs=true` fetch and one IndexedDB transaction. */
  pullRaw(request: PullRequest): Promise<TimedResult>;
  /** The raw limit with the app's indexes: the same fetch into an object store with the queries schema's IndexedDB indexes. */
  pullRawIndexed(request: PullRequest): Promise<TimedResult>;
  /** The floor of RxDB's IndexedDB storage: the same fetch, then one bulkInsert into an empty Quorum database (no replication bookkeeping). */
  pullStorageFloor(request: PullRequest): Promise<TimedResult>;
  /** The floor of RxDB's replication on that storage: the same fetch, then RxDB's replication protocol pulling the records from memory. */
  pullReplicationFloor(request: PullRequest): Promise<TimedResult>;
  /** PouchDB's own replication into IndexedDB (pouchdb-adapter-idb). */
  pullPouch(request: PullRequest): Promise<TimedResult>;
  /** Pulls, goes offline, makes `changes` changes, comes back: the time until the server has them all. */
  pushAfterOffline(request: PushRequest): Promise<TimedResult>;
  /** The raw limit of that push: the records it sent, one `_bulk_docs` per database, into empty databases. */
  pushRaw(request: RawPushRequest): Promise<TimedResult>;
  /** The metro's configuration made through the repositories on a laptop and pushed to the server. */
  seedServerConfig(request: JoinConfigRequest): Promise<TimedResult>;
  /** A new laptop joins the municipality: time to usable (detail.usableMs) and to complete (ms). */
  joinQuorum(request: JoinRequest): Promise<TimedResult>;
  /** The raw limit of that join: every database by `_all_docs` pages into stores with the app's indexes. */
  joinRawIndexed(request: JoinRequest): Promise<TimedResult>;
  /** PouchDB's replication of the same ten databases. */
  joinPouch(request: JoinRequest): Promise<TimedResult>;
  /** A profile with the demo municipality and sync set up, for the minutes editor. */
  prepareDemoProfile(request: DemoProfileRequest): Promise<void>;
  /** The minutes of one meeting as Word, through the app's document exporter. */
  exportMinutes(request: ExportRequest): Promise<TimedResult>;
  /** The whole resolution register as Word, through the app's document exporter. */
  exportRegister(request: ExportRequest): Promise<TimedResult>;
}

declare global {
  interface Window {
    quorumBench?: BenchApi;
  }
}
