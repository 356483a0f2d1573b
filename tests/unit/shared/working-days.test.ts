import { describe, expect, it } from 'vitest';
import { dayOfWeek, easterSunday, publicHolidays, WorkingDayCalendar } from '../../../shared/domain/working-days';

const calendar = new WorkingDayCalendar();

describe('Easter, for any year', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
    [1961, '1961-04-02'],
    [2100, '2100-03-28'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(dayOfWeek(date)).toBe(0);
  });

  it('places Good Friday and Family Day around Easter', () => {
    const names = new Map(publicHolidays(2026).map((h) => [h.date, h.name]));
    expect(names.get('2026-04-03')).toBe('Good Friday');
    expect(names.get('2026-04-06')).toBe('Family Day');
    const in2024 = new Map(publicHolidays(2024).map((h) => [h.date, h.name]));
    expect(in2024.get('2024-03-29')).toBe('Good Friday');
    expect(in2024.get('2024-04-01')).toBe('Family Day');
  });
});

describe('public holidays of the Public Holidays Act', () => {
  it('has the twelve holidays of 2026 and the Monday after Women’s Day on a Sunday', () => {
    expect(publicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-03-21',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-01',
      '2026-06-16',
      '2026-08-09',
      '2026-08-10',
      '2026-09-24',
      '2026-12-16',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(calendar.holidayName('2026-08-10')).toBe("National Women's Day (observed)");
  });

  it('gives the Monday off for a Sunday holiday, never for a Saturday one', () => {
    expect(calendar.isWorkingDay('2023-01-02')).toBe(false); // New Year's Day 2023 was a Sunday
    expect(calendar.isWorkingDay('2027-03-22')).toBe(false); // Human Rights Day 2027 is a Sunday
    expect(calendar.isWorkingDay('2026-03-23')).toBe(true); // Human Rights Day 2026 is a Saturday
    expect(calendar.isWorkingDay('2021-12-27')).toBe(false); // Day of Goodwill 2021 was a Sunday
  });

  it('moves to the next free day when the Monday is already a holiday (Christmas on a Sunday)', () => {
    expect(calendar.holidayName('2022-12-26')).toBe('Day of Goodwill');
    expect(calendar.holidayName('2022-12-27')).toBe('Christmas Day (observed)');
    expect(calendar.isWorkingDay('2022-12-28')).toBe(true);
  });

  it('adds declared holidays such as an election day', () => {
    const withElection = new WorkingDayCalendar([{ date: '2024-05-29', name: 'General election' }]);
    expect(calendar.isWorkingDay('2024-05-29')).toBe(true);
    expect(withElection.isWorkingDay('2024-05-29')).toBe(false);
    expect(withElection.holidayName('2024-05-29')).toBe('General election');
  });
});

describe('working-day arithmetic', () => {
  it('skips weekends', () => {
    expect(calendar.addWorkingDays('2026-11-20', 5)).toBe('2026-11-27'); // Friday → next Friday
    expect(calendar.addWorkingDays('2026-11-21', 5)).toBe('2026-11-27'); // received on a Saturday
    expect(calendar.addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('skips Easter: 10 working days from the Thursday before Good Friday', () => {
    // 3 Apr (Good Friday) and 6 Apr (Family Day) 2026 are holidays.
    expect(calendar.addWorkingDays('2026-04-02', 5)).toBe('2026-04-13');
    expect(calendar.addWorkingDays('2026-04-02', 10)).toBe('2026-04-20');
  });

  it('skips the year-end holidays', () => {
    // 16, 25 and 26 Dec 2026 (Wed, Fri, Sat); 1 Jan 2027 (Fri).
    expect(calendar.addWorkingDays('2026-12-14', 10)).toBe('2026-12-30');
    expect(calendar.addWorkingDays('2026-12-30', 3)).toBe('2027-01-05');
  });

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2026-04-02', '2026-04-20')).toBe(10);
    expect(calendar.workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(calendar.workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(calendar.workingDaysBetween('2026-11-30', '2026-11-27')).toBe(0);
  });

  it('is the inverse of adding, across many years', () => {
    for (let year = 2020; year <= 2040; year += 1) {
      for (const start of [`${year}-01-01`, `${year}-03-19`, `${year}-12-20`]) {
        for (const days of [1, 5, 10, 20]) {
          const due = calendar.addWorkingDays(start, days);
          expect(calendar.isWorkingDay(due)).toBe(true);
          expect(calendar.workingDaysBetween(start, due)).toBe(days);
        }
      }
    }
  });

  it('counts long spans (years overdue) as a day-by-day walk would, declared holidays included', () => {
    const withElection = new WorkingDayCalendar(['2024-05-29', '2026-11-04', 'not a date']);
    const walk = (cal: WorkingDayCalendar, from: string, to: string) => {
      let count = 0;
      for (let ms = Date.parse(`${from}T00:00:00Z`) + 86_400_000; ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
        if (cal.isWorkingDay(new Date(ms).toISOString().slice(0, 10))) count += 1;
      }
      return count;
    };
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (let i = 0; i < 300; i += 1) {
      const from = new Date(Date.UTC(2019, 0, 1) + (next() % 3_000) * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + (next() % 2_200) * 86_400_000).toISOString().slice(0, 10);
      for (const cal of [calendar, withElection]) expect(cal.workingDaysBetween(from, to)).toBe(walk(cal, from, to));
    }
    expect(withElection.workingDaysBetween('2026-11-02', '2026-11-06')).toBe(3);
  });

  it('finds the next working day', () => {
    expect(calendar.nextWorkingDay('2026-04-03')).toBe('2026-04-07');
    expect(calendar.nextWorkingDay('2026-04-07')).toBe('2026-04-07');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => calendar.addWorkingDays('2026-04-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-04-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
