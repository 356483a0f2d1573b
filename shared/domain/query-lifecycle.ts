/**
 * The lifecycle of a stakeholder query: which status may follow which, and the message a person
 * reads when a change is refused. One table, used by the repository (which refuses illegal
 * changes before anything is written) and by the query page (which offers only legal actions).
 *
 * new → acknowledged → assigned → in progress ⇄ awaiting stakeholder → resolved → closed,
 * and reopened from resolved or closed. A query may be resolved at any point after it is
 * acknowledged (a walk-in answered at the counter is still acknowledged first).
 */
import { QUERY_STATUS_LABELS, QUERY_STATUSES, type QueryStatus } from '../schemas/vocabulary';

export const QUERY_TRANSITIONS: Readonly<Record<QueryStatus, readonly QueryStatus[]>> = {
  new: ['acknowledged'],
  acknowledged: ['assigned', 'resolved'],
  assigned: ['in_progress', 'awaiting_stakeholder', 'resolved'],
  in_progress: ['awaiting_stakeholder', 'resolved'],
  awaiting_stakeholder: ['in_progress', 'resolved'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['assigned', 'in_progress', 'awaiting_stakeholder', 'resolved'],
};

/** What a person does to move a query into each status, as the buttons and messages say it. */
export const QUERY_STATUS_ACTIONS: Readonly<Record<QueryStatus, string>> = {
  new: 'log',
  acknowledged: 'acknowledge',
  assigned: 'assign',
  in_progress: 'start work on',
  awaiting_stakeholder: 'wait for the stakeholder on',
  resolved: 'resolve',
  closed: 'close',
  reopened: 'reopen',
};

export function isQueryStatus(value: string): value is QueryStatus {
  return (QUERY_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: QueryStatus, to: QueryStatus): boolean {
  return QUERY_TRANSITIONS[from].includes(to);
}

function lower(status: QueryStatus): string {
  return QUERY_STATUS_LABELS[status].toLowerCase();
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

/**
 * Why a query in status `from` cannot move to `to`, in a sentence; null when it can. `to` is
 * whatever was asked for, so an unknown status is explained too.
 */
export function transitionProblem(from: QueryStatus, to: string): string | null {
  if (!isQueryStatus(to)) return `"${to}" is not a status a query can have.`;
  if (from === to) return `The query is already ${lower(from)}.`;
  if (canTransition(from, to)) return null;
  const allowed = QUERY_TRANSITIONS[from].map((next) => QUERY_STATUS_ACTIONS[next]);
  const reason = explain(from, to);
  return `A query that is ${lower(from)} cannot be ${pastTense(to)}${reason ? `: ${reason}` : ''}. It can only be ${listOf(allowed.map(asPast))}.`;
}

function explain(from: QueryStatus, to: QueryStatus): string {
  if (from === 'new') return 'acknowledge it first';
  if (to === 'closed') return 'only a resolved query is closed';
  if (to === 'reopened') return 'only a resolved or closed query is reopened';
  if (from === 'closed' || from === 'resolved') return 'reopen it first';
  if (to === 'in_progress' && from === 'acknowledged') return 'assign it to a department first';
  return '';
}

function pastTense(status: QueryStatus): string {
  return asPast(QUERY_STATUS_ACTIONS[status]);
}

function asPast(action: string): string {
  const words: Record<string, string> = {
    log: 'logged',
    acknowledge: 'acknowledged',
    assign: 'assigned',
    'start work on': 'worked on',
    'wait for the stakeholder on': 'put on hold for the stakeholder',
    resolve: 'resolved',
    close: 'closed',
    reopen: 'reopened',
  };
  return words[action] ?? action;
}
