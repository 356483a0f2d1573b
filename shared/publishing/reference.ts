/**
 * How a meeting is referred to in public, without the Word builders (so the app can work out a
 * publication's id without loading docx): its number as printed, or its body's code and date.
 */
import { instantToDate } from '../domain/time';
import { cleanLine } from '../documents/text';
import type { Body, Meeting } from '../schemas';

/** A line of text as it may be published: one line, nothing a document cannot carry, trimmed. */
export function publicLine(text: string | undefined | null): string {
  return cleanLine(text ?? '').trim();
}

/** "OC 10/2026" as printed; a meeting without a number is named by its body's code and date. */
export function meetingReferenceOf(meeting: Pick<Meeting, 'number' | 'startsAt'>, body: Pick<Body, 'code'> | undefined, timeZone: string): string {
  const number = publicLine(meeting.number);
  if (number) return number;
  return [publicLine(body?.code), instantToDate(meeting.startsAt, timeZone)].filter(Boolean).join(' ');
}
