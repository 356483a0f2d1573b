/** Rules about meetings that a schema cannot express. */
import type { Meeting } from '../schemas';
import type { FieldErrors } from '../validation/record-validator';

export function checkMeeting(meeting: Meeting): FieldErrors {
  const errors: FieldErrors = {};
  if (meeting.endsAt && meeting.endsAt <= meeting.startsAt) {
    errors.endsAt = 'The meeting must end after it starts.';
  }
  const seen = new Set<string>();
  meeting.attendance.forEach((entry, index) => {
    if (!entry.memberId) return;
    if (seen.has(entry.memberId)) errors[`attendance.${index}.memberId`] = 'This member is already in the register.';
    seen.add(entry.memberId);
  });
  return errors;
}

export function describeMeeting(meeting: Pick<Meeting, 'title' | 'startsAt'>): string {
  return `meeting "${meeting.title}" (${meeting.startsAt.slice(0, 10)})`;
}
