/** How many members form a quorum of a body. */
import type { Body } from '../schemas';

/** A majority of the body's members (Constitution s160(3)), or the fixed number the body set. */
export function quorumRequired(body: Pick<Body, 'quorumRule' | 'quorumFixed' | 'memberships'>): number {
  if (body.quorumRule === 'fixed' && body.quorumFixed) return body.quorumFixed;
  return majorityQuorum(body.memberships.length);
}

/** More than half of the members. */
export function majorityQuorum(members: number): number {
  return Math.floor(members / 2) + 1;
}

/** The majority rule in words, for a body with `members` members ("(1 of 0)" means nothing). */
export function majorityRuleInWords(members: number): string {
  if (members === 0) return 'A majority of the members: more than half, counted once members are added';
  return `A majority of the members: ${majorityQuorum(members)} of ${members}`;
}
