/** Schema of one entry on a query's timeline. Events are appended, never edited. */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { countField, dateField, enumField, idField, instantField, lineField, longTextField, refField } from './fields';
import { QUERY_EVENT_KINDS, QUERY_STATUSES } from './vocabulary';

export const queryEventSchemaLiteral = {
  title: 'Query event',
  description: 'Something done or said about a stakeholder query',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    queryId: refField('Query'),
    at: instantField('At'),
    by: lineField('By', 120),
    kind: enumField('Kind of event', QUERY_EVENT_KINDS),
    text: longTextField('Text', 100_000),
    fromStatus: enumField('From status', QUERY_STATUSES),
    toStatus: enumField('To status', QUERY_STATUSES),
    departmentId: refField('Department'),
    officer: lineField('Officer', 160),
    escalatedTo: lineField('Escalated to', 160),
    escalationLevel: countField('Escalation level', 10),
    /** The ward councillor told of an escalation, by name. */
    informed: lineField('Informed', 200),
    /** The due date after this event, when the event moved it (a pause, a reopening). */
    dueDate: dateField('Due date'),
    previousDueDate: dateField('Previous due date'),
    pausedWorkingDays: countField('Working days paused', 10_000),
    meetingId: refField('Meeting'),
    agendaItemId: refField('Agenda item'),
    /** The other stakeholder record of a merge. */
    stakeholderId: refField('Stakeholder'),
    /** On a resolution: working days from receipt to resolution (the dashboard's turnaround). */
    workingDays: countField('Working days taken', 10_000),
  },
  required: ['id', 'queryId', 'at', 'by', 'kind'],
  additionalProperties: false,
  // [kind, at]: the dashboard counts and reads resolutions by month without reading queries.
  indexes: [
    ['queryId', 'at'],
    ['kind', 'at'],
  ],
} as const;

export const queryEventSchema = toTypedRxJsonSchema(queryEventSchemaLiteral);
export type QueryEvent = ExtractDocumentTypeFromTypedRxJsonSchema<typeof queryEventSchema>;
