/**
 * The checks of Settings → Meetings → Agenda templates, by the agenda templates' schema
 * (shared/settings/meetings.ts): a template's name and each item's title are said beside their
 * fields on the first submit, and nothing is saved. Only one template is shown at a time, so the
 * editor also learns which templates have problems, to show the first and name the others.
 */
import { agendaTemplatesSchema, type AgendaTemplate, type AgendaTemplatesSettings } from '@shared/settings/meetings';
import { pathResolver, rowMessages, type PathMessages } from '../../../ui/list-resolver';

export interface TemplatesValues {
  templates: AgendaTemplate[];
}

const TEMPLATE_SCHEMA = agendaTemplatesSchema.properties.templates.items;
const ITEM_SCHEMA = TEMPLATE_SCHEMA.properties.items.items;
export const TEMPLATES_MAX = agendaTemplatesSchema.properties.templates.maxItems;
export const TEMPLATE_ITEMS_MAX = TEMPLATE_SCHEMA.properties.items.maxItems;

export function templatesProblems(values: TemplatesValues): PathMessages {
  const messages: PathMessages = {};
  values.templates.forEach((template, t) => {
    Object.assign(messages, rowMessages(template, TEMPLATE_SCHEMA, { name: 'name' }, `templates.${t}`));
    template.items.forEach((item, i) => Object.assign(messages, rowMessages(item, ITEM_SCHEMA, { title: 'title', kind: 'kind' }, `templates.${t}.items.${i}`)));
  });
  return messages;
}

/** The places (from 0) of the templates that have a problem, in order. */
export function templatesWithProblems(values: TemplatesValues): number[] {
  const places = new Set(Object.keys(templatesProblems(values)).map((path) => Number(path.split('.')[1])));
  return [...places].sort((a, b) => a - b);
}

/** A copy of a template to edit apart from it: a new id, its items copied, named as a copy. */
export function copyOfTemplate(template: AgendaTemplate, id: string): AgendaTemplate {
  return { ...structuredClone(template), id, name: `Copy of ${template.name}` };
}

/**
 * The checked values as the settings area holds them: a field shown but never set (an item's
 * "In committee" box) is left out, as the record holds no undefined value.
 */
export function templatesSettings(values: TemplatesValues): AgendaTemplatesSettings {
  return { templates: JSON.parse(JSON.stringify(values.templates)) as AgendaTemplate[] };
}

export const templatesResolver = pathResolver(templatesProblems);
