/**
 * Dates on the portal as a South African council prints them: en-ZA, 24-hour, in the
 * municipality's zone (Africa/Johannesburg), from the app's own pure helpers.
 */
import { DEFAULT_TIME_ZONE, formatDate, formatLongDate, formatTime, instantToDate } from '../../../shared/domain/time';

export const PORTAL_TIME_ZONE = DEFAULT_TIME_ZONE;

/** `Thursday, 26 November 2026` */
export function longDate(value: string): string {
  return formatLongDate(value, PORTAL_TIME_ZONE);
}

/** `26 Nov 2026` */
export function shortDate(value: string): string {
  return formatDate(value, PORTAL_TIME_ZONE);
}

/** `09:30` */
export function time(value: string): string {
  return formatTime(value, PORTAL_TIME_ZONE);
}

/** `Thursday, 26 November 2026, 09:30–12:00` (the end left out when there is none or on another day). */
export function meetingWhen(startsAt: string, endsAt?: string): string {
  const start = `${longDate(startsAt)}, ${time(startsAt)}`;
  if (!endsAt || instantToDate(endsAt, PORTAL_TIME_ZONE) !== instantToDate(startsAt, PORTAL_TIME_ZONE)) return start;
  return `${start}–${time(endsAt)}`;
}

/** `26 Nov 2026 at 14:05`: when something was published, withdrawn or corrected. */
export function stamp(instant: string): string {
  return `${shortDate(instant)} at ${time(instant)}`;
}

/** The calendar year of a `yyyy-mm-dd` date or an instant, in the municipality's zone. */
export function yearOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.slice(0, 4) : instantToDate(value, PORTAL_TIME_ZONE).slice(0, 4);
}
