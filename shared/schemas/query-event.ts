/** Schema of one entry on a query's timeline. Events are appended, never edited. */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { enumField, idField, instantField, lineField, longTextField, refField } from './fields';
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
  },
  required: ['id', 'queryId', 'at', 'by', 'kind'],
  additionalProperties: false,
  indexes: [['queryId', 'at']],
} as const;

export const queryEventSchema = toTypedRxJsonSchema(queryEventSchemaLiteral);
export type QueryEvent = ExtractDocumentTypeFromTypedRxJsonSchema<typeof queryEventSchema>;
