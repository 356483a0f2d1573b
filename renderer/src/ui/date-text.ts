/**
 * How a calendar date is typed and shown in a date field: en-ZA's short date (`2026/12/04`,
 * the form Intl and date-fns give for en-ZA), whatever the browser's own locale. Records keep
 * calendar dates as `YYYY-MM-DD`.
 */
import { format, isValid, parse } from 'date-fns';
import { enZA } from 'date-fns/locale/en-ZA';
import { isCalendarDate } from '@shared/domain/time';

/** The typed form of a date, as date-fns writes it. */
export const DATE_FIELD_FORMAT = 'yyyy/MM/dd';
/** What the empty field shows. */
export const DATE_FIELD_PLACEHOLDER = 'YYYY/MM/DD';

/** `2026-12-04` → a local Date at midnight; null for '' or anything else. */
export function calendarDateToDate(value: string): Date | null {
  if (!isCalendarDate(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  date.setFullYear(y); // years below 100 are not read as 19xx
  return date;
}

/** A valid Date → `2026-12-04`; '' for null or an invalid date. */
export function dateToCalendarDate(date: Date | null): string {
  return date && isValid(date) ? format(date, 'yyyy-MM-dd') : '';
}

/** `2026-12-04` → `2026/12/04`; '' when it is not a calendar date. */
export function formatTypedDate(value: string): string {
  const date = calendarDateToDate(value);
  return date ? format(date, DATE_FIELD_FORMAT, { locale: enZA }) : '';
}

/** `2026/12/04` → `2026-12-04`; null when the text is not a real date in that form. */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d{4}\/\d{2}\/\d{2}$/.test(trimmed)) return null;
  const date = parse(trimmed, DATE_FIELD_FORMAT, new Date(2000, 0, 1), { locale: enZA });
  return isValid(date) ? dateToCalendarDate(date) : null;
}

/**
 * What a date field gives its form while the person has typed part of a date (`2026/12/`) or a
 * date that does not exist (`2027/02/30`): not '' (that is "no date", and a date already saved
 * would be cleared), not a calendar date. The form refuses it with `incompleteDateMessage`.
 */
export const INCOMPLETE_DATE = 'incomplete-date';

/** The field holds a date typed only in part, or one that does not exist. */
export function isIncompleteDate(value: unknown): boolean {
  return value === INCOMPLETE_DATE;
}

/**
 * What a form says under a date field typed only in part: `Due date is incomplete or not a real
 * date: type it as YYYY/MM/DD, or clear the field.` A required date is not offered clearing.
 */
export function incompleteDateMessage(label: string, required = false): string {
  return `${label} is incomplete or not a real date: type it as ${DATE_FIELD_PLACEHOLDER}${required ? '' : ', or clear the field'}.`;
}
