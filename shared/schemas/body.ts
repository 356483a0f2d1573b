/** Schema of a body: Council, a committee or MPAC, with its members and its quorum rule. */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import {
  booleanField,
  conflictProperties,
  countField,
  enumField,
  idField,
  lineField,
  refField,
  requiredLineField,
  trackingProperties,
  trackingRequired,
} from './fields';
import { BODY_KINDS, MEMBERSHIP_ROLES, QUORUM_RULES } from './vocabulary';

export const bodySchemaLiteral = {
  title: 'Body',
  description: 'Council or one of its committees',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: requiredLineField('Name', 200),
    code: requiredLineField('Code', 12),
    kind: enumField('Kind of body', BODY_KINDS),
    memberships: {
      type: 'array',
      title: 'Members',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          memberId: refField('Member'),
          role: enumField('Role', MEMBERSHIP_ROLES),
        },
        required: ['memberId', 'role'],
        additionalProperties: false,
      },
    },
    quorumRule: enumField('Quorum rule', QUORUM_RULES),
    quorumFixed: countField('Fixed quorum', 500),
    secretaryName: lineField('Secretary', 120),
    departmentId: refField('Supporting department'),
    agendaTemplateId: refField('Agenda template'),
    archived: booleanField('Archived'),
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'name', 'code', 'kind', 'memberships', 'quorumRule', 'archived', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: ['name', 'hasConflict'],
} as const;

export const bodySchema = toTypedRxJsonSchema(bodySchemaLiteral);
export type Body = ExtractDocumentTypeFromTypedRxJsonSchema<typeof bodySchema>;
export type Membership = Body['memberships'][number];
