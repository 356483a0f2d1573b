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
// Kept apart from date-fns, for the forms and the start-up bundle (see incomplete-date.ts).
export { DATE_FIELD_PLACEHOLDER, INCOMPLETE_DATE, incompleteDateMessage, isIncompleteDate } from './incomplete-date';

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
