/**
 * A meeting's record may not contradict itself (issue 15): who moved and seconded a motion
 * must have been there when it was moved; a meeting is opened on the day it was called for (or
 * the secretary confirms otherwise); it closes after it opened and after every recorded
 * arrival and departure, and not in the future; it is adjourned for lack of a quorum only
 * when there is none. Each refusal is a sentence a secretary can act on.
 */
import type { Body, Meeting, Member, Resolution } from '../schemas';
import { isPresentAt } from './attendance';
import { formatResolutionNumber, meetingYear, DEFAULT_BLOCK_SIZE } from './resolution-numbers';
import { formatLongDate, instantToDate, instantToTime, zonedToInstant, DEFAULT_TIME_ZONE } from './time';

type Person = Pick<Member, 'title' | 'fullName'>;
export type MotionRole = 'mover' | 'seconder';

function personName(member: Person | undefined, fallback: string): string {
  return member ? [member.title, member.fullName].filter(Boolean).join(' ') : fallback;
}

/**
 * The moment a motion is taken to have been moved: the time of its vote when one is recorded;
 * otherwise now while the meeting is in session; otherwise (minutes completed after the
 * sitting) when the motion was proposed if that was during the sitting, else the close.
 */
export function motionMoment(
  meeting: Pick<Meeting, 'status' | 'openedAt' | 'closedAt' | 'startsAt'>,
  resolution: Pick<Resolution, 'votedAt' | 'createdAt'> | undefined,
  now: Date,
): string {
  if (resolution?.votedAt) return resolution.votedAt;
  if (meeting.status === 'in_session') return now.toISOString();
  const created = resolution?.createdAt;
  if (created && meeting.openedAt && created >= meeting.openedAt && (!meeting.closedAt || created <= meeting.closedAt)) return created;
  return meeting.closedAt ?? meeting.openedAt ?? meeting.startsAt;
}

export interface MotionContext {
  meeting: Pick<Meeting, 'attendance'>;
  body: Pick<Body, 'memberships'>;
  members: ReadonlyMap<string, Person>;
  /** The moment of the motion (see motionMoment). */
  at: string;
  /** Members who declared an interest in the item. */
  declaredIds?: readonly string[];
  timeZone?: string;
}

/**
 * Why `memberId` cannot move (or second) the motion at `ctx.at`, or null when they can: only
 * members of the body present at that moment (arrived, not yet left, not an apology or absent)
 * and without a declared interest in the item.
 */
export function motionRoleRefusal(memberId: string, role: MotionRole, ctx: MotionContext): string | null {
  const zone = ctx.timeZone ?? DEFAULT_TIME_ZONE;
  const name = personName(ctx.members.get(memberId), 'This member');
  const verb = role === 'mover' ? 'move' : 'second';
  const when = instantToTime(ctx.at, zone);
  if (!ctx.body.memberships.some((m) => m.memberId === memberId)) return `${name} is not a member of this body and cannot ${verb} a motion.`;
  if (ctx.declaredIds?.includes(memberId)) return `${name} declared an interest in the item and cannot ${verb} a motion on it.`;
  const entry = ctx.meeting.attendance.find((e) => e.kind === 'member' && e.memberId === memberId);
  if (!entry) return `${name} is not in the attendance register and cannot ${verb} a motion.`;
  if (entry.status === 'apology') return `${name} sent an apology and cannot ${verb} a motion.`;
  if (entry.status === 'absent') return `${name} was absent and cannot ${verb} a motion.`;
  if (isPresentAt(entry, ctx.at)) return null;
  if (entry.arrivedAt && entry.arrivedAt > ctx.at) {
    return `${name} arrived at ${instantToTime(entry.arrivedAt, zone)}, after the motion at ${when}, and cannot ${verb} it.`;
  }
  if (entry.departedAt && entry.departedAt <= ctx.at) {
    return `${name} left at ${instantToTime(entry.departedAt, zone)}, before the motion at ${when}, and cannot ${verb} it.`;
  }
  return `${name} was not present at ${when} and cannot ${verb} the motion.`;
}

/** What a declaration of interest is checked against: the meeting's register and its body. */
export interface DeclarationContext {
  meeting: Pick<Meeting, 'attendance'>;
  body: Pick<Body, 'memberships'>;
  members: ReadonlyMap<string, Person>;
}

/**
 * Why `memberId` cannot declare an interest at this meeting, or null when they may: a member of
 * the body who attended it (present, arrived late or left early), not one who sent an apology,
 * was absent or is not yet in the register. A declaration says who was in the room.
 */
