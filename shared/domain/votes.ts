/**
 * Votes on a motion. Decisions are by a majority of the votes cast; some matters need a majority
 * of all the body's members; on a tie the chairperson has a casting vote. A vote may only be
 * taken with a quorum, and a member who declared an interest in the item may not vote on it.
 */
import type { Resolution } from '../schemas';
import type { MotionOutcome } from '../schemas/vocabulary';
import type { FieldErrors } from '../validation/record-validator';

export interface VoteContext {
  /** Members of the body (for a majority of all members). */
  membersTotal: number;
  /** Members present at the vote, less those who declared an interest in the item. */
  eligibleVoterIds: readonly string[];
  hasQuorum: boolean;
  quorumRequired: number;
  presentCount: number;
  /** Members who declared an interest in the item. */
  declaredIds: readonly string[];
}

type VoteFields = Pick<
  Resolution,
  'voteKind' | 'votesFor' | 'votesAgainst' | 'abstentions' | 'namedVotes' | 'castingVote' | 'requiresMajorityOfAll' | 'moverId' | 'seconderId'
>;

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  tie: boolean;
}

export function tally(vote: VoteFields, ctx: Pick<VoteContext, 'eligibleVoterIds'>): Tally {
  let result: Omit<Tally, 'tie'>;
  switch (vote.voteKind) {
    case 'unanimous':
      result = { for: ctx.eligibleVoterIds.length, against: 0, abstain: 0 };
      break;
    case 'counted':
      result = { for: vote.votesFor ?? 0, against: vote.votesAgainst ?? 0, abstain: vote.abstentions ?? 0 };
      break;
    case 'named': {
      const named = vote.namedVotes ?? [];
      result = {
        for: named.filter((v) => v.choice === 'for').length,
        against: named.filter((v) => v.choice === 'against').length,
        abstain: named.filter((v) => v.choice === 'abstain').length,
      };
      break;
    }
    default:
      result = { for: 0, against: 0, abstain: 0 };
  }
  return { ...result, tie: vote.voteKind !== 'none' && result.for === result.against };
}

export function majorityOfAll(membersTotal: number): number {
  return Math.floor(membersTotal / 2) + 1;
}

/** Carried or failed, from the tally (pending until a vote is recorded); 'withdrawn' is the secretary's to record. */
export function voteOutcome(vote: VoteFields, ctx: VoteContext): Exclude<MotionOutcome, 'withdrawn'> {
  const t = tally(vote, ctx);
  if (vote.voteKind === 'none') return 'pending';
  if (vote.requiresMajorityOfAll) return t.for >= majorityOfAll(ctx.membersTotal) ? 'carried' : 'failed';
  if (t.tie) return vote.castingVote === 'for' ? 'carried' : 'failed';
  return t.for > t.against ? 'carried' : 'failed';
}

/** Everything wrong with a vote, keyed by the resolution's fields. */
export function checkVote(vote: VoteFields, ctx: VoteContext): FieldErrors {
  const errors: FieldErrors = {};
  if (vote.moverId && vote.moverId === vote.seconderId) errors.seconderId = 'The seconder must be someone other than the mover.';
  if (vote.moverId && ctx.declaredIds.includes(vote.moverId)) errors.moverId = 'This member declared an interest in the item.';
  if (vote.seconderId && ctx.declaredIds.includes(vote.seconderId)) errors.seconderId = 'This member declared an interest in the item.';
  if (vote.voteKind === 'none') return errors;
  if (!ctx.hasQuorum) {
    errors.voteKind = `No vote can be taken without a quorum: ${ctx.presentCount} members present, ${ctx.quorumRequired} needed.`;
    return errors;
  }
  const eligible = ctx.eligibleVoterIds.length;
  if (vote.voteKind === 'counted') {
    const cast = (vote.votesFor ?? 0) + (vote.votesAgainst ?? 0) + (vote.abstentions ?? 0);
    if (cast === 0) errors.votesFor = 'Enter the votes for, against and abstaining.';
    if (cast > eligible) {
      errors.votesFor = `${cast} votes recorded, but only ${eligible} members present are eligible to vote on this item.`;
    }
  }
  if (vote.voteKind === 'named') {
    const named = vote.namedVotes ?? [];
    if (named.length === 0) errors.namedVotes = 'Record how each member voted.';
    const seen = new Set<string>();
    named.forEach((v, index) => {
      if (seen.has(v.memberId)) errors[`namedVotes.${index}.memberId`] = 'This member is recorded twice.';
      seen.add(v.memberId);
      if (ctx.declaredIds.includes(v.memberId)) {
        errors[`namedVotes.${index}.memberId`] = 'This member declared an interest in the item and may not vote on it.';
      } else if (!ctx.eligibleVoterIds.includes(v.memberId)) {
        errors[`namedVotes.${index}.memberId`] = 'This member was not present at the vote.';
      }
    });
  }
  const t = tally(vote, ctx);
  const casting = vote.castingVote ?? 'none';
  if (t.tie && !vote.requiresMajorityOfAll && casting === 'none') {
    errors.castingVote = 'The vote is tied: record the chairperson\u2019s casting vote.';
  }
  if (!t.tie && casting !== 'none') errors.castingVote = 'A casting vote is only given on a tie.';
  return errors;
}

export function describeVote(vote: VoteFields, ctx: Pick<VoteContext, 'eligibleVoterIds'>): string {
  const t = tally(vote, ctx);
  switch (vote.voteKind) {
    case 'unanimous':
      return 'Unanimous';
    case 'none':
      return 'No vote';
    default: {
      const base = `${t.for} for, ${t.against} against, ${t.abstain} abstaining`;
      return vote.castingVote && vote.castingVote !== 'none' ? `${base}; casting vote ${vote.castingVote}` : base;
    }
  }
}
