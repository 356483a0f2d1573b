import { describe, expect, it } from 'vitest';
import { canTransition, QUERY_TRANSITIONS, transitionProblem } from '../../../shared/domain/query-lifecycle';
import { QUERY_STATUSES } from '../../../shared/schemas/vocabulary';

describe('the lifecycle of a query', () => {
  it('follows the brief: new → acknowledged → assigned → in progress → awaiting → resolved → closed', () => {
    const path = ['new', 'acknowledged', 'assigned', 'in_progress', 'awaiting_stakeholder', 'resolved', 'closed'] as const;
    for (let i = 1; i < path.length; i += 1) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('reopens only from resolved or closed', () => {
    const from = QUERY_STATUSES.filter((s) => canTransition(s, 'reopened'));
    expect(from.sort()).toEqual(['closed', 'resolved']);
    expect(canTransition('reopened', 'resolved')).toBe(true);
  });

  it('closes only a resolved query', () => {
    expect(QUERY_STATUSES.filter((s) => canTransition(s, 'closed'))).toEqual(['resolved']);
  });

  it('refuses skipping the acknowledgement, with a message that says what to do', () => {
    expect(transitionProblem('new', 'assigned')).toBe('A query that is new cannot be assigned: acknowledge it first. It can only be acknowledged.');
    expect(transitionProblem('new', 'resolved')).toMatch(/acknowledge it first/);
  });

  it('refuses resolving a closed query until it is reopened', () => {
    expect(transitionProblem('closed', 'resolved')).toBe('A query that is closed cannot be resolved: reopen it first. It can only be reopened.');
  });

  it('refuses closing an open query', () => {
    expect(transitionProblem('in_progress', 'closed')).toMatch(/only a resolved query is closed/);
  });

  it('explains an unknown status and a change to the same status', () => {
    expect(transitionProblem('new', 'archived')).toBe('"archived" is not a status a query can have.');
    expect(transitionProblem('assigned', 'assigned')).toBe('The query is already assigned.');
  });

  it('has an entry for every status, leading only to known statuses', () => {
    for (const status of QUERY_STATUSES) {
      for (const next of QUERY_TRANSITIONS[status]) expect(QUERY_STATUSES).toContain(next);
    }
    expect(transitionProblem('assigned', 'in_progress')).toBeNull();
  });
});