export function declarationRefusal(memberId: string, ctx: DeclarationContext): string | null {
  const name = personName(ctx.members.get(memberId), 'This member');
  if (!ctx.body.memberships.some((m) => m.memberId === memberId)) return `${name} is not a member of this body and cannot declare an interest here.`;
  const entry = ctx.meeting.attendance.find((e) => e.kind === 'member' && e.memberId === memberId);
  if (!entry) return `${name} is not in the attendance register: record their attendance before their declaration.`;
  if (entry.status === 'apology') return `${name} sent an apology and cannot declare an interest at this meeting.`;
  if (entry.status === 'absent') return `${name} was absent and cannot declare an interest at this meeting.`;
  return null;
}

/** The body's members who may move or second the motion at `ctx.at`, in the body's order. */
export function eligibleMovers(ctx: MotionContext): string[] {
  return ctx.body.memberships.map((m) => m.memberId).filter((id) => motionRoleRefusal(id, 'mover', ctx) === null);
}

/** Field errors for a mover and seconder: each eligible, and not the same person. */
export function checkMoverSeconder(
  people: Partial<Pick<Resolution, 'moverId' | 'seconderId'>>,
  ctx: MotionContext,
): Partial<Record<'moverId' | 'seconderId', string>> {
  const errors: Partial<Record<'moverId' | 'seconderId', string>> = {};
  if (people.moverId) {
    const refusal = motionRoleRefusal(people.moverId, 'mover', ctx);
    if (refusal) errors.moverId = refusal;
  }
  if (people.seconderId) {
    const refusal = motionRoleRefusal(people.seconderId, 'seconder', ctx);
    if (refusal) errors.seconderId = refusal;
    else if (people.seconderId === people.moverId) errors.seconderId = 'The seconder must be someone other than the mover.';
  }
  return errors;
}

/**
 * When a meeting is opened on another day than the one it was called for, the sentence that
 * asks the secretary to confirm (naming both days); null when it is opened on its day.
 */
export function openingOnAnotherDay(meeting: Pick<Meeting, 'startsAt'>, now: Date, timeZone = DEFAULT_TIME_ZONE): string | null {
  if (instantToDate(meeting.startsAt, timeZone) === instantToDate(now, timeZone)) return null;
  return `Scheduled for ${formatLongDate(meeting.startsAt, timeZone)}; today is ${formatLongDate(now, timeZone)}.`;
}

/**
 * Why the meeting cannot close at `at`, or null: not in the future, not before it opened, and
 * not before any arrival or departure recorded in the register (the register is corrected first).
 */
export function closeTimeProblem(
  meeting: Pick<Meeting, 'openedAt' | 'attendance'>,
  at: string,
  now: Date,
  members: ReadonlyMap<string, Person> = new Map(),
  timeZone = DEFAULT_TIME_ZONE,
): string | null {
  const time = (instant: string) => instantToTime(instant, timeZone);
  if (at > now.toISOString()) return `The meeting cannot close at ${time(at)}: that is in the future (it is now ${time(now.toISOString())}).`;
  if (meeting.openedAt && at < meeting.openedAt) return `The meeting cannot close at ${time(at)}, before it opened at ${time(meeting.openedAt)}.`;
  for (const entry of meeting.attendance) {
    const name = entry.memberId ? personName(members.get(entry.memberId), entry.name ?? 'A member') : (entry.name ?? 'An attendee');
    for (const [instant, what] of [
      [entry.arrivedAt, 'arrival'],
      [entry.departedAt, 'departure'],
    ] as const) {
      if (instant && instant > at) {
        return `The meeting cannot close at ${time(at)}: ${name}'s ${what} is recorded at ${time(instant)}. Correct the attendance register first.`;
      }
    }
  }
  return null;
}

/** Why "Adjourn: no quorum" is not open to a meeting that has a quorum, or null when it is. */
export function adjournNoQuorumRefusal(state: { hasQuorum: boolean; present: number; required: number }): string | null {
  return state.hasQuorum ? `There is a quorum (${state.present} present, ${state.required} needed): the meeting cannot be adjourned for lack of one.` : null;
}

/** Statuses of a meeting still ahead (or sitting now); postponed and cancelled ones stay listed with their status. */
export const UPCOMING_STATUSES = ['draft', 'notice_issued', 'in_session', 'postponed', 'cancelled'] as const satisfies readonly Meeting['status'][];

/** Upcoming meetings: not yet held. A meeting closed, adjourned or minuted is past, whatever its scheduled date. */
export function isUpcoming(meeting: Pick<Meeting, 'status'>): boolean {
  return (UPCOMING_STATUSES as readonly string[]).includes(meeting.status);
}

export interface HeldWhen {
  /** The day it was actually held (opened), else the day it was called for: `Friday, 04 December 2026`. */
  date: string;
  /** The time it opened, else the time it was called for. */
  time: string;
  /** When it was opened on another day: `Thursday, 10 December 2026 at 09:00`. */
  scheduledFor: string | null;
}

