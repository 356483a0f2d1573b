/**
 * The actions on a query as its dialog asks them: each action's title, button, text box and the
 * parts it needs (an assignment, a date, a meeting); the dialog's values, the limits of its text,
 * where the repository's messages go, and the checks made before the repository's.
 */
import { isQueryOpen } from '@shared/domain/queries';
import { canTransition } from '@shared/domain/query-lifecycle';
import type { StakeholderQuery } from '@shared/schemas';
import { queryEventSchema } from '@shared/schemas/query-event';
import { querySchema } from '@shared/schemas/query';
import { schemaResolver } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';

export type QueryActionKind =
  'acknowledge' | 'assign' | 'start' | 'await' | 'resume' | 'resolve' | 'close' | 'reopen' | 'escalate' | 'due_date' | 'agenda' | 'answer';

export interface QueryActionSpec {
  title: string;
  submit: string;
  intro?: string;
  /** The text box: its label, and whether it must be filled. */
  text?: { label: string; required: boolean; helper?: string };
  assignment?: boolean;
  date?: boolean;
  meeting?: boolean;
}

export const QUERY_ACTION_SPECS: Record<QueryActionKind, QueryActionSpec> = {
  acknowledge: {
    title: 'Acknowledge the query',
    submit: 'Acknowledge',
    text: { label: 'How it was acknowledged', required: false, helper: 'For example: by SMS, by letter' },
  },
  assign: { title: 'Assign the query', submit: 'Assign', assignment: true, text: { label: 'Note', required: false } },
  start: { title: 'Start work', submit: 'Start work', text: { label: 'Note', required: false } },
  await: {
    title: 'Wait for the stakeholder',
    submit: 'Pause the clock',
    intro: 'The service-standard clock stops until the stakeholder replies; the due date then moves on by the working days paused.',
    text: { label: 'What is needed from the stakeholder', required: true },
  },
  resume: { title: 'The stakeholder replied', submit: 'Resume', text: { label: 'What the stakeholder said', required: false } },
  resolve: {
    title: 'Resolve the query',
    submit: 'Resolve',
    intro: 'Batho Pele: say what was done, explain fully, and apologise where the municipality fell short.',
    text: { label: 'Outcome', required: true, helper: 'What was done or told to the stakeholder' },
  },
  close: { title: 'Close the query', submit: 'Close', text: { label: 'Note', required: false, helper: 'For example: the stakeholder confirmed' } },
  reopen: {
    title: 'Reopen the query',
    submit: 'Reopen',
    intro: 'A new due date runs from today by the service standard.',
    text: { label: 'Why it is reopened', required: true },
  },
  escalate: {
    title: 'Escalate the query',
    submit: 'Escalate',
    intro: 'The query moves one step up the escalation ladder now.',
    text: { label: 'Reason', required: true },
  },
  due_date: { title: 'Change the due date', submit: 'Change due date', date: true, text: { label: 'Why the due date changes', required: true } },
  agenda: {
    title: 'Place on a meeting agenda',
    submit: 'Place on agenda',
    intro: 'The query goes on the agenda as a question; the answer given in the meeting comes back to its timeline.',
    meeting: true,
    text: { label: 'Note', required: false },
  },
  answer: { title: 'Record the answer given in the meeting', submit: 'Record answer', meeting: true, text: { label: 'Answer', required: true } },
};

export type QueryActionField = 'text' | 'departmentId' | 'officerId' | 'dueDate' | 'meetingId' | 'status';

export const RECORD_TO_FIELD: Partial<Record<string, QueryActionField>> = {
  text: 'text',
  outcome: 'text',
  departmentId: 'departmentId',
  officerId: 'officerId',
  dueDate: 'dueDate',
  agendaMeetingId: 'meetingId',
  status: 'status',
  escalationLevel: 'status',
};

export const OUTCOME_MAX = schemaMaxLength(querySchema, 'outcome') ?? 20_000;
export const EVENT_TEXT_MAX = schemaMaxLength(queryEventSchema, 'text') ?? 100_000;

export interface QueryActionValues {
  text: string;
  departmentId: string;
  officerId: string;
  dueDate: string;
  meetingId: string;
}

/**
 * An action's checks before the repository's: the text within its schema's limit (a resolve's
 * outcome is the query's, every other text the timeline event's). What the action needs (a
 * reason, a department and officer, a meeting) the repository checks, all at once, and its
 * messages go beside their fields.
 */
export function queryActionResolver(kind: QueryActionKind) {
  // A new due date typed only in part is refused by the resolver, before the repository is asked.
  const dates = { dueDate: { label: 'The new due date', required: true } };
  return kind === 'resolve'
    ? schemaResolver<QueryActionValues>({ schema: querySchema, fields: { text: { property: 'outcome', toRecord: (v) => v || undefined } }, dates })
    : schemaResolver<QueryActionValues>({ schema: queryEventSchema, fields: { text: { property: 'text', toRecord: (v) => v || undefined } }, dates });
}

/** The actions the query's status allows, in the order an officer takes them. */
export function actionsFor(query: StakeholderQuery): QueryActionKind[] {
  const s = query.status;
  const actions: QueryActionKind[] = [];
  if (canTransition(s, 'acknowledged')) actions.push('acknowledge');
  if (canTransition(s, 'assigned') || ['assigned', 'in_progress', 'awaiting_stakeholder'].includes(s)) actions.push('assign');
  if (canTransition(s, 'in_progress') && s !== 'awaiting_stakeholder') actions.push('start');
  if (s === 'awaiting_stakeholder') actions.push('resume');
  if (canTransition(s, 'awaiting_stakeholder')) actions.push('await');
  if (canTransition(s, 'resolved')) actions.push('resolve');
  if (canTransition(s, 'closed')) actions.push('close');
  if (canTransition(s, 'reopened')) actions.push('reopen');
  if (isQueryOpen(query)) actions.push('escalate', 'due_date', 'agenda');
  if (query.agendaMeetingId) actions.push('answer');
  return actions;
}

export const QUERY_ACTION_LABELS: Record<QueryActionKind, string> = {
  acknowledge: 'Acknowledge',
  assign: 'Assign',
  start: 'Start work',
  await: 'Wait for stakeholder',
  resume: 'Stakeholder replied',
  resolve: 'Resolve',
  close: 'Close',
  reopen: 'Reopen',
  escalate: 'Escalate',
  due_date: 'Change due date',
  agenda: 'Place on agenda',
  answer: 'Record meeting answer',
};

/** The actions of the usual path, shown as filled buttons; the others are outlined. */
export const PRIMARY_QUERY_ACTIONS: QueryActionKind[] = ['acknowledge', 'assign', 'start', 'resume', 'resolve', 'close', 'reopen'];
