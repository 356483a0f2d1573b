/**
 * Schema of a stakeholder query: from intake to closure, with its service-standard due dates.
 * What happened to it is kept as append-only events (see query-event.ts).
 */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import {
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
import { QUERY_CHANNELS, QUERY_PRIORITIES, QUERY_STATUSES } from './vocabulary';

export const querySchemaLiteral = {
  title: 'Stakeholder query',
  description: 'A question, request or complaint from a stakeholder',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    reference: requiredLineField('Reference number', 30),
    stakeholderId: refField('Stakeholder'),
    channel: enumField('Channel', QUERY_CHANNELS),
    subject: requiredLineField('Subject', 300),
    description: longTextField('Description', 100_000),
    category: requiredLineField('Category', 80),
    ward: lineField('Ward', 20),
    priority: enumField('Priority', QUERY_PRIORITIES),
    status: enumField('Status', QUERY_STATUSES),
    receivedAt: instantField('Received'),
    acknowledgeBy: dateField('Acknowledge by'),
    dueDate: dateField('Due date'),
    departmentId: refField('Department'),
    /** The responsible officer's name as shown and exported: the official's name when one is linked. */
    officer: lineField('Responsible officer', 160),
    /**
     * The official (a member of kind "official") responsible: '' while unassigned, or when a name
     * typed before version 1 matched no official. Indexed for the "My queries" queue, so always present.
     */
    officerId: { type: 'string', title: 'Responsible officer', maxLength: 40 },
    outcome: longTextField('Outcome', 20_000),
    relatedMeetingId: refField('Related meeting'),
    relatedResolutionId: refField('Related resolution'),
    /** The meeting whose agenda the query was placed on as a question, and its item there. */
    agendaMeetingId: refField('On the agenda of'),
    agendaItemId: refField('Agenda question'),
    answeredAt: instantField('Answered in the meeting at'),
    pausedSince: instantField('Waiting for the stakeholder since'),
    pausedWorkingDays: countField('Working days paused', 10_000),
    escalationLevel: countField('Escalation level', 10),
    acknowledgedAt: instantField('Acknowledged at'),
    resolvedAt: instantField('Resolved at'),
    closedAt: instantField('Closed at'),
    ...trackingProperties,
    ...conflictProperties,
  },
  required: [
    'id',
    'reference',
    'stakeholderId',
    'channel',
    'subject',
    'category',
    'priority',
    'status',
    'receivedAt',
    'dueDate',
    'departmentId',
    'officer',
    'officerId',
    ...trackingRequired,
    'hasConflict',
  ],
  additionalProperties: false,
  // The work queues read through these (see features/queries/queue-queries.ts): each queue asks
  // one index per status for a due-date range, so no queue scans closed queries.
  indexes: [
    'reference',
    'receivedAt',
    ['status', 'dueDate'],
    ['departmentId', 'status', 'dueDate'],
    ['officerId', 'status', 'dueDate'],
    ['stakeholderId', 'receivedAt'],
    'hasConflict',
  ],
} as const;

export const querySchema = toTypedRxJsonSchema(querySchemaLiteral);
export type StakeholderQuery = ExtractDocumentTypeFromTypedRxJsonSchema<typeof querySchema>;
