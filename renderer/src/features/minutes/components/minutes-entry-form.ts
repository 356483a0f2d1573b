/**
 * The two small forms under an item's minutes that add an entry to a list on the item: a
 * declaration of interest (the member, the interest, whether they left) and an action arising
 * (what, by which department and official, by when). Each is checked against its entry's schema
 * (the limits of the agenda item's record) after the form's own checks, all at once.
 */
import type { Resolver } from 'react-hook-form';
import { newId } from '@shared/domain/ids';
import { isCalendarDate } from '@shared/domain/time';
import { agendaItemSchema, type AgendaAction } from '@shared/schemas/agenda-item';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';

const DECLARATION_ENTRY = agendaItemSchema.properties.declarations.items;
const ACTION_ENTRY = agendaItemSchema.properties.actions.items;
export const INTEREST_MAX = schemaMaxLength(DECLARATION_ENTRY, 'interest') ?? 1_000;
export const ACTION_MAX = schemaMaxLength(ACTION_ENTRY, 'description') ?? 2_000;

// ── A declaration of interest ─────────────────────────────────────────────────────────────────

export interface DeclarationValues {
  memberId: string;
  interest: string;
  leftMeeting: boolean;
}

export const EMPTY_DECLARATION: DeclarationValues = { memberId: '', interest: '', leftMeeting: true };

/** A member chosen who has not declared on this item yet, and the interest described. */
export function declarationProblems(values: DeclarationValues, declaredIds: readonly string[]): FormMessages<DeclarationValues> {
  const messages: FormMessages<DeclarationValues> = {};
  if (!values.memberId) messages.memberId = 'Choose the member.';
  else if (declaredIds.includes(values.memberId)) messages.memberId = 'This member has already declared an interest in the item.';
  if (!values.interest.trim()) messages.interest = 'Describe the interest declared.';
  return messages;
}

export function declarationResolver(declaredIds: readonly string[]): Resolver<DeclarationValues> {
  return schemaResolver<DeclarationValues>({
    schema: DECLARATION_ENTRY,
    fields: { interest: { property: 'interest', toRecord: (v) => v.trim() } },
    check: (values) => declarationProblems(values, declaredIds),
  });
}

// ── An action arising ─────────────────────────────────────────────────────────────────────────

export interface ActionValues {
  description: string;
  departmentId: string;
  /** One of the officials, chosen from the list, or '' for none. */
  officialId: string;
  /** YYYY-MM-DD, or '' for none. */
  dueDate: string;
}

export const EMPTY_ACTION: ActionValues = { description: '', departmentId: '', officialId: '', dueDate: '' };

export function actionProblems(values: ActionValues): FormMessages<ActionValues> {
  const messages: FormMessages<ActionValues> = {};
  if (!values.description.trim()) messages.description = 'Describe the action.';
  if (values.dueDate && !isCalendarDate(values.dueDate)) messages.dueDate = 'Enter a valid date.';
  return messages;
}

export const actionResolver: Resolver<ActionValues> = schemaResolver<ActionValues>({
  schema: ACTION_ENTRY,
  fields: {
    description: { property: 'description', toRecord: (v) => v.trim() },
  },
  check: actionProblems,
});

/** The entry the form adds: trimmed, with what was left empty left out. */
export function actionEntry(values: ActionValues): AgendaAction {
  return {
    id: newId(),
    description: values.description.trim(),
    done: false,
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    // The repository checks the official and stores their name beside the id.
    ...(values.officialId ? { officialId: values.officialId } : {}),
    ...(values.dueDate ? { dueDate: values.dueDate } : {}),
  };
}
