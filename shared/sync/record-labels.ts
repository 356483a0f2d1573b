/**
 * Names a person recognises for synced records and their fields: "Meeting “Ordinary Council”",
 * "Postal and street address". Read from the schemas' titles, so they never drift from them.
 */
import { RECORD_SCHEMAS } from '../schemas';
import type { CollectionName } from '../schemas/vocabulary';
import { SETTINGS_SCHEMAS } from '../settings/areas';
import { isPlainObject, type JsonObject } from './record-state';

interface SchemaNode {
  title?: string;
  properties?: Record<string, SchemaNode>;
}

/** Plural names of the collections, as the sync log and status use them. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  bodies: 'Council and committees',
  members: 'Members and officials',
  meetings: 'Meetings',
  agendaitems: 'Agenda items and minutes',
  resolutions: 'Resolutions',
  stakeholders: 'Stakeholders',
  queries: 'Queries',
  queryevents: 'Query timeline entries',
  settings: 'Settings',
  audit: 'Audit trail entries',
};

export function recordKindLabel(collection: CollectionName): string {
  return (RECORD_SCHEMAS[collection] as SchemaNode).title ?? collection;
}

function rootSchema(collection: CollectionName, recordId: string): SchemaNode {
  const schema = RECORD_SCHEMAS[collection] as SchemaNode;
  if (collection !== 'settings') return schema;
  // A settings record's `value` follows its area's own schema.
  const area = (SETTINGS_SCHEMAS as Record<string, SchemaNode | undefined>)[recordId];
  if (!area) return schema;
  return { ...schema, properties: { ...schema.properties, value: area } };
}

/** The title of the field at a dotted path: `value.address` of settings "municipality" → "Postal and street address". */
export function fieldLabel(collection: CollectionName, recordId: string, path: string): string {
  let node: SchemaNode | undefined = rootSchema(collection, recordId);
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node?.title ?? path;
}

/** A short name of one record: its title, name, reference or number, else its id. */
export function recordLabel(collection: CollectionName, record: JsonObject): string {
  const id = typeof record.id === 'string' ? record.id : '';
  if (collection === 'settings') {
    const area = (SETTINGS_SCHEMAS as Record<string, { title?: string } | undefined>)[id];
    return `Settings: ${area?.title ?? id}`;
  }
  for (const key of ['fullName', 'title', 'name', 'reference', 'number', 'subject', 'summary']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return `${recordKindLabel(collection)} “${value.trim()}”`;
  }
  return `${recordKindLabel(collection)} ${id.slice(0, 8)}`;
}

/** A readable one-line rendering of a field value for lists and logs. */
export function valuePreview(value: unknown, limit = 200): string {
  let text: string;
  if (value === undefined || value === null) text = '(empty)';
  else if (typeof value === 'string') text = value;
  else if (Array.isArray(value) && value.every((p) => isPlainObject(p) && Array.isArray(p.runs))) {
    text = value.map((p) => (p as { runs: Array<{ text?: unknown }> }).runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('')).join('\n');
  } else text = JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
