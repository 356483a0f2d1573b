/**
 * A laptop's join, collection by collection (shared/sync/join.ts holds the stages and the
 * arithmetic): which collections have caught up with the server at least once (remembered in the
 * sync memory, so a laptop closed halfway resumes the join), how many records each has here and
 * on the server, the pace, and the gate that holds the background collections until the
 * essentials have arrived.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import {
  ESSENTIAL_COLLECTIONS,
  joinPhase,
  joinStageOf,
  NO_JOIN,
  secondsLeftAtPace,
  totalRecordsLeft,
  type CollectionJoin,
  type JoinStatus,
  type PaceSample,
} from '@shared/sync/join';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { ConnectionGate } from './connection-gate';
import { Timer, type SyncClock } from './sync-clock';

/** What the sync memory keeps of a join. */
export interface JoinMemory {
  startedEmpty: boolean;
  caughtUp: CollectionName[];
}

export interface JoinTrackerOptions {
  clock: SyncClock;
  /** The status is published at most this often while records arrive… */
  publishMs: number;
  /** …and at least this often while the join goes on (a pace that stalled gives no estimate). */
  heartbeatMs: number;
  /** A collection caught up for the first time: the memory is saved. */
  changed(): void;
}

/** Samples older than this are dropped from the pace. */
const PACE_WINDOW_MS = 20_000;

export class JoinTracker {
  private readonly subject = new BehaviorSubject<JoinStatus>(NO_JOIN);
  private readonly caught = new Set<CollectionName>();
  private readonly unavailable = new Set<CollectionName>();
  private readonly onLaptop = new Map<CollectionName, number>();
  private readonly onServer = new Map<CollectionName, number>();
  private readonly publishTimer: Timer;
  private readonly heartbeat: Timer;
  private startedEmpty = false;
  private begun = false;
  private arrived = 0;
  private pace: PaceSample[] = [];
  /** Opens once the essentials have arrived; stopping the engine releases its waiters with SyncStoppedError. */
  private readonly background = new ConnectionGate();

  constructor(private readonly options: JoinTrackerOptions) {
    this.publishTimer = new Timer(options.clock);
    this.heartbeat = new Timer(options.clock);
  }

  get status$(): Observable<JoinStatus> {
    return this.subject.asObservable();
  }

  get status(): JoinStatus {
    return this.subject.getValue();
  }

  /** What to remember (null before the join is known). */
  get memory(): JoinMemory | null {
    if (!this.begun) return null;
    return { startedEmpty: this.startedEmpty, caughtUp: COLLECTION_NAMES.filter((name) => this.caught.has(name)) };
  }

  /** Starts from what the memory says, with the records already here. */
  begin(memory: JoinMemory, counts: Partial<Record<CollectionName, number>>): void {
    this.begun = true;
    this.startedEmpty = memory.startedEmpty;
    for (const name of memory.caughtUp) this.caught.add(name);
    for (const name of COLLECTION_NAMES) this.onLaptop.set(name, counts[name] ?? 0);
    this.releaseIfReady();
    this.publishNow();
  }

  /** Resolves when `name` may replicate: at once for an essential, after the essentials for the rest. */
  stageReady(name: CollectionName): Promise<void> {
    return joinStageOf(name) === 'essentials' ? Promise.resolve() : this.background.wait();
  }

  /** `name` arrives in the background stage of this join (it has not yet caught up). */
  inBackground(name: CollectionName): boolean {
    return this.begun && joinStageOf(name) === 'background' && !this.caught.has(name);
  }

  /** Which collections have not yet caught up (their server counts are worth reading). */
  get joining(): CollectionName[] {
    return this.begun ? COLLECTION_NAMES.filter((name) => !this.caught.has(name)) : [];
  }

  caughtUp(name: CollectionName): void {
    if (this.caught.has(name)) return;
    this.caught.add(name);
    this.releaseIfReady();
    this.options.changed();
    this.publishNow();
  }

  /** A collection's database is missing or refused: the background does not wait for it. */
  setUnavailable(name: CollectionName, unavailable: boolean): void {
    if (unavailable === this.unavailable.has(name)) return;
    if (unavailable) this.unavailable.add(name);
    else this.unavailable.delete(name);
    this.releaseIfReady();
    this.publishNow();
  }

  received(name: CollectionName, count = 1): void {
    this.onLaptop.set(name, (this.onLaptop.get(name) ?? 0) + count);
    if (this.caught.has(name)) return;
    this.arrived += count;
    if (!this.publishTimer.waiting) this.publishTimer.start(this.options.publishMs, () => this.publishNow());
  }

  /** The server's record counts of some collections. */
  serverCounts(counts: Partial<Record<CollectionName, number>>): void {
    for (const [name, count] of Object.entries(counts) as Array<[CollectionName, number]>) this.onServer.set(name, count);
    this.publishNow();
  }

  stop(): void {
    this.publishTimer.cancel();
    this.heartbeat.cancel();
    this.background.stop();
  }

  private essentialsDone(): boolean {
    return ESSENTIAL_COLLECTIONS.every((name) => this.caught.has(name) || this.unavailable.has(name));
  }

  private releaseIfReady(): void {
    if (this.begun && this.essentialsDone()) this.background.open();
  }

  private publishNow(): void {
    this.publishTimer.cancel();
    if (!this.begun) return;
    const collections: CollectionJoin[] = COLLECTION_NAMES.map((name) => ({
      name,
      onLaptop: this.onLaptop.get(name) ?? 0,
      onServer: this.onServer.get(name) ?? null,
      caughtUp: this.caught.has(name),
      ...(this.unavailable.has(name) ? { unavailable: true } : {}),
    }));
    const atMs = this.options.clock.now().getTime();
    this.pace = [...this.pace.filter((s) => atMs - s.atMs <= PACE_WINDOW_MS), { atMs, arrived: this.arrived }];
    const recordsLeft = totalRecordsLeft(collections);
    const phase = joinPhase(collections);
    if (phase === 'joined') this.heartbeat.cancel();
    else this.heartbeat.start(this.options.heartbeatMs, () => this.publishNow());
    this.subject.next({
      phase,
      startedEmpty: this.startedEmpty,
      collections,
      recordsLeft,
      secondsLeft: secondsLeftAtPace(this.pace, recordsLeft),
    });
  }
}
