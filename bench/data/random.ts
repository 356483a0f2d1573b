/**
 * Seeded randomness for the benchmark's data: every record draws from its own stream, keyed by
 * (seed, kind, index), so record 73,412 is the same whether it is generated alone, in a chunk of
 * 5,000 or as part of the whole set, in Node or in the browser.
 */

/** A 32-bit hash of a few integers (murmur3's finaliser over a running mix). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A 32-bit code for a stream's name, so streams are named in the code rather than numbered. */
export function streamCode(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i += 1) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface Weighted<T> {
  value: T;
  weight: number;
}

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream of one record: same seed, kind and index → same numbers. */
  static for(seed: number, kind: string, index: number, sub = 0): Random {
    return new Random(hash32(seed, streamCode(kind), index, sub));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.next() * values.length)];
    if (value === undefined) throw new RangeError('pick() from an empty list');
    return value;
  }

  weighted<T>(choices: readonly Weighted<T>[]): T {
    const total = choices.reduce((sum, c) => sum + c.weight, 0);
    let roll = this.next() * total;
    for (const choice of choices) {
      roll -= choice.weight;
      if (roll < 0) return choice.value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new RangeError('weighted() from an empty list');
    return last.value;
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * A log-normal integer with the given median, clamped: what people type is mostly short with
   * a long tail (a two-line complaint, now and then a two-page letter).
   */
  lengthAround(median: number, spread: number, min: number, max: number): number {
    const value = Math.round(median * Math.exp(spread * this.normal()));
    return Math.min(max, Math.max(min, value));
  }

  /**
   * An id in the layout of shared/domain/ids.ts (UUID v4), from this stream. A stream has a
   * 32-bit state, so such ids start to repeat at about 100,000 of them: records use recordId().
   */
  uuid(): string {
    return uuidLayout([this.word(), this.word(), this.word(), this.word()]);
  }

  private word(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }
}

/** Four 32-bit words as a UUID v4 (version 4, variant 10xx): 122 of their bits survive. */
function uuidLayout(words: readonly number[]): string {
  const hex = words.map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Starting points of the four hashes an id is made of (digits of pi), so each word is drawn independently. */
const ID_LANES = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344] as const;

/**
 * The id of record `index` of a kind: stable, and spread over the key space like real ids.
 * Each of its four words is its own hash of (seed, kind, index, sub): drawn from one 32-bit
 * stream, ids could take only 2^32 values, and the metro's ~900,000 records would share some
 * (about twenty timeline events at full scale, which the database then refuses as conflicts).
 */
export function recordId(seed: number, kind: string, index: number, sub = 0): string {
  const code = streamCode(`id:${kind}`);
  return uuidLayout(ID_LANES.map((lane) => hash32(lane, seed, code, index, sub)));
}
