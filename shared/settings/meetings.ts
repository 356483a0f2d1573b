/**
 * Configuration of meetings: the standard agenda templates, the phrase library secretaries
 * insert while minuting, and the resolution number format.
 */
import { enumField, idField, longTextField, requiredLineField } from '../schemas/fields';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '../schemas/vocabulary';
import { DEFAULT_BLOCK_SIZE, DEFAULT_RESOLUTION_FORMAT } from '../domain/resolution-numbers';

export interface AgendaTemplateItem {
  title: string;
  kind: AgendaItemKind;
  inCommittee?: boolean;
  children?: AgendaTemplateItem[];
}

export interface AgendaTemplate {
  id: string;
  name: string;
  items: AgendaTemplateItem[];
}

export interface AgendaTemplatesSettings {
  templates: AgendaTemplate[];
}

const templateItem = {
  type: 'object',
  properties: {
    title: requiredLineField('Item title', 500),
    kind: enumField('Type of item', AGENDA_ITEM_KINDS),
    inCommittee: { type: 'boolean', title: 'In committee' },
  },
  required: ['title', 'kind'],
  additionalProperties: false,
} as const;

export const agendaTemplatesSchema = {
  title: 'Agenda templates',
  type: 'object',
  properties: {
    templates: {
      type: 'array',
      title: 'Templates',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          id: idField,
          name: requiredLineField('Template name', 120),
          items: {
            type: 'array',
            title: 'Items',
            maxItems: 100,
            items: {
              ...templateItem,
              properties: {
                ...templateItem.properties,
                children: { type: 'array', title: 'Sub-items', maxItems: 100, items: templateItem },
              },
            },
          },
        },
        required: ['id', 'name', 'items'],
        additionalProperties: false,
      },
    },
  },
  required: ['templates'],
  additionalProperties: false,
} as const;

export const STANDARD_TEMPLATE_ID = 'standard-ordinary';

/** The standard agenda of an ordinary meeting, as the Rules of Order set it out. */
export const STANDARD_AGENDA: AgendaTemplate = {
  id: STANDARD_TEMPLATE_ID,
  name: 'Ordinary meeting',
  items: [
    { title: 'Opening and welcome', kind: 'opening' },
    { title: 'Apologies and leave of absence', kind: 'apologies' },
    { title: 'Declarations of interest', kind: 'declarations' },
    { title: 'Confirmation of the minutes of the previous meeting', kind: 'confirmation_of_minutes' },
    { title: 'Announcements by the chairperson', kind: 'announcements' },
    { title: 'Matters arising from the minutes', kind: 'matters_arising' },
    { title: 'Reports', kind: 'report' },
    { title: 'Motions', kind: 'motion' },
    { title: 'Questions', kind: 'question' },
    { title: 'Urgent matters', kind: 'urgent' },
    { title: 'Items in committee', kind: 'in_committee', inCommittee: true },
    { title: 'Closure', kind: 'closure' },
  ],
};

export const SPECIAL_AGENDA: AgendaTemplate = {
  id: 'standard-special',
  name: 'Special or urgent meeting',
  items: [
    { title: 'Opening and welcome', kind: 'opening' },
    { title: 'Apologies and leave of absence', kind: 'apologies' },
    { title: 'Declarations of interest', kind: 'declarations' },
    { title: 'Purpose of the special meeting', kind: 'report' },
    { title: 'Closure', kind: 'closure' },
  ],
};

export interface Phrase {
  id: string;
  label: string;
  text: string;
}

export interface PhrasesSettings {
  phrases: Phrase[];
}

export const phrasesSchema = {
  title: 'Phrase library',
  type: 'object',
  properties: {
    phrases: {
      type: 'array',
      title: 'Phrases',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          id: idField,
          label: requiredLineField('Phrase name', 80),
          text: { ...longTextField('Wording', 5_000), minLength: 1, pattern: '\\S' },
        },
        required: ['id', 'label', 'text'],
        additionalProperties: false,
      },
    },
  },
  required: ['phrases'],
  additionalProperties: false,
} as const;

export const STANDARD_PHRASES: Phrase[] = [
  { id: 'leave', label: 'Leave of absence', text: 'RESOLVED – THAT leave of absence be granted in terms of Rule 5 to …' },
  { id: 'confirm', label: 'Minutes confirmed', text: 'RESOLVED – THAT the minutes of the meeting held on … be confirmed as a correct record.' },
  { id: 'noted', label: 'Report noted', text: 'RESOLVED – THAT the report be noted.' },
  { id: 'referred', label: 'Referred back', text: 'RESOLVED – THAT the matter be referred back to the department for further information on …' },
  { id: 'deferred', label: 'Deferred', text: 'RESOLVED – THAT the matter be deferred to the next meeting.' },
  { id: 'interest', label: 'Declaration of interest', text: 'Cllr … declared an interest in the item and left the meeting for its discussion.' },
  { id: 'quorum', label: 'Quorum confirmed', text: 'The chairperson confirmed that a quorum was present.' },
  { id: 'closure', label: 'Closure', text: 'There being no further business, the chairperson closed the meeting at …' },
];

export interface ResolutionNumberingSettings {
  format: string;
  blockSize: number;
  financialYearStartMonth: number;
}

export const resolutionNumberingSchema = {
  title: 'Resolution numbers',
  type: 'object',
  properties: {
    format: requiredLineField('Number format', 60),
    blockSize: { type: 'integer', title: 'Numbers reserved per meeting', minimum: 10, maximum: 1000 },
    financialYearStartMonth: { type: 'integer', title: 'First month of the financial year', minimum: 1, maximum: 12 },
  },
  required: ['format', 'blockSize', 'financialYearStartMonth'],
  additionalProperties: false,
} as const;

export const DEFAULT_RESOLUTION_NUMBERING: ResolutionNumberingSettings = {
  format: DEFAULT_RESOLUTION_FORMAT,
  blockSize: DEFAULT_BLOCK_SIZE,
  financialYearStartMonth: 7,
};
