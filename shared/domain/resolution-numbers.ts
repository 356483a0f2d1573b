/**
 * Resolution numbers, unique for ever and generated with no server. Each meeting of a body owns
 * a block of sequence numbers (by default 100) given by its number in the year, so two laptops
 * minuting different meetings offline never hand out the same number: meeting 1 numbers
 * C 001/2026 to C 099/2026, meeting 10 numbers C 901/2026 onwards. Uniqueness therefore rests on
 * meeting numbers, which are assigned when meetings are scheduled and checked before a notice is
 * issued (see meetingSequenceClash).
 *
 * The format is configurable with tokens: {body} the body's code, {seq} the sequence in the year,
 * {meeting} the meeting's number in the year, {n} the resolution's place in the meeting, {item}
 * the agenda item number, {year}, and {fy} the financial year (2026/27 → 26-27). A width pads
 * with zeros: {seq:3} → 014.
 */
import type { Meeting } from '../schemas';
import { DEFAULT_TIME_ZONE, instantToDate } from './time';

export const DEFAULT_RESOLUTION_FORMAT = '{body} {seq:3}/{year}';
export const DEFAULT_BLOCK_SIZE = 100;

export interface ResolutionNumberParts {
  bodyCode: string;
  meetingSequence: number;
  ordinal: number;
  itemNumber: string;
  /** The meeting's date, `YYYY-MM-DD`. */
  date: string;
  /** First month of the financial year (7 = July, as municipalities use). */
  financialYearStartMonth?: number;
  blockSize?: number;
}

const TOKEN_RE = /\{(body|seq|meeting|n|item|year|fy)(?::(\d))?\}/g;

export function financialYear(date: string, startMonth = 7): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= startMonth ? year : year - 1;
  return `${String(start % 100).padStart(2, '0')}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Why a format cannot guarantee unique numbers, or null when it can. */
export function checkResolutionFormat(format: string): string | null {
  if (!format.trim()) return 'Enter a number format.';
  if (format.length > 60) return 'The format may be at most 60 characters.';
  const unknown = format.replace(TOKEN_RE, '').match(/\{[^}]*\}/);
  if (unknown) return `Unknown part ${unknown[0]}: use {body}, {seq}, {meeting}, {n}, {item}, {year} or {fy}.`;
  const tokens = new Set([...format.matchAll(TOKEN_RE)].map((m) => m[1]));
  const identifiesMeeting = tokens.has('seq') || (tokens.has('meeting') && (tokens.has('n') || tokens.has('item')));
  if (!identifiesMeeting) return 'The format must contain {seq}, or {meeting} with {n}: otherwise two meetings could give the same number.';
  if (!tokens.has('year') && !tokens.has('fy')) return 'The format must contain {year} or {fy}: numbering starts again each year.';
  if (!tokens.has('body')) return 'The format must contain {body}: each body numbers its own resolutions.';
  return null;
}

export function formatResolutionNumber(format: string, parts: ResolutionNumberParts): string {
  const blockSize = parts.blockSize ?? DEFAULT_BLOCK_SIZE;
  if (parts.ordinal < 1 || parts.ordinal >= blockSize) {
    throw new RangeError(`A meeting can number at most ${blockSize - 1} resolutions with this format.`);
  }
  const values: Record<string, string | number> = {
    body: parts.bodyCode,
    seq: (parts.meetingSequence - 1) * blockSize + parts.ordinal,
    meeting: parts.meetingSequence,
    n: parts.ordinal,
    item: parts.itemNumber,
    year: parts.date.slice(0, 4),
    fy: financialYear(parts.date, parts.financialYearStartMonth),
  };
  return format.replace(TOKEN_RE, (_match, token: string, width?: string) => {
    const value = String(values[token]);
    return width && /^\d+$/.test(value) ? value.padStart(Number(width), '0') : value;
  });
}

/** The next meeting number of a body in the year of `date`. */
export function nextMeetingSequence(
  meetings: readonly Pick<Meeting, 'bodyId' | 'startsAt' | 'sequence' | 'id'>[],
  bodyId: string,
  date: string,
  timeZone = DEFAULT_TIME_ZONE,
): number {
  const year = date.slice(0, 4);
  const used = meetings.filter((m) => m.bodyId === bodyId && meetingYear(m, timeZone) === year).map((m) => m.sequence ?? 0);
  return (used.length ? Math.max(...used) : 0) + 1;
}

/**
 * The year a meeting is numbered in: the year of its date in the municipality's time zone (a
 * meeting at 00:30 on 1 January is in the new year, though it is still 31 December in UTC).
 */
export function meetingYear(meeting: Pick<Meeting, 'startsAt'>, timeZone = DEFAULT_TIME_ZONE): string {
  return instantToDate(meeting.startsAt, timeZone).slice(0, 4);
}

/** Another meeting of the same body in the same year with the same number, if this device knows one. */
export function meetingSequenceClash<T extends Pick<Meeting, 'bodyId' | 'startsAt' | 'sequence' | 'id' | 'status'>>(
  meetings: readonly T[],
  meeting: T,
  timeZone = DEFAULT_TIME_ZONE,
): T | undefined {
  return meetings.find(
    (m) =>
      m.id !== meeting.id &&
      m.status !== 'cancelled' &&
      m.bodyId === meeting.bodyId &&
      meetingYear(m, timeZone) === meetingYear(meeting, timeZone) &&
      m.sequence === meeting.sequence,
  );
}
