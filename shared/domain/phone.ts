/**
 * South African phone numbers as people write them: "072 000 0101", "+27 72 000 0101",
 * "0027 72 000 0101", "(012) 358-9999". One rule, from a maintained library, turns each into
 * its E.164 form (+27720000101) for comparing, in duplicate detection and every stakeholder
 * search, and for storage: a stakeholder keeps the number as typed, which is what is shown, and
 * its E.164 form beside it (`phoneE164`, version 1 of the schema). The stored form is never typed
 * or merged: the repository sets it from the number on every write (`withPhoneE164`), and sync
 * derives it again after merging two versions (shared/sync/merge-rules.ts), so it cannot drift.
 *
 * The 'min' metadata keeps the bundle small; it still validates numbers by their patterns.
 */
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** Numbers without a country code are read as South African. */
export const DEFAULT_PHONE_REGION: CountryCode = 'ZA';

/** Only what people put in a phone number: digits, spaces and + ( ) - . / */
const PHONE_CHARACTERS = /^[\d\s+().\-/]+$/;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Parsed numbers, remembered: a search of a directory of 20,000 stakeholders would otherwise parse
 * each stored number on every keystroke (tens of microseconds each). Cleared when it grows large.
 */
const parsed = new Map<string, string | null>();
const REMEMBERED = 50_000;

/**
 * The E.164 form of a whole, valid phone number (`+27720000101`), read as South African when it
 * has no country code; null for anything else (part of a number, letters, an impossible number).
 */
export function phoneToE164(text: string | undefined, region: CountryCode = DEFAULT_PHONE_REGION): string | null {
  const typed = (text ?? '').trim();
  if (!typed || digitsOf(typed).length < 7 || typed.length > 40) return null;
  const key = `${region} ${typed}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const number = parsePhoneNumberFromString(typed, region);
  const e164 = number?.isValid() ? number.number : null;
  if (parsed.size >= REMEMBERED) parsed.clear();
  parsed.set(key, e164);
  return e164;
}

/**
 * What two phone numbers are compared by: the E.164 form when the number is valid, otherwise its
 * digits alone (an old or foreign number the metadata does not know still matches itself).
 */
export function phoneKey(text: string | undefined): string {
  return phoneToE164(text) ?? digitsOf(text ?? '');
}

/** Text that is a phone number rather than a name: phone characters only, and at least 7 digits. */
export function looksLikePhone(text: string): boolean {
  const typed = text.trim();
  return PHONE_CHARACTERS.test(typed) && digitsOf(typed).length >= 7;
}

const DEFAULT_CALLING_CODE = getCountryCallingCode(DEFAULT_PHONE_REGION);

/**
 * Digits without the prefixes that differ between the ways one number is written: the
 * international 00 and the default country code (27), then the national 0. `prefixed` says
 * whether there was one, so what follows is the start of the number itself.
 */
function withoutPrefix(digits: string): { core: string; prefixed: boolean } {
  let core = digits;
  let prefixed = false;
  if (core.startsWith(`00${DEFAULT_CALLING_CODE}`)) core = core.slice(2 + DEFAULT_CALLING_CODE.length);
  else if (core.startsWith(DEFAULT_CALLING_CODE)) core = core.slice(DEFAULT_CALLING_CODE.length);
  prefixed = core !== digits;
  if (core.startsWith('0')) {
    core = core.slice(1);
    prefixed = true;
  }
  return { core, prefixed };
}

/**
 * Whether a stored phone number matches what was typed in a search box: the same number in any
 * form ("072 000 0101" finds "+27 72 000 0101", both +27720000101), or part of one, at least 4
 * digits: "000 0101" anywhere in it, "072 000" or "+27 72" at its start whichever way it was
 * written. Text with letters never matches a number. Cheap enough for every keystroke over a
 * large directory: the library parses only numbers that can match, and not the stored one when its
 * E.164 form is given.
 */
export function phoneMatches(stored: string | undefined, typed: string, storedE164?: string): boolean {
  const query = typed.trim();
  if (!stored?.trim() || !PHONE_CHARACTERS.test(query)) return false;
  const digits = digitsOf(query);
  if (digits.length < 4) return false;
  const storedDigits = digitsOf(stored);
  if (storedDigits.includes(digits)) return true;
  const typedPart = withoutPrefix(digits);
  const storedPart = withoutPrefix(storedDigits).core;
  if (typedPart.prefixed ? typedPart.core.length > 0 && storedPart.startsWith(typedPart.core) : storedPart.includes(typedPart.core)) return true;
  // A whole number in another form: the same E.164 number (its last 7 digits are in every form).
  const wanted = phoneToE164(query);
  return !!wanted && storedDigits.includes(wanted.slice(-7)) && (storedE164 ?? phoneToE164(stored)) === wanted;
}

/** What a stakeholder record says of its phone number. */
export interface PhoneHolder {
  phone?: string | undefined;
  phoneE164?: string | undefined;
}

/**
 * The record with its stored E.164 form set from its number (removed when there is no number or it
 * is not a whole, valid one); the same object when it already agrees.
 */
export function withPhoneE164<T extends PhoneHolder>(record: T): T {
  const e164 = phoneToE164(record.phone) ?? undefined;
  if (record.phoneE164 === e164) return record;
  const next = { ...record, phoneE164: e164 };
  if (e164 === undefined) delete next.phoneE164;
  return next;
}

/** What a stored stakeholder's number is compared by: its stored E.164 form, else its digits. */
export function storedPhoneKey(record: PhoneHolder): string {
  return record.phoneE164 ?? phoneKey(record.phone);
}
