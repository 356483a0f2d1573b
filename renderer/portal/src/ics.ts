/**
 * The calendar of upcoming meetings as an iCalendar file (RFC 5545): one VEVENT per meeting
 * whose agenda is published and which is not over. Times are written in UTC (`…Z`), so no
 * VTIMEZONE is needed and every calendar shows them in its own zone. Text is escaped (§3.3.11)
 * and lines are folded at 75 octets (§3.1) with CRLF endings.
 */
import type { Publication } from '../../../shared/publishing/publication';
import { isShown, meetingEntries, meetingOverview } from './model';

export interface CalendarOptions {
  now: Date;
  /** The calendar's name, e.g. "Mopane Ridge Local Municipality: council meetings". */
  name: string;
  /** A stable domain for the events' UIDs (the portal's host). */
  uidDomain: string;
  /** The address of a meeting's page, for the event's URL and description. */
  meetingUrl?: (key: string) => string;
}

/** §3.3.11: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** UTF-8 length of one code point (no TextEncoder: the same code may run in CouchDB's QuickJS). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** §3.1: lines longer than 75 octets are split, each continuation starting with one space; never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `20261126T073000Z` */
export function utcStamp(instant: string | Date): string {
  const iso = (instant instanceof Date ? instant : new Date(instant)).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function upcomingMeetingsCalendar(publications: readonly Publication[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Quorum//Public portal//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Africa/Johannesburg',
  ];
  const overview = meetingOverview(meetingEntries(publications), options.now);
  const meetings = overview.upcoming.flatMap((body) => body.meetings).sort((a, b) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt));
  for (const entry of meetings) {
    if (!isShown(entry.agenda)) continue;
    const { meeting } = entry;
    const url = options.meetingUrl?.(entry.key);
    const description = [`${meeting.kindLabel} of the ${meeting.bodyName} (${meeting.reference}).`, url ? `Agenda: ${url}` : ''].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`meeting-${entry.key}@${options.uidDomain}`)}`,
      `DTSTAMP:${utcStamp(entry.agenda.publishedAt)}`,
      `DTSTART:${utcStamp(meeting.startsAt)}`,
      ...(meeting.endsAt ? [`DTEND:${utcStamp(meeting.endsAt)}`] : []),
      `SUMMARY:${escapeText(`${meeting.bodyName}: ${meeting.title}`)}`,
      `LOCATION:${escapeText(meeting.venue)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(url ? [`URL:${url.replace(/[\r\n]/g, '')}`] : []),
      `SEQUENCE:${Math.max(0, entry.agenda.version - 1)}`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
