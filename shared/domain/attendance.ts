/**
 * The attendance register and the quorum it gives. A member counts as present at a moment if
 * they were marked present, arrived late before it, or left early after it. Only members of the
 * body count towards the quorum; officials and guests are recorded but do not.
 */
import type { Body, Meeting } from '../schemas';
import type { AttendanceEntry } from '../schemas/meeting';
import type { FieldErrors } from '../validation/record-validator';
import { quorumRequired } from './quorum';
import { formatDateTime, formatTime, instantToDate } from './time';

/** The id of a member's line in a register: one line per member, the same on every laptop. */
export function memberEntryId(memberId: string): string {
  return `m-${memberId}`.slice(0, 40);
}

const ATTENDED = new Set(['present', 'late', 'left_early']);

export function isPresentAt(entry: AttendanceEntry, at: string): boolean {
  if (!ATTENDED.has(entry.status)) return false;
  if (entry.arrivedAt && entry.arrivedAt > at) return false;
  if (entry.departedAt && entry.departedAt <= at) return false;
  return true;
}

/** Ids of the body's members present at `at`. */
export function membersPresentAt(meeting: Pick<Meeting, 'attendance'>, body: Pick<Body, 'memberships'>, at: string): string[] {
  const memberIds = new Set(body.memberships.map((m) => m.memberId));
  return meeting.attendance
    .filter((entry) => entry.kind === 'member' && entry.memberId && memberIds.has(entry.memberId) && isPresentAt(entry, at))
    .map((entry) => entry.memberId as string);
}

export interface QuorumState {
  present: number;
  required: number;
  members: number;
  hasQuorum: boolean;
}

export function quorumAt(meeting: Pick<Meeting, 'attendance'>, body: Pick<Body, 'memberships' | 'quorumRule' | 'quorumFixed'>, at: string): QuorumState {
  const present = membersPresentAt(meeting, body, at).length;
  const required = quorumRequired(body);
  return { present, required, members: body.memberships.length, hasQuorum: present >= required };
}

export function quorumMessage(state: QuorumState): string {
  return state.hasQuorum
    ? `Quorum: ${state.present} of ${state.members} members present (${state.required} needed)`
    : `No quorum: ${state.present} of ${state.members} members present, ${state.required} needed`;
}

/** Checks one register line: times where the status needs them, and in a sensible order. */
export function checkAttendanceEntry(entry: AttendanceEntry, index: number): FieldErrors {
  const errors: FieldErrors = {};
  const at = `attendance.${index}`;
  if (entry.kind !== 'member' && !entry.memberId && !entry.name?.trim()) errors[`${at}.name`] = 'Enter the name of the official or guest.';
  if (entry.kind === 'member' && !entry.memberId) errors[`${at}.memberId`] = 'Choose the member.';
  if (entry.status === 'late' && !entry.arrivedAt) errors[`${at}.arrivedAt`] = 'Enter the time the member arrived.';
  if (entry.status === 'left_early' && !entry.departedAt) errors[`${at}.departedAt`] = 'Enter the time the member left.';
  if ((entry.status === 'apology' || entry.status === 'absent') && (entry.arrivedAt || entry.departedAt)) {
    errors[`${at}.status`] = 'A member who was not there has no arrival or departure time.';
  }
  if (entry.arrivedAt && entry.departedAt && entry.departedAt <= entry.arrivedAt) {
    errors[`${at}.departedAt`] = 'The member must leave after arriving.';
  }
  return errors;
}

/** The moments of a sitting that bound the times in its register. */
export type SittingTimes = Pick<Meeting, 'startsAt' | 'openedAt' | 'closedAt'>;

export interface AttendanceTimeContext {
  meeting: SittingTimes;
  /** The current moment (the write context's clock). */
  now: Date | string;
  /** The member's name as the register shows it ("Cllr Mpho Sebola"). */
  name: string;
  timeZone: string;
}

/**
 * Refuses register times that cannot be true, with the sentence to show. Decided:
 * - nothing is recorded in the future: an arrival or departure is a fact, entered as it happens or after;
 * - a departure comes after the arrival (the same minute is refused: that member was never there);
 * - times lie within the sitting: not before it began (the scheduled start, or the opening if the
 *   chair opened early; a person there before the start was simply present, and one who left
 *   before it began did not attend), and, once the meeting is closed, before the close (someone
 *   who arrived after the close did not attend; someone who left at the close stayed to the end
 *   and was present). The scheduled start is used as well as the recorded opening because the
 *   opening is often pressed in the app a few minutes after the chair actually opened.
 */
export function attendanceTimeProblem(entry: Pick<AttendanceEntry, 'arrivedAt' | 'departedAt'>, ctx: AttendanceTimeContext): string | null {
  const now = typeof ctx.now === 'string' ? ctx.now : ctx.now.toISOString();
  const { arrivedAt, departedAt } = entry;
  const sameDay = (a: string, b: string) => instantToDate(a, ctx.timeZone) === instantToDate(b, ctx.timeZone);
  const at = (instant: string, other: string) => (sameDay(instant, other) ? formatTime(instant, ctx.timeZone) : formatDateTime(instant, ctx.timeZone));
  for (const [time, what] of [
    [arrivedAt, 'an arrival'],
    [departedAt, 'a departure'],
  ] as const) {
    if (time && time > now) return `${at(time, now)} is after now (${at(now, time)}): ${what} cannot be recorded in the future.`;
  }
  if (arrivedAt && departedAt && departedAt <= arrivedAt) {
    return departedAt < arrivedAt
      ? `${ctx.name} left at ${at(departedAt, arrivedAt)}, before arriving at ${at(arrivedAt, departedAt)}.`
      : `${ctx.name} left at ${at(departedAt, arrivedAt)}, the minute they arrived: a departure must come after the arrival.`;
  }
  const { startsAt, openedAt, closedAt } = ctx.meeting;
  const began = openedAt && openedAt < startsAt ? openedAt : startsAt;
  const beganWords = began === startsAt ? 'the meeting began' : 'the meeting opened';
  if (arrivedAt && arrivedAt < began) {
    return `${ctx.name} arrived at ${at(arrivedAt, began)}, before ${beganWords} at ${at(began, arrivedAt)}: a member there from the start is present, not late.`;
  }
  if (departedAt && departedAt < began) {
    return `${ctx.name} left at ${at(departedAt, began)}, before ${beganWords} at ${at(began, departedAt)}: a member who left before the start did not attend.`;
  }
  if (closedAt && arrivedAt && arrivedAt >= closedAt) {
    return `${ctx.name} arrived at ${at(arrivedAt, closedAt)}, after the meeting closed at ${at(closedAt, arrivedAt)}.`;
  }
  if (closedAt && departedAt && departedAt >= closedAt) {
    return `${ctx.name} left at ${at(departedAt, closedAt)}, when the meeting had closed at ${at(closedAt, departedAt)}: a member who stayed to the end is present, not left early.`;
  }
  return null;
}
