/**
 * The vote form's values and what it checks before the vote is sent (counted votes are whole
 * numbers, 0 or more); the register's checks (quorum, eligible voters, declared interests, the
 * casting vote on a tie) are the resolutions repository's, said back on the form.
 */
import { membersPresentAt } from '@shared/domain/attendance';
import { tally, type Tally } from '@shared/domain/votes';
import type { AgendaItem, Body, Meeting, Resolution } from '@shared/schemas';
import { instantToTime, normalizeClockTime } from '@shared/domain/time';
import type { NamedVoteChoice } from '@shared/schemas/vocabulary';
import type { FieldErrors } from '@shared/validation/record-validator';
import type { Resolver } from 'react-hook-form';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import type { VoteInput } from '../../resolutions/resolutions.repository';

/** When the vote was (or would be) taken: the recorded time, now during the sitting, else its opening. */
export function defaultVoteTime(resolution: Resolution, meeting: Meeting): string {
  return resolution.votedAt ?? (meeting.status === 'in_session' ? new Date().toISOString() : (meeting.openedAt ?? meeting.startsAt));
}

/** The members present at `at` who may vote on the item (none who declared an interest). */
export function eligibleVoters(meeting: Meeting, body: Body, item: AgendaItem, at: string): string[] {
  const declared = (item.declarations ?? []).map((d) => d.memberId);
  return membersPresentAt(meeting, body, at).filter((id) => !declared.includes(id));
}

export interface VoteValues {
  kind: Exclude<Resolution['voteKind'], 'none'>;
  votesFor: string;
  votesAgainst: string;
  abstentions: string;
  named: Map<string, NamedVoteChoice>;
  casting: NonNullable<Resolution['castingVote']>;
  majorityOfAll: boolean;
  /** HH:MM as typed. */
  time: string;
}

/** The form as the resolution has it, a motion not yet voted on as unanimous. */
export function voteValues(resolution: Resolution, defaultTime: string, timeZone: string): VoteValues {
  return {
    kind: resolution.voteKind === 'none' ? 'unanimous' : resolution.voteKind,
    votesFor: String(resolution.votesFor ?? ''),
    votesAgainst: String(resolution.votesAgainst ?? ''),
    abstentions: String(resolution.abstentions ?? ''),
    named: new Map((resolution.namedVotes ?? []).map((v) => [v.memberId, v.choice])),
    casting: resolution.castingVote ?? 'none',
    majorityOfAll: resolution.requiresMajorityOfAll ?? false,
    time: instantToTime(defaultTime, timeZone),
  };
}

/** The vote to record, or why it cannot be sent: counted votes are whole numbers, 0 or more. */
export function voteInput(vote: VoteValues, votedAt: string): { input: VoteInput } | { errors: FieldErrors } {
  const count = (value: string) => (value.trim() === '' ? 0 : Number(value));
  const counts = { votesFor: count(vote.votesFor), votesAgainst: count(vote.votesAgainst), abstentions: count(vote.abstentions) };
  if (vote.kind === 'counted' && Object.values(counts).some((n) => !Number.isInteger(n) || n < 0)) {
    return { errors: { votesFor: 'Votes are whole numbers, 0 or more.' } };
  }
  return {
    input: {
      voteKind: vote.kind,
      ...(vote.kind === 'counted' ? counts : {}),
      ...(vote.kind === 'named' ? { namedVotes: [...vote.named.entries()].map(([memberId, choice]) => ({ memberId, choice })) } : {}),
      castingVote: vote.casting,
      requiresMajorityOfAll: vote.majorityOfAll,
      votedAt,
    },
  };
}

/** The form's own checks, all at once: the time typed as HH:MM, counted votes whole numbers. */
export function voteFormMessages(vote: VoteValues): FormMessages<VoteValues> {
  const messages: FormMessages<VoteValues> = {};
  if (!normalizeClockTime(vote.time)) messages.time = 'Enter the time of the vote as HH:MM.';
  const checked = voteInput(vote, '');
  if ('errors' in checked && checked.errors.votesFor) messages.votesFor = checked.errors.votesFor;
  return messages;
}

export const voteResolver: Resolver<VoteValues> = schemaResolver<VoteValues>({ schema: {}, fields: {}, check: voteFormMessages });

/** Where the resolutions repository's messages go on the form: the rest are said above the buttons or on a named vote's row. */
export const VOTE_FIELD_OF: Partial<Record<string, 'votesFor' | 'casting' | 'time'>> = { votesFor: 'votesFor', castingVote: 'casting', votedAt: 'time' };

/** The tally of the vote as typed so far, before it is recorded. */
export function voteTally(vote: VoteValues, eligible: readonly string[]): Tally {
  return tally(
    {
      voteKind: vote.kind,
      votesFor: Number(vote.votesFor) || 0,
      votesAgainst: Number(vote.votesAgainst) || 0,
      abstentions: Number(vote.abstentions) || 0,
      namedVotes: [...vote.named.entries()].map(([memberId, choice]) => ({ memberId, choice })),
    },
    { eligibleVoterIds: eligible },
  );
}

/** Messages that belong to no field of the form (a mover or seconder not present at the vote, say). */
export function errorsForNoField(errors: FieldErrors): [string, string][] {
  return Object.entries(errors).filter(([key]) => !(key in VOTE_FIELD_OF) && !key.startsWith('namedVotes.'));
}
