/**
 * Dates and times as a South African council writes them: the `en-ZA` locale, a 24-hour
 * clock, and the municipality's time zone (Africa/Johannesburg unless configured otherwise).
 *
 * Records store instants in UTC (ISO 8601) and calendar dates as `YYYY-MM-DD`; these helpers
 * convert between what a person types in the municipality's zone and what is stored.
 */
import { TZDate } from '@date-fns/tz';

export const DEFAULT_TIME_ZONE = 'Africa/Johannesburg';
export const LOCALE = 'en-ZA';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isClockTime(value: string): boolean {
  return TIME_RE.test(value);
}

/** `2026-11-26` + `09:30` in the given zone → `2026-11-26T07:30:00.000Z`. */
export function zonedToInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  if (!isClockTime(time)) throw new RangeError(`Not a 24-hour time: ${time}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime()).toISOString();
}

/**
 * Intl formatters are slow to build and cheap to reuse: one per locale, zone and options.
 * (A 150-item minutes document formats thousands of dates.)
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

function parts(instant: string | Date, timeZone: string): Record<string, string> {
  const partsFormatter = formatter('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(new Date(instant))) out[part.type] = part.value;
  return out;
}

/** The calendar date of an instant in the zone: `2026-11-26`. */
export function instantToDate(instant: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The wall-clock time of an instant in the zone: `09:30`. */
export function instantToTime(instant: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** Today's calendar date in the zone. */
export function today(timeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  return instantToDate(now, timeZone);
}

/** `Thursday, 26 November 2026` */
export function formatLongDate(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter(LOCALE, { timeZone, dateStyle: 'full' }).format(toDate(value));
}

/** `26 Nov 2026` */
export function formatDate(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter(LOCALE, { timeZone, dateStyle: 'medium' }).format(toDate(value));
}

/** `09:30` */
export function formatTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter(LOCALE, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
}

/** `26 Nov 2026, 09:30` */
export function formatDateTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return `${formatDate(value, timeZone)}, ${formatTime(value, timeZone)}`;
}

/**
 * An instant in ISO 8601 with the zone's offset, to the minute, for files other programs read:
 * `2026-11-14T09:15+02:00` (the wall-clock time in the zone, and how far that is from UTC).
 */
export function formatIsoDateTime(instant: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(instant, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  const minute = Math.floor(new Date(instant).getTime() / 60_000) * 60_000;
  const offset = Math.round((wall - minute) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A calendar date (`YYYY-MM-DD`) is read as noon UTC so no zone can move it to another day. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return isCalendarDate(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** Shifts a calendar date by whole days (`2026-11-30`, 2 → `2026-12-02`). */
export function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Reads a time as secretaries type it on a 24-hour clock (`9:30`, `09:30`, `0930`, `930`,
 * `9.30`, `9h30`, `14`) and returns `HH:MM`, or null when it is not a time of day.
 */
export function normalizeClockTime(input: string): string | null {
  const text = input.trim().toLowerCase();
  let match = /^(\d{1,2})[:.h](\d{2})$/.exec(text);
  if (!match) match = /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match && /^\d{1,2}$/.test(text)) match = [text, text, '00'] as unknown as RegExpExecArray;
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
