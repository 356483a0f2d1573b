/**
 * The WorkingDayCalendar: which calendar dates a South African municipality works, and
 * arithmetic in working days, the unit of every service standard ("reply within 10 working days").
 *
 * Working days skip Saturdays, Sundays and the public holidays of the Public Holidays Act
 * (Act 36 of 1994), including Good Friday and Family Day computed from Easter for any year, and
 * the Monday after a holiday that falls on a Sunday (s2(1)). Holidays the President declares
 * once (an election day, for example) are passed in as `extraHolidays`.
 *
 * Dates are calendar dates (`YYYY-MM-DD`) in the municipality's zone; no time zone is involved.
 */
import { isCalendarDate } from './time';

export interface PublicHoliday {
  date: string;
  name: string;
}

const FIXED_HOLIDAYS: readonly (readonly [month: number, day: number, name: string])[] = [
  [1, 1, "New Year's Day"],
  [3, 21, 'Human Rights Day'],
  [4, 27, 'Freedom Day'],
  [5, 1, "Workers' Day"],
  [6, 16, 'Youth Day'],
  [8, 9, "National Women's Day"],
  [9, 24, 'Heritage Day'],
  [12, 16, 'Day of Reconciliation'],
  [12, 25, 'Christmas Day'],
  [12, 26, 'Day of Goodwill'],
];

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day: number): string {
  return fromUtc(Date.UTC(year, month - 1, day));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/**
 * The public holidays of a year, in date order, with the Mondays that replace holidays falling
 * on a Sunday. When that Monday is itself a holiday (Christmas on a Sunday, with the Day of
 * Goodwill on the Monday), the next free day is given, as government did on 27 December 2016
 * and 2022.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    ...FIXED_HOLIDAYS.map(([month, day, name]) => ({ date: ymd(year, month, day), name })),
    { date: fromUtc(toUtc(easter) - 2 * DAY_MS), name: 'Good Friday' },
    { date: fromUtc(toUtc(easter) + DAY_MS), name: 'Family Day' },
  ].sort((x, y) => x.date.localeCompare(y.date));
  const taken = new Set(holidays.map((h) => h.date));
  const observed: PublicHoliday[] = [];
  for (const holiday of holidays) {
    if (dayOfWeek(holiday.date) !== 0) continue;
    let next = toUtc(holiday.date) + DAY_MS;
    while (taken.has(fromUtc(next))) next += DAY_MS;
    const date = fromUtc(next);
    taken.add(date);
    observed.push({ date, name: `${holiday.name} (observed)` });
  }
  return [...holidays, ...observed].sort((x, y) => x.date.localeCompare(y.date));
}

/** How many of the sorted `dates` are on or before `date`. */
function firstAfter(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] as string) <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class WorkingDayCalendar {
  private readonly extra: Map<string, string>;
  private readonly byYear = new Map<number, Map<string, string>>();
  /** Every holiday on a weekday (public and declared), in date order, for the years covered so far. */
  private weekdayHolidays: { from: number; to: number; dates: string[] } | null = null;

  /** `extraHolidays`: once-off days declared public holidays, such as an election day. */
  constructor(extraHolidays: readonly (string | PublicHoliday)[] = []) {
    this.extra = new Map(extraHolidays.map((h): [string, string] => (typeof h === 'string' ? [h, 'Declared public holiday'] : [h.date, h.name])));
  }

  private holidaysOf(year: number): Map<string, string> {
    let map = this.byYear.get(year);
    if (!map) {
      map = new Map(publicHolidays(year).map((h) => [h.date, h.name]));
      this.byYear.set(year, map);
    }
    return map;
  }

  /** The dates of the holidays that fall on a weekday, sorted, covering at least the years given. */
  private weekdayHolidaysOf(firstYear: number, lastYear: number): string[] {
    const cached = this.weekdayHolidays;
    if (cached && cached.from <= firstYear && cached.to >= lastYear) return cached.dates;
    const from = Math.min(firstYear, cached?.from ?? firstYear);
    const to = Math.max(lastYear, cached?.to ?? lastYear);
    const dates = new Set<string>();
    for (let year = from; year <= to; year += 1) for (const date of this.holidaysOf(year).keys()) dates.add(date);
    for (const date of this.extra.keys()) if (isCalendarDate(date)) dates.add(date);
    const sorted = [...dates].filter((date) => {
      const weekday = dayOfWeek(date);
      return weekday !== 0 && weekday !== 6;
    });
    sorted.sort();
    this.weekdayHolidays = { from, to, dates: sorted };
    return sorted;
  }

  /** The holiday's name, or null on an ordinary day. */
  holidayName(date: string): string | null {
    return this.holidaysOf(Number(date.slice(0, 4))).get(date) ?? this.extra.get(date) ?? null;
  }

  isWorkingDay(date: string): boolean {
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6 && this.holidayName(date) === null;
  }

  /**
   * The date `days` working days after `date`: counting starts on the next working day, so a
   * query received on a Friday with 5 working days is due the next Friday, and one received on a
   * Saturday is due the Friday after. 0 gives the date itself.
   */
  addWorkingDays(date: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
    let ms = toUtc(date);
    let left = days;
    while (left > 0) {
      ms += DAY_MS;
      if (this.isWorkingDay(fromUtc(ms))) left -= 1;
    }
    return fromUtc(ms);
  }

  /**
   * Working days after `from` up to and including `to`; 0 when `to` is not after `from`.
   * Counted, not walked: weekdays by arithmetic, less the holidays on weekdays in the range, so
   * a query overdue for years costs no more than one overdue for a day.
   */
  workingDaysBetween(from: string, to: string): number {
    const start = toUtc(from);
    const end = toUtc(to);
    if (end <= start) return 0;
    const days = Math.round((end - start) / DAY_MS);
    const startWeekday = new Date(start).getUTCDay();
    let count = Math.floor(days / 7) * 5;
    for (let i = 1; i <= days % 7; i += 1) {
      const weekday = (startWeekday + i) % 7;
      if (weekday !== 0 && weekday !== 6) count += 1;
    }
    // Less the holidays that fall on a weekday in (from, to]: sorted dates, found by bisection.
    const weekdayHolidays = this.weekdayHolidaysOf(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
    count -= firstAfter(weekdayHolidays, to) - firstAfter(weekdayHolidays, from);
    return count;
  }

  /** The first working day on or after `date`. */
  nextWorkingDay(date: string): string {
    let ms = toUtc(date);
    while (!this.isWorkingDay(fromUtc(ms))) ms += DAY_MS;
    return fromUtc(ms);
  }
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}
