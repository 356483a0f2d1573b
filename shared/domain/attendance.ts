/**
 * The attendance register and the quorum it gives. A member counts as present at a moment if
 * they were marked present, arrived late before it, or left early after it. Only members of the
 * body count towards the quorum; officials and guests are recorded but do not.
 */
import type { Body, Meeting } from '../schemas';
import type { AttendanceEntry } from '../schemas/meeting';
import type { FieldErrors } from '../validation/record-validator';
import { quorumRequired } from './quorum';

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
