/**
 * Schema of a settings document. Each document holds one area of configuration under a fixed
 * id ('municipality', 'departments', ...); the shape of each area's value is checked by its own
 * schema in shared/settings.
 */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { conflictProperties, idField, trackingProperties, trackingRequired } from './fields';

export const settingSchemaLiteral = {
  title: 'Setting',
  description: 'One area of the municipality configuration',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    value: { type: 'object', title: 'Value', additionalProperties: true },
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'value', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: ['hasConflict'],
} as const;

export const settingSchema = toTypedRxJsonSchema(settingSchemaLiteral);
export type Setting = ExtractDocumentTypeFromTypedRxJsonSchema<typeof settingSchema>;
