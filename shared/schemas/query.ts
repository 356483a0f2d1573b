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
  version: 0,
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
    officer: lineField('Responsible officer', 160),
    outcome: longTextField('Outcome', 20_000),
    relatedMeetingId: refField('Related meeting'),
    relatedResolutionId: refField('Related resolution'),
    agendaItemId: refField('Agenda question'),
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
    ...trackingRequired,
    'hasConflict',
  ],
  additionalProperties: false,
  indexes: ['reference', 'receivedAt', ['status', 'dueDate'], ['departmentId', 'status', 'dueDate'], 'hasConflict'],
} as const;

export const querySchema = toTypedRxJsonSchema(querySchemaLiteral);
export type StakeholderQuery = ExtractDocumentTypeFromTypedRxJsonSchema<typeof querySchema>;
