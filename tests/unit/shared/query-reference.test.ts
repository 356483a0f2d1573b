import { describe, expect, it } from 'vitest';
import {
  chooseDeviceCode,
  deviceCodeProblem,
  deviceCodesIn,
  formatQueryReference,
  parseQueryReference,
  REFERENCE_ALPHABET,
} from '../../../shared/domain/query-reference';

describe('query reference numbers', () => {
  it('reads like Q-2026-0412-K7 and parses back', () => {
    const reference = formatQueryReference({ year: 2026, sequence: 412, deviceCode: 'K7' });
    expect(reference).toBe('Q-2026-0412-K7');
    expect(parseQueryReference(reference)).toEqual({ year: 2026, sequence: 412, deviceCode: 'K7' });
    expect(formatQueryReference({ year: 2026, sequence: 12345, deviceCode: 'K7M' })).toBe('Q-2026-12345-K7M');
  });

  it('uses no characters that are misread over the phone', () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(() => formatQueryReference({ year: 2026, sequence: 1, deviceCode: 'O1' })).toThrow(RangeError);
    expect(parseQueryReference('Q-2026-0001-IL')).toBeNull();
  });

  it('picks a device code that no reference already uses', () => {
    const used = new Set(['K7', 'DM']);
    let n = 0;
    // A random source that first offers K7, then DM, then a free code.
    const offers = [REFERENCE_ALPHABET.indexOf('K'), REFERENCE_ALPHABET.indexOf('7'), REFERENCE_ALPHABET.indexOf('D'), REFERENCE_ALPHABET.indexOf('M'), 0, 0];
    const random = () => (offers[n++] ?? 0) / REFERENCE_ALPHABET.length;
    expect(chooseDeviceCode(used, random)).toBe('22');
  });

  it('finds the codes in stored references, and refuses a typed code already in use', () => {
    const codes = deviceCodesIn(['Q-2026-0001-DM', 'Q-2026-0002-K7', 'not a reference']);
    expect([...codes].sort()).toEqual(['DM', 'K7']);
    expect(deviceCodeProblem('k7', codes)).toMatch(/already in references from another laptop/);
    expect(deviceCodeProblem('O0', codes)).toMatch(/no 0, 1, I, L or O/);
    expect(deviceCodeProblem('x9', codes)).toBeNull();
  });
});
