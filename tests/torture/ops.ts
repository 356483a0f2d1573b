/**
 * The operations of a torture run and how a seed chooses them. Every operation is plain data
 * (it can be printed, saved and replayed), names its laptop by number and its records by
 * handles ("s3", "m1", "f0.2") that the run maps to ids as records are created, so any subset
 * of a run's operations can be replayed from empty: an operation whose record does not exist
 * (yet) on its laptop does nothing.
 */

export type Op =
  /** Network on or off for a laptop (takes effect when it is open, and whenever it opens again). */
  | { kind: 'network'; laptop: number; online: boolean }
  /** The open laptop syncs (or sits offline) for a while. */
  | { kind: 'wait'; laptop: number; ms: number }
  /** The office's clock moves on: a night, a day offline. */
  | { kind: 'clock'; ms: number }
  /** A meeting scheduled (in draft, its agenda laid out from the template). */
  | { kind: 'schedule'; laptop: number; handle: string; title: string }
  | { kind: 'venue'; laptop: number; meeting: string; venue: string }
  | { kind: 'addItem'; laptop: number; meeting: string; handle: string; title: string }
  | { kind: 'presenter'; laptop: number; item: string; presenter: string }
  /** A burst of typing in an item's minutes: each text saved in turn, as the editor autosaves. */
  | { kind: 'minutes'; laptop: number; item: string; texts: string[] }
  /** A motion proposed (and numbered) in the laptop's own meeting. */
  | { kind: 'propose'; laptop: number; handle: string; item: string }
  | { kind: 'wording'; laptop: number; resolution: string; text: string }
  | { kind: 'stakeholder'; laptop: number; handle: string; name: string }
  | { kind: 'rename'; laptop: number; stakeholder: string; name: string }
  | { kind: 'deleteStakeholder'; laptop: number; stakeholder: string }
  /** A query logged (and given its reference). */
  | { kind: 'query'; laptop: number; handle: string; stakeholder: string; subject: string }
  | { kind: 'attach'; laptop: number; item: string; handle: string; size: number }
  /** A person settles the `pick`-th conflict this laptop shows by choosing one of its versions. */
  | { kind: 'settle'; laptop: number; pick: number; version: number }
  /** The lid closed (the page dropped) while these writes are under way, `afterMs` after they start. */
  | { kind: 'drop'; laptop: number; writes: WriteOp[]; afterMs: number }
  /**
   * A laptop comes online with `backlog` stakeholders typed in offline (as at the end of a day in
   * a hall), and the server is SIGKILLed `afterMs` into the push, down for `downMs`.
   */
  | { kind: 'kill'; laptop: number; backlog: number; afterMs: number; downMs: number }
  /** IT copies the server's data folder aside (server stopped for the copy). */
  | { kind: 'backup' }
  /** IT restores the server from the last copy and runs the setup with --new-identity (README). */
  | { kind: 'restore' }
  /** Everything online and idle, then every invariant checked (the end of a round). */
  | { kind: 'check' };

export type WriteOp = Extract<Op, { kind: 'venue' | 'presenter' | 'minutes' | 'wording' | 'rename' | 'stakeholder' }>;

/** Deterministic PRNG (mulberry32): the same seed gives the same run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text as people type it, hostile included: markup, emoji, odd Unicode. */
const FLAVOURS = ['', ' <script>alert(1)</script>', ' 🙂 ✔', ' Ĳssel – “quoted”', ' R1 000,50 & more', ' \u202Eevil\u202C'];

const HOUR = 3_600_000;

export interface FixtureHandles {
  /** Agenda items of the laptops' meetings in session: `f{laptop}.{n}`. */
  items: string[];
  /** Meetings in session, one per laptop: `f{laptop}`. */
  meetings: string[];
}

export const FIXTURE_ITEMS_PER_MEETING = 3;

export function fixtureHandles(laptops: number): FixtureHandles {
  const meetings = Array.from({ length: laptops }, (_, l) => `f${l}`);
  const items = meetings.flatMap((m) => Array.from({ length: FIXTURE_ITEMS_PER_MEETING }, (_, n) => `${m}.${n}`));
  return { meetings, items };
}

/** Chooses a round's operations. Keeps the handles created so far, so later rounds edit them. */
export class OpGenerator {
  private readonly random: () => number;
  private counter = 0;
  private readonly meetings: string[] = [];
  private readonly items: string[];
  private readonly resolutions: string[] = [];
  private readonly stakeholders: string[] = [];
  private backedUp = false;

