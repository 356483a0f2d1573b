/** What every part of the demo municipality is built from: the day it is built for, and stamps. */
import { addCalendarDays, instantToDate, zonedToInstant } from '../domain/time';

export interface DemoContext {
  now: Date;
  /** Today in Johannesburg: `YYYY-MM-DD`. */
  today: string;
  year: number;
  /** Created/updated stamps shared by every demo record. */
  stamp: { createdAt: string; createdBy: string; updatedAt: string; updatedBy: string; hasConflict: false };
  /** An instant `dayOffset` days from today at a Johannesburg wall-clock time. */
  at: (dayOffset: number, time: string) => string;
  /** A calendar date `dayOffset` days from today. */
  day: (dayOffset: number) => string;
}

export function demoContext(now: Date, actor: string): DemoContext {
  const stampAt = now.toISOString();
  const today = instantToDate(now);
  return {
    now,
    today,
    year: Number(today.slice(0, 4)),
    stamp: { createdAt: stampAt, createdBy: actor, updatedAt: stampAt, updatedBy: actor, hasConflict: false },
    at: (dayOffset, time) => zonedToInstant(addCalendarDays(today, dayOffset), time),
    day: (dayOffset) => addCalendarDays(today, dayOffset),
  };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
