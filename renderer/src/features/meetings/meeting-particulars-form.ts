/**
 * The particulars a meeting is scheduled with and later corrected by (its title, number in the
 * year, date, start and end, venue), shared by Schedule a meeting and Edit particulars: their
 * values, the checks the meeting schema cannot make, the limits and the map from the record's
 * fields, so both forms say the same thing about the same mistake.
 */
import { isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import { meetingSchema } from '@shared/schemas/meeting';
import type { SchemaResolverOptions, FormMessages } from '../../ui/schema-resolver';
import { schemaMaxLength } from '../../ui/text-limits';

export interface ParticularsFieldValues {
  title: string;
  sequence: string;
  date: string;
  start: string;
  end: string;
  venue: string;
}

export const MEETING_TITLE_MAX = schemaMaxLength(meetingSchema, 'title') ?? 200;
export const MEETING_VENUE_MAX = schemaMaxLength(meetingSchema, 'venue') ?? 200;

/** Where the record's own messages go among these fields. */
export const PARTICULARS_FIELD_OF: Partial<Record<string, keyof ParticularsFieldValues>> = {
  title: 'title',
  sequence: 'sequence',
  startsAt: 'start',
  endsAt: 'end',
  venue: 'venue',
};

/** How the message for a meeting date typed only in part names it: it must be filled. */
export const PARTICULARS_DATES: SchemaResolverOptions<ParticularsFieldValues>['dates'] = { date: { label: 'The meeting date', required: true } };

/** What the meeting schema cannot check: the date and times as typed, the number as text. */
export function particularsChecks(values: ParticularsFieldValues): FormMessages<ParticularsFieldValues> {
  const messages: FormMessages<ParticularsFieldValues> = {};
  if (!isCalendarDate(values.date)) messages.date = 'Enter the date of the meeting.';
  if (!normalizeClockTime(values.start)) messages.start = 'Enter the start time as HH:MM (24-hour clock).';
  if (values.end.trim() && !normalizeClockTime(values.end)) messages.end = 'Enter the end time as HH:MM (24-hour clock).';
  const sequence = values.sequence.trim() ? Number(values.sequence) : undefined;
  if (sequence !== undefined && (!Number.isInteger(sequence) || sequence < 1 || sequence > 999)) {
    messages.sequence = 'The meeting number is a whole number from 1 to 999.';
  }
  return messages;
}

/** The checked values made whole: the instants in the municipality's time zone, the number as a number. */
export function particularsRecord(
  values: ParticularsFieldValues,
  timeZone: string,
): { title: string; venue: string; startsAt: string; endsAt?: string; sequence?: number } {
  const start = normalizeClockTime(values.start) ?? values.start;
  const end = values.end.trim() ? (normalizeClockTime(values.end) ?? '') : '';
  return {
    title: values.title.trim(),
    venue: values.venue.trim(),
    startsAt: zonedToInstant(values.date, start, timeZone),
    ...(end ? { endsAt: zonedToInstant(values.date, end, timeZone) } : {}),
    ...(values.sequence.trim() ? { sequence: Number(values.sequence) } : {}),
  };
}
