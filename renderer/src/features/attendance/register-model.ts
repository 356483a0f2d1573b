/**
 * What the register screen works out from the stored meeting: the rows in order, the search
 * filter, the keys, and the changes not yet stored (shown at once, so the quorum follows a key
 * press on the next paint rather than after the database write).
 */
import type { Body, Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import type { AttendanceStatus } from '@shared/schemas/vocabulary';
import { memberEntryId } from '@shared/domain/attendance';

export function displayName(member: Pick<Member, 'title' | 'fullName'> | undefined): string {
  return member ? [member.title, member.fullName].filter(Boolean).join(' ') : 'Unknown member';
}

/** "Ward 12", "PR", or "" for a seat that is neither. */
export function seatLabel(member: Pick<Member, 'seat' | 'ward'> | undefined): string {
  if (!member) return '';
  if (member.seat === 'ward') return member.ward ? `Ward ${member.ward}` : 'Ward';
  return member.seat === 'pr' ? 'PR' : '';
}

export interface RegisterRowModel {
  memberId: string;
  name: string;
  role: Body['memberships'][number]['role'];
  party: string;
  seat: string;
}

/** The body's members, the chairperson first, then by name. */
export function registerRows(body: Pick<Body, 'memberships'>, members: ReadonlyMap<string, Member>): RegisterRowModel[] {
  return body.memberships
    .map((m) => {
      const member = members.get(m.memberId);
      return { memberId: m.memberId, name: displayName(member), role: m.role, party: member?.party ?? '', seat: seatLabel(member) };
    })
    .sort((a, b) =>
      a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'chairperson' ? -1 : b.role === 'chairperson' ? 1 : a.name.localeCompare(b.name),
    );
}

/** Rows whose name, party or seat contains every word of the search, ignoring case and accents. */
export function filterRows(rows: readonly RegisterRowModel[], search: string): RegisterRowModel[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = fold(`${row.name} ${row.party} ${row.seat}`);
    return words.every((w) => text.includes(w));
  });
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The key for each state on a focused row; L and D ask for the time. */
export const STATUS_KEYS: Record<string, AttendanceStatus> = { p: 'present', a: 'apology', x: 'absent', l: 'late', d: 'left_early' };

/** A member's line with a new status, keeping what still applies of the line before it. */
export function memberLine(previous: AttendanceEntry | undefined, memberId: string, status: AttendanceStatus): AttendanceEntry {
  const entry: AttendanceEntry = { id: previous?.id ?? memberEntryId(memberId), kind: 'member', memberId, status };
  if (status === 'late' && previous?.departedAt) entry.departedAt = previous.departedAt;
  if (status === 'left_early' && previous?.arrivedAt) entry.arrivedAt = previous.arrivedAt;
  if (status === 'apology' && previous?.leaveOfAbsence) entry.leaveOfAbsence = true;
  return entry;
}

/** The line for a time given in the prompt (L or D): arrived late at, or left early at, that instant. */
export function promptedLine(previous: AttendanceEntry | undefined, memberId: string, which: 'arrived' | 'left', instant: string): AttendanceEntry {
  const entry: AttendanceEntry = {
    id: previous?.id ?? memberEntryId(memberId),
    kind: 'member',
    memberId,
    status: which === 'arrived' ? 'late' : 'left_early',
  };
  if (which === 'arrived') {
    entry.arrivedAt = instant;
    if (previous?.departedAt) entry.departedAt = previous.departedAt;
  } else {
    entry.departedAt = instant;
    if (previous?.arrivedAt) entry.arrivedAt = previous.arrivedAt;
  }
  return entry;
}

/** A change made on this screen and not yet seen in the stored meeting: the line, or null (removed). */
export type PendingChanges = ReadonlyMap<string, AttendanceEntry | null>;

/** The register as stored, with this screen's pending changes (by member) applied. */
export function withPending(attendance: readonly AttendanceEntry[], pending: PendingChanges): AttendanceEntry[] {
  if (pending.size === 0) return attendance as AttendanceEntry[];
  const out: AttendanceEntry[] = [];
  for (const entry of attendance) {
    if (entry.memberId && pending.has(entry.memberId)) {
      const next = pending.get(entry.memberId);
      if (next) out.push(next);
    } else out.push(entry);
  }
  const present = new Set(attendance.map((e) => e.memberId));
  for (const [memberId, next] of pending) if (next && !present.has(memberId)) out.push(next);
  return out;
}

/** Pending changes the stored register now shows (or contradicts nothing of) can be dropped. */
export function settledPending(attendance: readonly AttendanceEntry[], pending: PendingChanges): string[] {
  const stored = new Map(attendance.filter((e) => e.memberId).map((e) => [e.memberId as string, e]));
  const done: string[] = [];
  for (const [memberId, next] of pending) {
    const now = stored.get(memberId) ?? null;
    if (next === null ? now === null : now !== null && sameEntry(now, next)) done.push(memberId);
  }
  return done;
}

function sameEntry(a: AttendanceEntry, b: AttendanceEntry): boolean {
  return a.status === b.status && a.arrivedAt === b.arrivedAt && a.departedAt === b.departedAt && (a.leaveOfAbsence ?? false) === (b.leaveOfAbsence ?? false);
}