  constructor(
    readonly seed: number,
    private readonly laptops: number,
  ) {
    this.random = mulberry32(seed);
    this.items = [...fixtureHandles(laptops).items];
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  private pick<T>(list: readonly T[]): T | undefined {
    return list.length ? list[this.int(list.length)] : undefined;
  }

  /** Recent handles are picked more often, so two laptops often edit the same record. */
  private pickRecent<T>(list: readonly T[]): T | undefined {
    if (!list.length) return undefined;
    const window = Math.min(list.length, 4);
    return this.random() < 0.7 ? list[list.length - 1 - this.int(window)] : this.pick(list);
  }

  private text(what: string): string {
    this.counter += 1;
    return `${what} ${this.seed}.${this.counter}${FLAVOURS[this.int(FLAVOURS.length)] ?? ''}`;
  }

  private handle(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  /** One write a person makes on `laptop`, or null when there is nothing to write to yet. */
  private write(laptop: number, allowCreate = true): Op | null {
    const roll = this.random();
    if (roll < 0.12 && allowCreate) {
      const handle = this.handle('s');
      this.stakeholders.push(handle);
      return { kind: 'stakeholder', laptop, handle, name: this.text('Resident') };
    }
    if (roll < 0.24) {
      const stakeholder = this.pickRecent(this.stakeholders);
      return stakeholder ? { kind: 'rename', laptop, stakeholder, name: this.text('Resident renamed') } : null;
    }
    if (roll < 0.3) {
      const stakeholder = this.pickRecent(this.stakeholders);
      return stakeholder && allowCreate ? { kind: 'deleteStakeholder', laptop, stakeholder } : null;
    }
    if (roll < 0.37) {
      const stakeholder = this.pickRecent(this.stakeholders);
      return stakeholder && allowCreate ? { kind: 'query', laptop, handle: this.handle('q'), stakeholder, subject: this.text('Streetlight out') } : null;
    }
    if (roll < 0.41 && allowCreate) {
      const handle = this.handle('m');
      this.meetings.push(handle);
      return { kind: 'schedule', laptop, handle, title: this.text('Special meeting') };
    }
    if (roll < 0.48) {
      const meeting = this.pickRecent(this.meetings);
      return meeting ? { kind: 'venue', laptop, meeting, venue: this.text('Committee Room') } : null;
    }
    if (roll < 0.52 && allowCreate) {
      const meeting = this.pickRecent(this.meetings);
      if (!meeting) return null;
      const handle = this.handle('i');
      this.items.push(handle);
      return { kind: 'addItem', laptop, meeting, handle, title: this.text('Report') };
    }
    if (roll < 0.6) {
      const item = this.pickRecent(this.items);
      return item ? { kind: 'presenter', laptop, item, presenter: this.text('Director') } : null;
    }
    if (roll < 0.75) {
      const item = this.pick(fixtureHandles(this.laptops).items);
      if (!item) return null;
      const words = this.text('Council discussed');
      // A burst of typing: the same paragraph growing as it is typed, saved as it goes.
      const saves = 1 + this.int(4);
      return { kind: 'minutes', laptop, item, texts: Array.from({ length: saves }, (_, n) => `${words}${' and then more'.repeat(n)}`) };
    }
    if (roll < 0.82 && allowCreate) {
      const own = fixtureHandles(this.laptops).items.filter((item) => item.startsWith(`f${laptop}.`));
      const item = this.pick(own);
      if (!item) return null;
      const handle = this.handle('r');
      this.resolutions.push(handle);
      return { kind: 'propose', laptop, handle, item };
    }
    if (roll < 0.9) {
      const resolution = this.pickRecent(this.resolutions);
      return resolution ? { kind: 'wording', laptop, resolution, text: this.text('RESOLVED – THAT') } : null;
    }
    if (roll < 0.95 && allowCreate) {
      const item = this.pickRecent(this.items);
      return item ? { kind: 'attach', laptop, item, handle: this.handle('a'), size: 200 + this.int(40_000) } : null;
    }
    return { kind: 'settle', laptop, pick: this.int(10), version: this.int(3) };
  }

  /** A round: laptops opened in turn, writes, network changes and faults, then a check. */
  round(opsWanted: number): Op[] {
    const ops: Op[] = [];
    while (ops.length < opsWanted) {
      const laptop = this.int(this.laptops);
      const roll = this.random();
      if (roll < 0.12) ops.push({ kind: 'network', laptop, online: this.random() < 0.6 });
      else if (roll < 0.17) ops.push({ kind: 'wait', laptop, ms: 200 + this.int(2_500) });
      else if (roll < 0.2) ops.push({ kind: 'clock', ms: this.random() < 0.5 ? 24 * HOUR : this.int(2 * HOUR) });
      else if (roll < 0.24) {
        const writes: Op[] = [];
        for (let n = 0; n < 1 + this.int(3); n++) {
          const write = this.write(laptop, false);
          if (write) writes.push(write);
        }
        const droppable = writes.filter((w): w is WriteOp => ['venue', 'presenter', 'minutes', 'wording', 'rename', 'stakeholder'].includes(w.kind));
        if (droppable.length) ops.push({ kind: 'drop', laptop, writes: droppable, afterMs: this.int(40) });
      } else if (roll < 0.27) ops.push({ kind: 'kill', laptop, backlog: 5 + this.int(40), afterMs: this.int(300), downMs: 200 + this.int(2_000) });
      else if (roll < 0.3) {
        // IT restores only from a copy it made.
        const restore = this.backedUp && this.random() < 0.5;
        this.backedUp = true;
        ops.push({ kind: restore ? 'restore' : 'backup' });
      } else {
        const write = this.write(laptop);
        if (write) ops.push(write);
      }
    }
    ops.push({ kind: 'check' });
    return ops;
  }
}

/** One line per operation, for the failure report and the log. */
export function describeOp(op: Op): string {
  return JSON.stringify(op);
}
