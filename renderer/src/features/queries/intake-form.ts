/**
 * The Log a query form's values and its own checks, made before the queries repository checks
 * the record: everything a person can get wrong is said at once, beside its field, and a text over
 * the schema's limit is refused with its length, never cut.
 */
import { isCalendarDate, normalizeClockTime } from '@shared/domain/time';
import { querySchema } from '@shared/schemas/query';
import type { QueryChannel, QueryPriority } from '@shared/schemas/vocabulary';
import type { FieldErrors, FieldPath, Resolver } from 'react-hook-form';
import type { StakeholderValues } from '../stakeholders/components/stakeholder-form';
import { incompleteDateMessage, isIncompleteDate } from '../../ui/incomplete-date';
import { lengthProblem, schemaMaxLength } from '../../ui/text-limits';

export interface IntakeValues {
  channel: QueryChannel;
  subject: string;
  description: string;
  category: string;
  ward: string;
  priority: QueryPriority;
  receivedDate: string;
  receivedTime: string;
  dueDate: string;
  relatedMeetingId: string;
  relatedResolutionId: string;
}

export type IntakeField = keyof IntakeValues | 'stakeholder';

/** The whole form: the query's values, and the new stakeholder's when one is added with it. */
export interface IntakeFormValues extends IntakeValues {
  newStakeholder: StakeholderValues;
}

/** Where a message on the stakeholder chosen (not a field of the form: the picker) is kept. */
export const STAKEHOLDER_CHOICE = 'stakeholder' as FieldPath<IntakeFormValues>;

/** What the resolver is told besides the values: whether a stakeholder is picked or being added. */
export interface IntakeContext {
  stakeholderChosen: boolean;
}

export const SUBJECT_MAX = schemaMaxLength(querySchema, 'subject') ?? 300;
export const DESCRIPTION_MAX = schemaMaxLength(querySchema, 'description') ?? 100_000;

/** Where the repository's messages (by record path) go on the form. */
export const RECORD_TO_FORM: Partial<Record<string, IntakeField>> = {
  stakeholderId: 'stakeholder',
  channel: 'channel',
  subject: 'subject',
  description: 'description',
  category: 'category',
  ward: 'ward',
  priority: 'priority',
  receivedAt: 'receivedDate',
  dueDate: 'dueDate',
  acknowledgeBy: 'receivedDate',
  relatedMeetingId: 'relatedMeetingId',
  relatedResolutionId: 'relatedResolutionId',
};

/** Every problem the form can see for itself, at once; `stakeholderChosen`: picked or being added. */
export function intakeProblems(values: IntakeValues, stakeholderChosen: boolean): Partial<Record<IntakeField, string>> {
  const problems: Partial<Record<IntakeField, string>> = {};
  if (isIncompleteDate(values.receivedDate)) problems.receivedDate = incompleteDateMessage('The date received', true);
  else if (!isCalendarDate(values.receivedDate)) problems.receivedDate = 'Enter the date the query was received.';
  // Typed only in part, the agreed date is refused: saving would follow the service standard instead.
  if (isIncompleteDate(values.dueDate)) problems.dueDate = incompleteDateMessage('The agreed due date');
  if (!normalizeClockTime(values.receivedTime)) problems.receivedTime = 'Enter the time as HH:MM (24-hour clock).';
  if (!values.category) problems.category = 'Choose the category: it sets the service standard.';
  if (!stakeholderChosen) problems.stakeholder = 'Choose the stakeholder who raised the query, or add them.';
  const subjectTooLong = lengthProblem('Subject', values.subject, SUBJECT_MAX);
  const descriptionTooLong = lengthProblem('Description', values.description, DESCRIPTION_MAX);
  if (!values.subject.trim()) problems.subject = 'Enter the subject: what the query is about, in a line.';
  else if (subjectTooLong) problems.subject = subjectTooLong;
  if (descriptionTooLong) problems.description = descriptionTooLong;
  return problems;
}

/** The Log a query form's resolver: every problem of `intakeProblems` at once; the repository checks the rest. */
export const intakeResolver: Resolver<IntakeFormValues, IntakeContext> = (values, context) => {
  const problems = intakeProblems(values, context?.stakeholderChosen ?? false);
  if (Object.keys(problems).length === 0) return { values, errors: {} };
  const errors = Object.fromEntries(Object.entries(problems).map(([field, message]) => [field, { type: 'validate', message }]));
  return { values: {}, errors: errors as FieldErrors<IntakeFormValues> };
};
