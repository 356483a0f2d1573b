/**
 * Calendar arithmetic for generating five years of records quickly: days as whole numbers, and
 * instants as a day's midnight in the municipality's zone plus minutes. The midnight comes from
 * shared/domain/time.ts (once per day, cached), so instants agree with the app's own rules.
 */
import { DEFAULT_TIME_ZONE, today as todayIn, zonedToInstant } from '../../shared/domain/time';
import { WorkingDayCalendar } from '../../shared/domain/working-days';

const DAY_MS = 86_400_000;

/** `2026-11-26` → days since 1970-01-01. */
export function toDayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

const dates = new Map<number, string>();

export function fromDayNumber(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day itself if it is a weekday, else the Monday after. */
export function weekdayOnOrAfter(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

export class Clock {
  private readonly midnights = new Map<number, number>();

  /** `now` is the moment the data set is generated for: nothing in it happens later. */
  constructor(readonly now: Date) {
    this.today = toDayNumber(todayIn(DEFAULT_TIME_ZONE, now));
  }

  /** Today in the municipality's zone. */
  readonly today: number;

  /** Milliseconds of `minutes` after midnight of `day` in the municipality's zone. */
  at(day: number, minutes: number): number {
    let midnight = this.midnights.get(day);
    if (midnight === undefined) {
      midnight = Date.parse(zonedToInstant(fromDayNumber(day), '00:00'));
      this.midnights.set(day, midnight);
    }
    return midnight + minutes * 60_000;
  }

  iso(ms: number): string {
    return new Date(ms).toISOString();
  }
}

/**
 * The app's working-day calendar with each day's verdict remembered: the same answers as
 * shared/domain/working-days.ts (it asks the calendar itself, once per day), fast enough to
 * date 700,000 timeline events.
 */
export class RememberingCalendar extends WorkingDayCalendar {
  private readonly verdicts = new Map<number, boolean>();

  private works(day: number): boolean {
    let verdict = this.verdicts.get(day);
    if (verdict === undefined) {
      verdict = super.isWorkingDay(fromDayNumber(day));
      this.verdicts.set(day, verdict);
    }
    return verdict;
  }

  override isWorkingDay(date: string): boolean {
    return this.works(toDayNumber(date));
  }

  override addWorkingDays(date: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
    let day = toDayNumber(date);
    for (let left = days; left > 0;) {
      day += 1;
      if (this.works(day)) left -= 1;
    }
    return fromDayNumber(day);
  }

  override workingDaysBetween(from: string, to: string): number {
    const end = toDayNumber(to);
    let count = 0;
    for (let day = toDayNumber(from) + 1; day <= end; day += 1) if (this.works(day)) count += 1;
    return count;
  }
}
