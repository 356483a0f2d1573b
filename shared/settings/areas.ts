/**
 * The areas of configuration kept in the `settings` collection, each with its own schema and
 * defaults. A settings document's id is the area's name; its `value` must match the schema.
 */
import { enumField, idField, lineField, longTextField, requiredLineField } from '../schemas/fields';
import { DEFAULT_TIME_ZONE } from '../domain/time';

export const municipalitySettingsSchema = {
  title: 'Municipality',
  type: 'object',
  properties: {
    name: requiredLineField('Municipality name', 200),
    shortName: lineField('Short name', 60),
    address: longTextField('Postal and street address', 1_000),
    phone: lineField('Phone', 40),
    email: lineField('Email', 200),
    website: lineField('Website', 200),
    timeZone: enumField('Time zone', ['Africa/Johannesburg', 'UTC'] as const),
    logoDataUrl: { type: 'string', title: 'Logo', maxLength: 2_000_000, pattern: '^(data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+)?$' },
  },
  required: ['name', 'timeZone'],
  additionalProperties: false,
} as const;

export interface MunicipalitySettings {
  name: string;
  shortName?: string;
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
  timeZone: 'Africa/Johannesburg' | 'UTC';
  logoDataUrl?: string;
}

export const departmentsSettingsSchema = {
  title: 'Departments',
  type: 'object',
  properties: {
    items: {
      type: 'array',
      title: 'Departments',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          id: idField,
          name: requiredLineField('Department name', 160),
          code: requiredLineField('Department code', 12),
          director: lineField('Director', 160),
        },
        required: ['id', 'name', 'code'],
        additionalProperties: false,
      },
    },
  },
  required: ['items'],
  additionalProperties: false,
} as const;

export interface Department {
  id: string;
  name: string;
  code: string;
  director?: string;
}

export interface DepartmentsSettings {
  items: Department[];
}

export interface SettingsAreas {
  municipality: MunicipalitySettings;
  departments: DepartmentsSettings;
}

export type SettingsArea = keyof SettingsAreas;

export const SETTINGS_SCHEMAS: { [A in SettingsArea]: object & { title: string } } = {
  municipality: municipalitySettingsSchema,
  departments: departmentsSettingsSchema,
};

export const SETTINGS_DEFAULTS: SettingsAreas = {
  municipality: { name: '', timeZone: DEFAULT_TIME_ZONE },
  departments: { items: [] },
};
