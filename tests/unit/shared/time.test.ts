import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  instantToDate,
  instantToTime,
  isCalendarDate,
  isClockTime,
  normalizeClockTime,
  today,
  zonedToInstant,
} from '../../../shared/domain/time';

describe('time in the municipality', () => {
  it('reads a date and time typed in Johannesburg as the right instant', () => {
    expect(zonedToInstant('2026-11-26', '10:00')).toBe('2026-11-26T08:00:00.000Z');
    expect(zonedToInstant('2026-01-01', '00:30')).toBe('2025-12-31T22:30:00.000Z');
  });

  it('turns an instant back into the local date and 24-hour time', () => {
    expect(instantToDate('2025-12-31T22:30:00.000Z')).toBe('2026-01-01');
    expect(instantToTime('2026-11-26T13:05:00.000Z')).toBe('15:05');
  });

  it('formats in en-ZA with a 24-hour clock', () => {
    expect(formatDate('2026-11-26T08:00:00.000Z')).toBe('26 Nov 2026');
    expect(formatTime('2026-11-26T13:05:00.000Z')).toBe('15:05');
    expect(formatDateTime('2026-11-26T20:45:00.000Z')).toBe('26 Nov 2026, 22:45');
    expect(formatLongDate('2026-11-26T08:00:00.000Z')).toBe('Thursday, 26 November 2026');
  });

  it('formats a calendar date without shifting it to another day', () => {
    expect(formatDate('2026-03-01')).toBe('01 Mar 2026');
    expect(formatDate('2026-03-01', 'UTC')).toBe('01 Mar 2026');
  });

  it('knows today in the zone, which may differ from UTC', () => {
    expect(today('Africa/Johannesburg', new Date('2026-11-23T23:30:00.000Z'))).toBe('2026-11-24');
  });

  it('refuses impossible dates and times', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('7:30')).toBe(false);
    expect(() => zonedToInstant('2026-02-30', '10:00')).toThrow(RangeError);
  });

  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('times typed on a 24-hour clock', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9.30', '09:30'],
    ['14h05', '14:05'],
    ['14', '14:00'],
    [' 23:59 ', '23:59'],
    ['0:00', '00:00'],
  ])('reads %s as %s', (typed, expected) => {
    expect(normalizeClockTime(typed)).toBe(expected);
  });

  it.each(['24:00', '12:60', '9:3', 'noon', '', '2:30 PM', '12345'])('refuses %s', (typed) => {
    expect(normalizeClockTime(typed)).toBeNull();
  });
});
