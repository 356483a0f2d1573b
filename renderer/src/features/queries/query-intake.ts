/**
 * A new query as it is logged: its draft, with the acknowledgement and due dates of the
 * municipality's service standards (or a due date agreed with the stakeholder), what is wrong
 * with it, and the first line of its timeline.
 */
import { formatDate, instantToDate, isCalendarDate } from '@shared/domain/time';
import { serviceDates, serviceStandardFor } from '@shared/domain/query-service-standards';
import type { Stakeholder, StakeholderQuery } from '@shared/schemas';
import { QUERY_CHANNEL_LABELS, type QueryChannel, type QueryPriority } from '@shared/schemas/vocabulary';
import type { FieldErrors } from '@shared/validation/record-validator';
import type { Draft } from '../../db/record-repository';
import type { StakeholderRepository } from '../stakeholders/stakeholders.repository';
import type { ActionContext } from './query-action-context';

export interface QueryIntake {
  /** The stakeholder who raised it; '' when `newStakeholder` is added with the query. */
  stakeholderId: string;
  newStakeholder?: Draft<Stakeholder>;
  channel: QueryChannel;
  subject: string;
  description: string;
  category: string;
  ward: string;
  priority: QueryPriority;
  /** When it reached the municipality (an instant); now when omitted. */
  receivedAt?: string;
  /** A due date agreed with the stakeholder instead of the service standard (`YYYY-MM-DD`). */
  dueDate?: string;
  relatedMeetingId?: string;
  relatedResolutionId?: string;
}

export interface IntakePlan {
  /** The query without the two parts issued or added once everything is valid. */
  draft: Omit<Draft<StakeholderQuery>, 'reference' | 'stakeholderId'>;
  problems: FieldErrors;
  /** The timeline's first line for the query as stored. */
  loggedText(query: StakeholderQuery): string;
}

export function planIntake(intake: QueryIntake, ctx: ActionContext): IntakePlan {
  const problems: FieldErrors = {};
  const receivedAt = intake.receivedAt ?? ctx.now;
  if (receivedAt > ctx.now) problems.receivedAt = 'A query cannot be received in the future.';
  const received = instantToDate(receivedAt, ctx.timeZone);
  const standard = serviceStandardFor(ctx.settings, intake.category, intake.priority);
  const dates = serviceDates(received, standard, ctx.calendar);
  const dueOverride = intake.dueDate?.trim();
  if (dueOverride && !isCalendarDate(dueOverride)) problems.dueDate = 'Enter the due date as a date, such as 2026-04-20.';
  if (!intake.subject.trim()) problems.subject = 'Enter the subject: what the query is about, in a line.';
  const draft: IntakePlan['draft'] = {
    channel: intake.channel,
    subject: intake.subject.trim(),
    description: intake.description,
    category: intake.category.trim(),
    ward: intake.ward.trim(),
    priority: intake.priority,
    status: 'new',
    receivedAt,
    acknowledgeBy: dates.acknowledgeBy,
    dueDate: dueOverride && isCalendarDate(dueOverride) ? dueOverride : dates.dueDate,
    departmentId: '',
    officer: '',
    officerId: '',
    escalationLevel: 0,
    pausedWorkingDays: 0,
    ...(intake.relatedMeetingId ? { relatedMeetingId: intake.relatedMeetingId } : {}),
    ...(intake.relatedResolutionId ? { relatedResolutionId: intake.relatedResolutionId } : {}),
  };
  return {
    draft,
    problems,
    loggedText: (query) => {
      const due = standard.category
        ? `Due ${formatDate(query.dueDate)} (${standard.resolveDays} working days for ${standard.category}, ${intake.priority} priority)`
        : `Due ${formatDate(query.dueDate)}`;
      const dueSentence = dueOverride ? `Due ${formatDate(query.dueDate)}, as agreed with the stakeholder.` : `${due}.`;
      return `Logged (${QUERY_CHANNEL_LABELS[query.channel].toLowerCase()}). ${dueSentence}`;
    },
  };
}

/** What is wrong with the stakeholder who raised it: the new one's details, or the one chosen. */
export async function raiserProblems(
  intake: Pick<QueryIntake, 'stakeholderId' | 'newStakeholder'>,
  stakeholders: Pick<StakeholderRepository, 'checkDraft' | 'findById'>,
): Promise<FieldErrors> {
  if (intake.newStakeholder) {
    const errors: FieldErrors = {};
    for (const [field, message] of Object.entries(stakeholders.checkDraft(intake.newStakeholder))) errors[`newStakeholder.${field}`] = message;
    return errors;
  }
  if (!intake.stakeholderId) return { stakeholderId: 'Choose the stakeholder who raised the query, or add them.' };
  const stakeholder = await stakeholders.findById(intake.stakeholderId);
  if (!stakeholder) return { stakeholderId: 'That stakeholder no longer exists: choose another.' };
  if (stakeholder.mergedIntoId) return { stakeholderId: 'That stakeholder record was merged into another: choose the one kept.' };
  return {};
}