/** When the meeting was held, as minutes state it: the actual opening, not the notice. */
export function heldWhen(meeting: Pick<Meeting, 'startsAt' | 'openedAt'>, timeZone = DEFAULT_TIME_ZONE): HeldWhen {
  const at = meeting.openedAt ?? meeting.startsAt;
  const otherDay = !!meeting.openedAt && instantToDate(meeting.openedAt, timeZone) !== instantToDate(meeting.startsAt, timeZone);
  return {
    date: formatLongDate(at, timeZone),
    time: instantToTime(at, timeZone),
    scheduledFor: otherDay ? `${formatLongDate(meeting.startsAt, timeZone)} at ${instantToTime(meeting.startsAt, timeZone)}` : null,
  };
}

/** The calendar day times typed during the sitting belong to: the day it opened, else the day it was called for. */
export function sittingDate(meeting: Pick<Meeting, 'startsAt' | 'openedAt'>, timeZone = DEFAULT_TIME_ZONE): string {
  return instantToDate(meeting.openedAt ?? meeting.startsAt, timeZone);
}

/** "Late item: <reason>" for an item added after the notice was issued, '' for any other. */
export function lateItemNote(item: { lateReason?: string | undefined }): string {
  const reason = item.lateReason?.trim();
  return reason ? `Late item: ${reason}` : '';
}

/** Why a late item cannot be added as asked, or null: it needs the reason it is late. */
export function lateReasonProblem(reason: string | undefined): string | null {
  return reason?.trim() ? null : 'Give the reason this item is late (added after the notice was issued).';
}

/**
 * The meeting's reference, one for the list, the page and Word: the number typed for it, else
 * made from its number in the year as the demo's meetings are (`OC 10/2026` for an ordinary
 * Council meeting, `SC 03/2026` special, `MPAC 06/2026` a committee). '' when it has no number.
 */
export function meetingReferenceOf(
  meeting: Pick<Meeting, 'number' | 'sequence' | 'startsAt' | 'type'>,
  body: Pick<Body, 'code' | 'kind'> | null | undefined,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  if (meeting.number?.trim()) return meeting.number.trim();
  if (!meeting.sequence || !body) return '';
  const prefix = body.kind === 'council' ? ({ ordinary: 'O', special: 'S', urgent: 'U' } as const)[meeting.type] : '';
  return `${prefix}${body.code} ${String(meeting.sequence).padStart(2, '0')}/${meetingYear(meeting, timeZone)}`;
}

/**
 * How the meeting's resolution numbers follow from its reference, in words: its number in the
 * year gives it a block of numbers ("Resolutions of meeting OC 11/2026 are numbered C 1001/2026
 * to C 1099/2026."). '' when the meeting has no number yet.
 */
export function resolutionNumbersNote(
  meeting: Pick<Meeting, 'number' | 'sequence' | 'startsAt' | 'type'>,
  body: Pick<Body, 'code' | 'kind'>,
  numbering: { format: string; blockSize?: number; financialYearStartMonth?: number },
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const reference = meetingReferenceOf(meeting, body, timeZone);
  if (!meeting.sequence || !reference) return '';
  const blockSize = numbering.blockSize ?? DEFAULT_BLOCK_SIZE;
  const parts = (ordinal: number) => ({
    bodyCode: body.code,
    meetingSequence: meeting.sequence ?? 1,
    ordinal,
    itemNumber: '',
    date: instantToDate(meeting.startsAt, timeZone),
    blockSize,
    ...(numbering.financialYearStartMonth ? { financialYearStartMonth: numbering.financialYearStartMonth } : {}),
  });
  try {
    if (numbering.format.includes('{seq')) {
      return `Resolutions of meeting ${reference} are numbered ${formatResolutionNumber(numbering.format, parts(1))} to ${formatResolutionNumber(numbering.format, parts(blockSize - 1))}.`;
    }
    return `Resolution numbers of meeting ${reference} carry its number in the year, ${meeting.sequence}.`;
  } catch {
    return '';
  }
}

/**
 * The instant of a close typed to the minute: the current minute means now, and the minute the
 * meeting opened means no earlier than its opening (a time typed as HH:MM drops the seconds).
 */
export function typedCloseInstant(date: string, clock: string, timeZone: string, openedAt: string | undefined, now: Date): string {
  if (clock === instantToTime(now, timeZone) && date === instantToDate(now, timeZone)) return now.toISOString();
  const at = zonedToInstant(date, clock, timeZone);
  if (openedAt && at < openedAt && clock === instantToTime(openedAt, timeZone)) return openedAt;
  return at;
}
