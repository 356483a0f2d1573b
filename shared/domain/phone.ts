/**
 * South African phone numbers as people write them: "072 000 0101", "+27 72 000 0101",
 * "0027 72 000 0101", "(012) 358-9999". One rule, from a maintained library, turns each into
 * its E.164 form (+27720000101) for comparing: duplicate detection, every search and the checks
 * made before a record is stored. What was typed is kept for display.
 *
 * The 'min' metadata keeps the bundle small; it still validates numbers by their patterns.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** Numbers without a country code are read as South African. */
export const DEFAULT_PHONE_REGION: CountryCode = 'ZA';

/** Only what people put in a phone number: digits, spaces and + ( ) - . / */
const PHONE_CHARACTERS = /^[\d\s+().\-/]+$/;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * The E.164 form of a whole, valid phone number (`+27720000101`), read as South African when it
 * has no country code; null for anything else (part of a number, letters, an impossible number).
 */
export function phoneToE164(text: string | undefined, region: CountryCode = DEFAULT_PHONE_REGION): string | null {
  const typed = (text ?? '').trim();
  if (!typed || digitsOf(typed).length < 7 || typed.length > 40) return null;
  const parsed = parsePhoneNumberFromString(typed, region);
  return parsed?.isValid() ? parsed.number : null;
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

/** The ways a stored number can be typed, as digits: as stored, international (27…) and national (0…). */
function digitForms(stored: string): string[] {
  const forms = [digitsOf(stored)];
  const e164 = phoneToE164(stored);
  if (e164) {
    const international = e164.slice(1);
    forms.push(international);
    if (international.startsWith('27')) forms.push(`0${international.slice(2)}`);
  }
  return forms;
}

/**
 * Whether a stored phone number matches what was typed in a search box: the same number in any
 * form ("072 000 0101" finds "+27 72 000 0101"), or part of one (at least 4 digits, "000 0101").
 * Text with letters never matches a number.
 */
export function phoneMatches(stored: string | undefined, typed: string): boolean {
  const query = typed.trim();
  if (!stored?.trim() || !PHONE_CHARACTERS.test(query)) return false;
  const wanted = phoneToE164(query);
  if (wanted && wanted === phoneToE164(stored)) return true;
  const digits = digitsOf(query);
  if (digits.length < 4) return false;
  return digitForms(stored).some((form) => form.includes(digits));
}
