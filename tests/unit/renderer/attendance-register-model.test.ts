/** The register screen's rules: rows in order, the search, and changes shown before they are stored. */
import { describe, expect, it } from 'vitest';
import {
  filterRows,
  memberLine,
  promptedLine,
  registerRows,
  seatLabel,
  settledPending,
  STATUS_KEYS,
  withPending,
} from '../../../renderer/src/features/attendance/register-model';
import type { Member } from '../../../shared/schemas';
import type { AttendanceEntry } from '../../../shared/schemas/meeting';

const person = (id: string, fullName: string, party: string, seat: Member['seat'], ward?: string) =>
  [id, { id, fullName, title: 'Cllr', party, seat, ...(ward ? { ward } : {}), kind: 'councillor', active: true } as Member] as const;
const members = new Map([
  person('a', 'Zanele Makhado', 'Civic Progress Alliance', 'ward', '7'),
  person('b', 'Annelie Joubert', 'Green Valley Party', 'pr'),
  person('c', 'Thandeka Mokoena', 'Civic Progress Alliance', 'ward', '1'),
  person('d', 'Zoë Ndlovu', "People's Economic Front", 'pr'),
]);
const body = {
  memberships: [
    { memberId: 'a', role: 'member' as const },
    { memberId: 'b', role: 'member' as const },
    { memberId: 'c', role: 'chairperson' as const },
    { memberId: 'd', role: 'member' as const },
  ],
};

describe('the register screen', () => {
  it('lists the chairperson first, then by name, with party and seat', () => {
    const rows = registerRows(body, members);
    expect(rows.map((r) => r.name)).toEqual(['Cllr Thandeka Mokoena', 'Cllr Annelie Joubert', 'Cllr Zanele Makhado', 'Cllr Zoë Ndlovu']);
    expect(rows[2]).toMatchObject({ party: 'Civic Progress Alliance', seat: 'Ward 7' });
    expect(seatLabel({ seat: 'pr' })).toBe('PR');
    expect(seatLabel({ seat: 'none' })).toBe('');
  });

  it('finds members by any words of name, party or seat, ignoring case and accents', () => {
    const rows = registerRows(body, members);
    expect(filterRows(rows, 'civic').map((r) => r.memberId)).toEqual(['c', 'a']);
    expect(filterRows(rows, 'ward 7').map((r) => r.memberId)).toEqual(['a']);
    expect(filterRows(rows, 'zoe').map((r) => r.memberId)).toEqual(['d']);
    expect(filterRows(rows, 'pr green').map((r) => r.memberId)).toEqual(['b']);
    expect(filterRows(rows, '  ')).toHaveLength(4);
    expect(filterRows(rows, '<script>')).toEqual([]);
  });

  it('has a key for each state', () => {
    expect(STATUS_KEYS).toEqual({ p: 'present', a: 'apology', x: 'absent', l: 'late', d: 'left_early' });
  });

  it('shows pending changes over the stored register until it agrees', () => {
    const stored: AttendanceEntry[] = [
      { id: 'm-a', kind: 'member', memberId: 'a', status: 'present' },
      { id: 'g', kind: 'guest', name: 'Visitor', status: 'present' },
    ];
    const pending = new Map<string, AttendanceEntry | null>([
      ['a', null],
      ['b', { id: 'm-b', kind: 'member', memberId: 'b', status: 'apology' }],
    ]);
    expect(withPending(stored, pending).map((e) => e.id)).toEqual(['g', 'm-b']);
    expect(settledPending(stored, pending)).toEqual([]);
    const later: AttendanceEntry[] = [stored[1]!, { id: 'm-b', kind: 'member', memberId: 'b', status: 'apology' }];
    expect(settledPending(later, pending)).toEqual(['a', 'b']);
    expect(withPending(stored, new Map())).toBe(stored);
  });

  it("keeps what still applies of a member's line when the status changes or a time is given", () => {
    const previous: AttendanceEntry = {
      id: 'e1',
      kind: 'member',
      memberId: 'a',
      status: 'late',
      arrivedAt: '2026-03-01T08:10:00Z',
      departedAt: '2026-03-01T10:00:00Z',
    };
    expect(memberLine(previous, 'a', 'left_early')).toEqual({
      id: 'e1',
      kind: 'member',
      memberId: 'a',
      status: 'left_early',
      arrivedAt: '2026-03-01T08:10:00Z',
    });
    expect(memberLine(previous, 'a', 'present')).toEqual({ id: 'e1', kind: 'member', memberId: 'a', status: 'present' });
    expect(memberLine({ ...previous, status: 'apology', leaveOfAbsence: true }, 'a', 'apology').leaveOfAbsence).toBe(true);
    expect(promptedLine(previous, 'a', 'left', '2026-03-01T09:30:00Z')).toEqual({
      id: 'e1',
      kind: 'member',
      memberId: 'a',
      status: 'left_early',
      departedAt: '2026-03-01T09:30:00Z',
      arrivedAt: '2026-03-01T08:10:00Z',
    });
    expect(promptedLine(undefined, 'b', 'arrived', '2026-03-01T08:20:00Z')).toMatchObject({
      kind: 'member',
      memberId: 'b',
      status: 'late',
      arrivedAt: '2026-03-01T08:20:00Z',
    });
  });
});
