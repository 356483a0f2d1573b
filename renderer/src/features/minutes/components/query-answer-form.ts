/**
 * The answer given in a meeting to a stakeholder's query: minuted as the item's decision note
 * ("Answer: …") and added to the query's timeline. Required, and short enough for the note.
 */
import type { Resolver } from 'react-hook-form';
import { agendaItemSchema } from '@shared/schemas/agenda-item';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { lengthProblem, schemaMaxLength } from '../../../ui/text-limits';

export interface QueryAnswerValues {
  answer: string;
}

export const ANSWER_LABEL = 'Answer given in the meeting';

/** The minutes keep the answer after "Answer: " in the decision note, so it has the note's limit less that. */
export const ANSWER_MAX = (schemaMaxLength(agendaItemSchema, 'decisionNote') ?? 20_000) - 'Answer: '.length;

export function queryAnswerProblems(values: QueryAnswerValues): FormMessages<QueryAnswerValues> {
  if (!values.answer.trim()) return { answer: 'Record the answer given in the meeting.' };
  const tooLong = lengthProblem(ANSWER_LABEL, values.answer.trim(), ANSWER_MAX);
  return tooLong ? { answer: tooLong } : {};
}

export const queryAnswerResolver: Resolver<QueryAnswerValues> = schemaResolver<QueryAnswerValues>({ schema: {}, fields: {}, check: queryAnswerProblems });

/** Where the minutes' and the query's messages go: the note and the timeline's text are the answer. */
export const QUERY_ANSWER_FIELD_OF: Partial<Record<string, keyof QueryAnswerValues>> = { decisionNote: 'answer', text: 'answer' };
