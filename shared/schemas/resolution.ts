/**
 * Schema of a resolution (or failed motion): its text, mover, seconder and vote, and its
 * implementation tracking in the resolution register.
 */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import {
  booleanField,
  conflictProperties,
  countField,
  dateField,
  enumField,
  idField,
  instantField,
  lineField,
  longTextField,
  refField,
  requiredLineField,
  trackingProperties,
  trackingRequired,
} from './fields';
import { IMPLEMENTATION_STATUSES, MOTION_OUTCOMES, NAMED_VOTE_CHOICES, VOTE_KINDS } from './vocabulary';

export const resolutionSchemaLiteral = {
  title: 'Resolution',
  description: 'A motion put to the vote, and what became of it',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    number: lineField('Resolution number', 60),
    meetingId: refField('Meeting'),
    agendaItemId: refField('Agenda item'),
    bodyId: refField('Body'),
    adoptedOn: dateField('Date'),
    votedAt: instantField('Time of the vote'),
    ordinal: { type: 'integer', title: 'Place in the meeting', minimum: 1, maximum: 999 },
    title: requiredLineField('Title', 500),
    text: longTextField('Resolution text', 200_000),
    moverId: refField('Mover'),
    seconderId: refField('Seconder'),
    voteKind: enumField('Vote', VOTE_KINDS),
    votesFor: countField('Votes for', 1_000),
    votesAgainst: countField('Votes against', 1_000),
    abstentions: countField('Abstentions', 1_000),
    namedVotes: {
      type: 'array',
      title: 'Named vote',
      maxItems: 1_000,
      items: {
        type: 'object',
        properties: {
          memberId: refField('Member'),
          choice: enumField('Vote', NAMED_VOTE_CHOICES),
        },
        required: ['memberId', 'choice'],
        additionalProperties: false,
      },
    },
    castingVote: enumField('Casting vote', ['none', 'for', 'against'] as const),
    requiresMajorityOfAll: booleanField('Needs a majority of all members'),
    outcome: enumField('Outcome', MOTION_OUTCOMES),
    departmentId: refField('Responsible department'),
    responsibleOfficial: lineField('Responsible official', 160),
    /** The official responsible (a member of kind "official"); absent when the name above matched none. */
    responsibleOfficialId: refField('Responsible official'),
    dueDate: dateField('Due date'),
    status: enumField('Implementation status', IMPLEMENTATION_STATUSES),
    progress: {
      type: 'array',
      title: 'Progress notes',
      maxItems: 2_000,
      items: {
        type: 'object',
        properties: {
          at: instantField('At'),
          by: lineField('By', 120),
          note: requiredLineField('Progress note', 5_000),
          status: enumField('Status', IMPLEMENTATION_STATUSES),
        },
        required: ['at', 'by', 'note', 'status'],
        additionalProperties: false,
      },
    },
    revokedById: refField('Revoked by'),
    revokesId: refField('Revokes'),
    position: { type: 'integer', title: 'Order within the item', minimum: 0, maximum: 1_000_000 },
    inCommittee: booleanField('In committee'),
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'number', 'meetingId', 'bodyId', 'adoptedOn', 'title', 'voteKind', 'outcome', 'status', 'progress', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: ['number', 'adoptedOn', 'status', 'meetingId', 'hasConflict'],
} as const;

export const resolutionSchema = toTypedRxJsonSchema(resolutionSchemaLiteral);
export type Resolution = ExtractDocumentTypeFromTypedRxJsonSchema<typeof resolutionSchema>;
export type ProgressNote = Resolution['progress'][number];
