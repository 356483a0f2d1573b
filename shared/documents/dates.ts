/**
 * Dates and times in a document, written by shared/domain/time.ts (en-ZA, 24-hour, the
 * municipality's zone) and remembered per document: each call there builds an
 * Intl.DateTimeFormat, which costs more than the rest of a table row.
 */
import { formatDate, formatLongDate, formatTime, instantToDate } from '../domain/time';

export interface DocumentDates {
  /** `26 Nov 2026` */
  date: (value: string | Date) => string;
  /** `Thursday, 26 November 2026` */
  longDate: (value: string | Date) => string;
  /** `09:30` */
  time: (value: string | Date) => string;
  /** `2026-11-26` */
  day: (value: string | Date) => string;
}

function memo(format: (value: string | Date, timeZone: string) => string, timeZone: string): (value: string | Date) => string {
  const cache = new Map<string, string>();
  return (value) => {
    const key = value instanceof Date ? value.toISOString() : value;
    let text = cache.get(key);
    if (text === undefined) {
      text = format(value, timeZone);
      cache.set(key, text);
    }
    return text;
  };
}

export function documentDates(timeZone: string): DocumentDates {
  return {
    date: memo(formatDate, timeZone),
    longDate: memo(formatLongDate, timeZone),
    time: memo(formatTime, timeZone),
    day: memo(instantToDate, timeZone),
  };
}
