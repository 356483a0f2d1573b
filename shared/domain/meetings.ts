/** Rules about meetings that a schema cannot express. */
import type { Meeting } from '../schemas';
import type { FieldErrors } from '../validation/record-validator';
import { checkAttendanceEntry } from './attendance';

export function checkMeeting(meeting: Meeting): FieldErrors {
  const errors: FieldErrors = {};
  if (meeting.endsAt && meeting.endsAt <= meeting.startsAt) {
    errors.endsAt = 'The meeting must end after it starts.';
  }
  const seen = new Set<string>();
  meeting.attendance.forEach((entry, index) => {
    Object.assign(errors, checkAttendanceEntry(entry, index));
    if (!entry.memberId) return;
    if (seen.has(entry.memberId)) errors[`attendance.${index}.memberId`] = 'This member is already in the register.';
    seen.add(entry.memberId);
  });
  return errors;
}

export function describeMeeting(meeting: Pick<Meeting, 'title' | 'startsAt'>): string {
  return `meeting "${meeting.title}" (${meeting.startsAt.slice(0, 10)})`;
}

/** The calendar quarter (also a municipal financial-year quarter) of a date: its first and last day. */
export function quarterOf(date: string): { from: string; to: string; label: string } {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const months = [
    ['01', '03', 'January–March'],
    ['04', '06', 'April–June'],
    ['07', '09', 'July–September'],
    ['10', '12', 'October–December'],
  ][q]!;
  const lastDay = new Date(Date.UTC(year, Number(months[1]), 0)).getUTCDate();
  return { from: `${year}-${months[0]}-01`, to: `${year}-${months[1]}-${String(lastDay).padStart(2, '0')}`, label: `${months[2]} ${year}` };
}

/**
 * Council must meet at least quarterly (Municipal Structures Act s18(2)). The quarter of `today`
 * when no Council meeting is held or scheduled in it (cancelled and postponed ones do not count).
 */
export function councilQuarterWithoutMeeting(
  meetings: readonly Pick<Meeting, 'bodyId' | 'startsAt' | 'status'>[],
  councilBodyIds: readonly string[],
  today: string,
): { label: string } | null {
  if (councilBodyIds.length === 0) return null;
  const quarter = quarterOf(today);
  const held = meetings.some(
    (m) =>
      councilBodyIds.includes(m.bodyId) &&
      m.status !== 'cancelled' &&
      m.status !== 'postponed' &&
      m.startsAt.slice(0, 10) >= quarter.from &&
      m.startsAt.slice(0, 10) <= quarter.to,
  );
  return held ? null : { label: quarter.label };
}

/**
 * A declaration of interest as the minutes say it, in whole sentences: "Cllr X declared an
 * interest: owns property on the street. The member left the meeting for this item."
 */
export function declarationSentence(member: string, interest: string, leftMeeting: boolean): string {
  const said = interest.trim();
  const declared = said ? `${member} declared an interest: ${/[.!?…]$/u.test(said) ? said : `${said}.`}` : `${member} declared an interest.`;
  return leftMeeting ? `${declared} The member left the meeting for this item.` : declared;
}
