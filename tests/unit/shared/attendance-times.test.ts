/** The times an attendance register can hold: never in the future, a departure after the arrival, within the sitting. */
import { describe, expect, it } from 'vitest';
import { attendanceTimeProblem } from '../../../shared/domain/attendance';

// Johannesburg is UTC+2: 17:20 there is 15:20 UTC.
const T = (hhmm: string, day = '2026-11-26') => new Date(`${day}T${hhmm}:00+02:00`).toISOString();
const base = {
  meeting: { startsAt: T('16:00') },
  now: T('17:20'),
  name: 'Cllr Mpho Sebola',
  timeZone: 'Africa/Johannesburg',
};

describe('attendance times', () => {
  it('accepts times within the sitting, up to now', () => {
    expect(attendanceTimeProblem({ arrivedAt: T('16:30') }, base)).toBeNull();
    expect(attendanceTimeProblem({ arrivedAt: T('16:30'), departedAt: T('17:20') }, base)).toBeNull();
    expect(attendanceTimeProblem({ departedAt: T('16:00') }, base)).toBeNull();
    expect(attendanceTimeProblem({}, base)).toBeNull();
  });

  it('refuses an arrival or a departure in the future', () => {
    expect(attendanceTimeProblem({ arrivedAt: T('17:45') }, base)).toBe('17:45 is after now (17:20): an arrival cannot be recorded in the future.');
    expect(attendanceTimeProblem({ arrivedAt: T('16:30'), departedAt: T('17:21') }, base)).toBe(
      '17:21 is after now (17:20): a departure cannot be recorded in the future.',
    );
    // A meeting on another day: the dates are said too.
    expect(attendanceTimeProblem({ arrivedAt: T('09:00', '2026-11-27') }, { ...base, meeting: { startsAt: T('08:00', '2026-11-27') } })).toBe(
      '27 Nov 2026, 09:00 is after now (26 Nov 2026, 17:20): an arrival cannot be recorded in the future.',
    );
  });

  it('refuses a departure before (or at) the arrival', () => {
    expect(attendanceTimeProblem({ arrivedAt: T('16:30'), departedAt: T('16:00') }, base)).toBe('Cllr Mpho Sebola left at 16:00, before arriving at 16:30.');
    expect(attendanceTimeProblem({ arrivedAt: T('16:30'), departedAt: T('16:30') }, base)).toMatch(/^Cllr Mpho Sebola left at 16:30, the minute they arrived/);
  });

  it('refuses times before the meeting began, counting an early opening as the beginning', () => {
    expect(attendanceTimeProblem({ arrivedAt: T('15:50') }, base)).toBe(
      'Cllr Mpho Sebola arrived at 15:50, before the meeting began at 16:00: a member there from the start is present, not late.',
    );
    expect(attendanceTimeProblem({ departedAt: T('15:59') }, base)).toMatch(/^Cllr Mpho Sebola left at 15:59, before the meeting began at 16:00/);
    // Opened at 15:45, before the scheduled 16:00: an arrival at 15:50 was late.
    const early = { ...base, meeting: { startsAt: T('16:00'), openedAt: T('15:45') } };
    expect(attendanceTimeProblem({ arrivedAt: T('15:50') }, early)).toBeNull();
    expect(attendanceTimeProblem({ arrivedAt: T('15:40') }, early)).toMatch(/before the meeting opened at 15:45/);
    // Opened late in the app (16:10): an arrival at 16:05 still counts from the scheduled start.
    expect(attendanceTimeProblem({ arrivedAt: T('16:05') }, { ...base, meeting: { startsAt: T('16:00'), openedAt: T('16:10') } })).toBeNull();
  });

  it('refuses times at or after the close of a closed meeting', () => {
    const closed = { ...base, meeting: { startsAt: T('16:00'), openedAt: T('16:00'), closedAt: T('17:00') } };
    expect(attendanceTimeProblem({ arrivedAt: T('17:05') }, closed)).toBe('Cllr Mpho Sebola arrived at 17:05, after the meeting closed at 17:00.');
    expect(attendanceTimeProblem({ departedAt: T('17:00') }, closed)).toMatch(/^Cllr Mpho Sebola left at 17:00, when the meeting had closed at 17:00/);
    expect(attendanceTimeProblem({ departedAt: T('16:59') }, closed)).toBeNull();
  });
});
