/**
 * The areas of configuration kept in the `settings` collection, each with its own schema and
 * defaults. A settings document's id is the area's name; its `value` must match the schema.
 */
import { booleanField, enumField, idField, lineField, longTextField, requiredLineField } from '../schemas/fields';
import { DEFAULT_TIME_ZONE } from '../domain/time';
import { DEFAULT_QUERY_SETTINGS, querySettingsSchema, type QuerySettings } from './query-settings';
import {
  agendaTemplatesSchema,
  DEFAULT_RESOLUTION_NUMBERING,
  phrasesSchema,
  resolutionNumberingSchema,
  SPECIAL_AGENDA,
  STANDARD_AGENDA,
  STANDARD_PHRASES,
  type AgendaTemplatesSettings,
  type PhrasesSettings,
  type ResolutionNumberingSettings,
} from './meetings';

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
          /** Retired: kept on the records that name it, offered for no new ones. */
          retired: booleanField('Retired'),
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
  retired?: boolean;
}

export interface DepartmentsSettings {
  items: Department[];
}

/** The largest letterhead template kept: base64 makes it a third larger, within CouchDB's 8 MB document limit. */
export const DOCUMENT_TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;

/** The municipality's own .docx letterhead for Word exports (see shared/documents/template.ts); empty for the built-in one. */
export const documentTemplateSettingsSchema = {
  title: 'Document template',
  type: 'object',
  properties: {
    fileName: lineField('Template file name', 255),
    size: { type: 'integer', title: 'Template size in bytes', minimum: 0, maximum: DOCUMENT_TEMPLATE_MAX_BYTES },
    dataBase64: { type: 'string', title: 'Template', maxLength: Math.ceil(DOCUMENT_TEMPLATE_MAX_BYTES / 3) * 4, pattern: '^[A-Za-z0-9+/]*={0,2}$' },
    placeholders: { type: 'array', title: 'Placeholders', maxItems: 200, items: lineField('Placeholder', 100) },
  },
  required: ['fileName', 'size', 'dataBase64', 'placeholders'],
  additionalProperties: false,
} as const;

export interface DocumentTemplateSettings {
  fileName: string;
  size: number;
  dataBase64: string;
  placeholders: string[];
}

export interface SettingsAreas {
  municipality: MunicipalitySettings;
  departments: DepartmentsSettings;
  queries: QuerySettings;
  agendaTemplates: AgendaTemplatesSettings;
  phrases: PhrasesSettings;
  resolutionNumbering: ResolutionNumberingSettings;
  documentTemplate: DocumentTemplateSettings;
}

export type SettingsArea = keyof SettingsAreas;

export const SETTINGS_SCHEMAS: { [A in SettingsArea]: object & { title: string } } = {
  municipality: municipalitySettingsSchema,
  departments: departmentsSettingsSchema,
  queries: querySettingsSchema,
  agendaTemplates: agendaTemplatesSchema,
  phrases: phrasesSchema,
  resolutionNumbering: resolutionNumberingSchema,
  documentTemplate: documentTemplateSettingsSchema,
};

export const SETTINGS_DEFAULTS: SettingsAreas = {
  municipality: { name: '', timeZone: DEFAULT_TIME_ZONE },
  departments: { items: [] },
  queries: DEFAULT_QUERY_SETTINGS,
  agendaTemplates: { templates: [STANDARD_AGENDA, SPECIAL_AGENDA] },
  phrases: { phrases: STANDARD_PHRASES },
  resolutionNumbering: DEFAULT_RESOLUTION_NUMBERING,
  documentTemplate: { fileName: '', size: 0, dataBase64: '', placeholders: [] },
};
