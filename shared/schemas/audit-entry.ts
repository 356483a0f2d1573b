/** Schema of an audit entry: who changed which record, when, and which fields. */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { enumField, idField, instantField, lineField, refField } from './fields';
import { AUDIT_ACTIONS, COLLECTION_NAMES } from './vocabulary';

export const auditEntrySchemaLiteral = {
  title: 'Audit entry',
  description: 'One change to one record',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    at: instantField('At'),
    actor: lineField('By', 120),
    device: lineField('Device', 80),
    action: enumField('Action', AUDIT_ACTIONS),
    recordType: enumField('Record type', COLLECTION_NAMES),
    recordId: refField('Record'),
    summary: lineField('Summary', 500),
    until: instantField('Last change in this burst'),
    times: { type: 'integer', title: 'Changes in this burst', minimum: 1, maximum: 1_000_000 },
    fields: { type: 'array', title: 'Changed fields', maxItems: 100, items: { type: 'string', maxLength: 60 } },
  },
  required: ['id', 'at', 'actor', 'action', 'recordType', 'recordId', 'summary', 'fields'],
  additionalProperties: false,
  indexes: ['at', ['recordType', 'recordId', 'at']],
} as const;

export const auditEntrySchema = toTypedRxJsonSchema(auditEntrySchemaLiteral);
export type AuditEntry = ExtractDocumentTypeFromTypedRxJsonSchema<typeof auditEntrySchema>;
