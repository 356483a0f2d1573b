/** Schema of a person who sits on or serves a body: councillors, officials, traditional leaders. */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { booleanField, conflictProperties, enumField, idField, lineField, refField, requiredLineField, trackingProperties, trackingRequired } from './fields';
import { COUNCILLOR_SEATS, PERSON_KINDS } from './vocabulary';

export const memberSchemaLiteral = {
  title: 'Member',
  description: 'A councillor, official or traditional leader',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    fullName: requiredLineField('Full name', 160),
    title: lineField('Title', 40),
    kind: enumField('Kind', PERSON_KINDS),
    seat: enumField('Seat', COUNCILLOR_SEATS),
    party: lineField('Party', 120),
    ward: lineField('Ward', 20),
    position: lineField('Position', 160),
    departmentId: refField('Department'),
    email: lineField('Email', 200),
    phone: lineField('Phone', 40),
    active: booleanField('Active'),
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'fullName', 'kind', 'seat', 'active', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: ['fullName', 'kind', 'hasConflict'],
} as const;

export const memberSchema = toTypedRxJsonSchema(memberSchemaLiteral);
export type Member = ExtractDocumentTypeFromTypedRxJsonSchema<typeof memberSchema>;
