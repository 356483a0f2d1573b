/**
 * Schema of a stakeholder: a person or an organisation that raises queries. People's details
 * are personal information under POPIA: the purpose and consent are kept with them.
 */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import {
  booleanField,
  conflictProperties,
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
import { QUERY_CHANNELS, STAKEHOLDER_CATEGORIES, STAKEHOLDER_KINDS } from './vocabulary';

export const stakeholderSchemaLiteral = {
  title: 'Stakeholder',
  description: 'A person or organisation the municipality answers to',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField('Person or organisation', STAKEHOLDER_KINDS),
    category: enumField('Category', STAKEHOLDER_CATEGORIES),
    name: requiredLineField('Name', 200),
    organisationId: refField('Organisation'),
    email: lineField('Email', 200),
    phone: lineField('Phone', 40),
    /** The number's E.164 form (+27720000101), set by the repository from `phone` (version 1); never typed. */
    phoneE164: lineField('Phone in international form', 16),
    address: longTextField('Address', 1_000),
    ward: lineField('Ward', 20),
    preferredChannel: enumField('Preferred channel', QUERY_CHANNELS),
    notes: longTextField('Notes', 20_000),
    consentPurpose: lineField('Purpose for keeping the details', 500),
    consentGiven: booleanField('Consent given'),
    consentAt: instantField('Consent recorded at'),
    anonymisedAt: instantField('Anonymised at'),
    mergedIntoId: refField('Merged into'),
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'kind', 'category', 'name', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: ['name', 'category', 'hasConflict'],
} as const;

export const stakeholderSchema = toTypedRxJsonSchema(stakeholderSchemaLiteral);
export type Stakeholder = ExtractDocumentTypeFromTypedRxJsonSchema<typeof stakeholderSchema>;
