/**
 * Query reference numbers: unique for ever, made on the laptop with no server, and easy to read
 * over the phone: `Q-2026-0412-K7` is the 412th query this laptop logged in 2026, and K7 is the
 * laptop's own reference code.
 *
 * Why two laptops offline never collide: each laptop numbers only its own queries, and every
 * laptop has a different code. A laptop takes its code once, avoiding every code already seen in
 * the references it holds; Settings → Queries shows it and lets IT assign codes by hand. The
 * code uses only characters that cannot be mistaken for each other (no 0/O, 1/I/L).
 */

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const DEVICE_CODE_LENGTH = 2;

const REFERENCE_RE = /^Q-(\d{4})-(\d{4,6})-([2-9A-HJKMNP-Z]{2,3})$/;
const DEVICE_CODE_RE = /^[2-9A-HJKMNP-Z]{2,3}$/;

export interface QueryReferenceParts {
  year: number;
  sequence: number;
  deviceCode: string;
}

export function formatQueryReference({ year, sequence, deviceCode }: QueryReferenceParts): string {
  if (!isDeviceCode(deviceCode)) throw new RangeError(`Not a reference code: ${deviceCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`Sequence out of range: ${sequence}`);
  return `Q-${year}-${String(sequence).padStart(4, '0')}-${deviceCode}`;
}

export function parseQueryReference(reference: string): QueryReferenceParts | null {
  const match = REFERENCE_RE.exec(reference.trim().toUpperCase());
  if (!match) return null;
  return { year: Number(match[1]), sequence: Number(match[2]), deviceCode: match[3] ?? '' };
}

export function isDeviceCode(value: string): boolean {
  return DEVICE_CODE_RE.test(value);
}

/** Tidies what a person types as a code: `k7` → `K7`. */
export function normalizeDeviceCode(value: string): string {
  return value.trim().toUpperCase();
}

/** Why a typed device code cannot be used; null when it can. */
export function deviceCodeProblem(value: string, usedByOthers: ReadonlySet<string>): string | null {
  const code = normalizeDeviceCode(value);
  if (!isDeviceCode(code)) {
    return `A reference code is 2 or 3 of the characters ${REFERENCE_ALPHABET} (no 0, 1, I, L or O, which are misread on the phone).`;
  }
  if (usedByOthers.has(code)) return `The code ${code} is already in references from another laptop: choose another.`;
  return null;
}

/**
 * Picks a device code not in `used`, from `random` numbers in [0, 1). Two characters give 961
 * codes; if nearly all are taken, three are used.
 */
export function chooseDeviceCode(used: ReadonlySet<string>, random: () => number = cryptoRandom): string {
  for (const length of [DEVICE_CODE_LENGTH, DEVICE_CODE_LENGTH + 1]) {
    for (let attempt = 0; attempt < 2_000; attempt += 1) {
      let code = '';
      for (let i = 0; i < length; i += 1) code += REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)] ?? '2';
      if (!used.has(code)) return code;
    }
  }
  throw new Error('No free reference code is left: assign one in Settings → Queries.');
}

function cryptoRandom(): number {
  const value = new Uint32Array(1);
  globalThis.crypto.getRandomValues(value);
  return (value[0] ?? 0) / 2 ** 32;
}

/** Device codes that appear in a list of references. */
export function deviceCodesIn(references: Iterable<string>): Set<string> {
  const codes = new Set<string>();
  for (const reference of references) {
    const parts = parseQueryReference(reference);
    if (parts) codes.add(parts.deviceCode);
  }
  return codes;
}
