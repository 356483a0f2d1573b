/**
 * The small steps every query action is made of (queries.repository.ts composes them): refusing
 * with the fields named, a required note, a status change the lifecycle allows, and the pause of
 * the service-standard clock ending, with the sentence the timeline keeps of it.
 */
import { plural } from '@shared/documents/text';
import { transitionProblem } from '@shared/domain/query-lifecycle';
import { resumeAfterPause } from '@shared/domain/query-service-standards';
import { formatDate, instantToDate } from '@shared/domain/time';
import type { StakeholderQuery } from '@shared/schemas';
import type { QueryStatus } from '@shared/schemas/vocabulary';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { ActionContext } from './query-action-context';
import type { NewQueryEvent } from './query-timeline.repository';

export const QUERY_TITLE = 'Stakeholder query';

export function refuse(errors: FieldErrors): never {
  throw new RecordValidationError(QUERY_TITLE, errors);
}

export function required(value: string | undefined, field: string, message: string): FieldErrors {
  return value?.trim() ? {} : { [field]: message };
}

export function withNote(text: string, note: string | undefined): string {
  return note?.trim() ? `${text} ${note.trim()}` : text;
}

/** The status change, or a refusal saying why the lifecycle does not allow it. */
export function transition(current: StakeholderQuery, to: QueryStatus): { status: QueryStatus } {
  const problem = transitionProblem(current.status, to);
  if (problem) refuse({ status: problem });
  return { status: to };
}

/** The pause ends: the due date moves on by the working days the clock stood still. */
export function endPause(current: StakeholderQuery, ctx: ActionContext): Partial<StakeholderQuery> {
  if (!current.pausedSince) return {};
  const outcome = resumeAfterPause(instantToDate(current.pausedSince, ctx.timeZone), ctx.today, current.dueDate, ctx.calendar);
  return {
    dueDate: outcome.dueDate,
    pausedWorkingDays: (current.pausedWorkingDays ?? 0) + outcome.pausedDays,
    pausedSince: undefined,
  };
}

/** What the timeline says of a pause that ended between `before` and `after` (no text when none did). */
export function pauseNote(before: StakeholderQuery, after: StakeholderQuery): Partial<NewQueryEvent> & { text: string } {
  if (!before.pausedSince) return { text: '' };
  const days = (after.pausedWorkingDays ?? 0) - (before.pausedWorkingDays ?? 0);
  return {
    text: `The clock was paused for ${plural(days, 'working day')}: the due date moves from ${formatDate(before.dueDate)} to ${formatDate(after.dueDate)}.`,
    pausedWorkingDays: days,
    previousDueDate: before.dueDate,
    dueDate: after.dueDate,
  };
}
