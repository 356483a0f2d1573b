/**
 * How a meeting is referred to in public, without the Word builders (so the app can work out a
 * publication's id without loading docx): as printed, or its body's code and date.
 */
import { meetingReferenceOf } from '../domain/meeting-integrity';
import { instantToDate } from '../domain/time';
import { cleanLine } from '../documents/text';
import type { Body, Meeting } from '../schemas';

/** A line of text as it may be published: one line, nothing a document cannot carry, trimmed. */
export function publicLine(text: string | undefined | null): string {
  return cleanLine(text ?? '').trim();
}

/**
 * The meeting's reference in public: the one the app and its Word documents print ("OC 10/2026",
 * typed or made from its number in the year, shared/domain/meeting-integrity.ts), so residents
 * read the reference the secretariat uses; a meeting with no number is named by its body's code
 * and date ("C 2026-12-19").
 */
export function publicMeetingReference(
  meeting: Pick<Meeting, 'number' | 'sequence' | 'startsAt' | 'type'>,
  body: Pick<Body, 'code' | 'kind'> | null | undefined,
  timeZone: string,
): string {
  const printed = publicLine(meetingReferenceOf(meeting, body, timeZone));
  if (printed) return printed;
  return [publicLine(body?.code), instantToDate(meeting.startsAt, timeZone)].filter(Boolean).join(' ');
}
