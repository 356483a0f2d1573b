/**
 * The server's own check of every write: a `validate_doc_update` design document per database,
 * generated from the same JSON schemas the app validates with, so the server refuses a
 * malformed record (from a rogue or outdated client) and a write by a role that may not make it.
 * CouchDB runs it on every write, replicated ones included (docs/stack-facts.md, "Apache CouchDB 3").
 *
 * The function runs inside CouchDB's JavaScript engine, which may be an ES5 one, so its source
 * is plain ES5 text; the rules (schema, roles) are embedded in it as a JSON literal. Messages
 * follow the app's record validator ("Venue is required.").
 */
import { RECORD_SCHEMAS } from '../schemas';
import { FIELDS_OLDER_APPS_OMIT } from '../schemas/migrations';
import { attachmentsField } from '../schemas/fields';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/vocabulary';
import { SETTINGS_SCHEMAS } from '../settings/areas';
import { growingFields, isAppendOnly } from '../sync/merge-rules';
import { COLLECTION_LABELS, recordKindLabel } from '../sync/record-labels';
import { ATTACHMENTS_DATABASE, type DatabaseSuffix } from './names';
import { WRITER_ROLES } from './roles';

export const DESIGN_DOC_ID = '_design/quorum';

/** Schema keywords the embedded checker understands; everything else (indexes, version, ...) is dropped. */
const KEPT_KEYWORDS = new Set([
  'type',
  'title',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'multipleOf',
  'maxItems',
  'minItems',
]);

type CompactSchema = { [key: string]: unknown };

export function compactSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item) => compactSchema(item));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: CompactSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT_KEYWORDS.has(key)) continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, child]) => [name, compactSchema(child)]));
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = compactSchema(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export interface ValidationRules {
  database: DatabaseSuffix;
  /** Plural, as in "Your account may not change meetings". */
  label: string;
  /** Singular, as in "Malformed meeting record". */
  singular: string;
  writers: readonly string[];
  appendOnly: boolean;
  /** Fields an append-only record may still change (an audit entry's burst counters). */
  growing: readonly string[];
  schema: unknown;
  /** Settings only: each area's schema for its `value`, by record id. */
  areas?: Record<string, unknown>;
  /** Attachments only: the file itself must be attached. */
  requiresFile?: boolean;
}

const ATTACHMENT_DOC_SCHEMA = {
  title: 'Attachment',
  type: 'object',
  properties: attachmentsField.items.properties,
  required: attachmentsField.items.required,
  additionalProperties: false,
} as const;

/** The schema with the fields older apps omit no longer required (see FIELDS_OLDER_APPS_OMIT). */
function withoutNewRequirements(collection: CollectionName, schema: unknown): unknown {
  const omitted = FIELDS_OLDER_APPS_OMIT[collection];
  if (!omitted) return schema;
  const compact = schema as CompactSchema & { required?: string[] };
  return { ...compact, required: (compact.required ?? []).filter((field) => !omitted.includes(field)) };
}

export function validationRules(database: DatabaseSuffix): ValidationRules {
  if (database === ATTACHMENTS_DATABASE) {
    return {
      database,
      label: 'attachments',
      singular: 'attachment',
      writers: WRITER_ROLES.attachments,
      appendOnly: false,
      growing: [],
      schema: compactSchema(ATTACHMENT_DOC_SCHEMA),
      requiresFile: true,
    };
  }
  const collection: CollectionName = database;
  const singular = recordKindLabel(collection).toLowerCase();
  const rules: ValidationRules = {
    database,
    label: COLLECTION_LABELS[collection].toLowerCase(),
    singular,
    writers: WRITER_ROLES[collection],
    appendOnly: isAppendOnly(collection),
    growing: growingFields(collection),
    schema: withoutNewRequirements(collection, compactSchema(RECORD_SCHEMAS[collection])),
  };
  if (collection === 'settings') {
    rules.areas = Object.fromEntries(Object.entries(SETTINGS_SCHEMAS).map(([area, schema]) => [area, compactSchema(schema)]));
  }
  return rules;
}

/**
 * ES5 source of the check. `RULES` is replaced by the JSON of the database's rules.
 * Kept as text on purpose: a compiled TypeScript function could carry helpers CouchDB lacks.
 */
const VALIDATOR_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var RULES = __RULES__;
  if (newDoc._id.indexOf('_design/') === 0) { return; }
  var roles = (userCtx && userCtx.roles) ? userCtx.roles : [];
  var isAdmin = roles.indexOf('_admin') !== -1;
  if (!isAdmin) {
    var allowed = false;
    for (var w = 0; w < RULES.writers.length; w++) { if (roles.indexOf(RULES.writers[w]) !== -1) { allowed = true; } }
    if (!allowed) {
      throw({ forbidden: 'Your account may not change ' + RULES.label + ': that needs the role ' + RULES.writers.join(' or ') + '.' });
    }
  }
  if (RULES.appendOnly && oldDoc && !oldDoc._deleted && !newDoc._deleted) {
    var keys = {};
    var name;
    for (name in newDoc) { if (Object.prototype.hasOwnProperty.call(newDoc, name)) { keys[name] = true; } }
    for (name in oldDoc) { if (Object.prototype.hasOwnProperty.call(oldDoc, name)) { keys[name] = true; } }
    for (name in keys) {
      if (name.charAt(0) === '_' || RULES.growing.indexOf(name) !== -1) { continue; }
      if (JSON.stringify(newDoc[name]) !== JSON.stringify(oldDoc[name])) {
        throw({ forbidden: 'Once written, ' + RULES.label + ' are never changed (' + name + ').' });
      }
    }
  }
  if (newDoc._deleted) {
    if (RULES.appendOnly && !isAdmin) { throw({ forbidden: RULES.label.charAt(0).toUpperCase() + RULES.label.slice(1) + ' are never deleted.' }); }
    return;
  }
  function isArray(v) { return Object.prototype.toString.call(v) === '[object Array]'; }
  function codePoints(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { i++; }
      }
      n++;
    }
    return n;
  }
  function check(value, schema, label) {
    var title = schema.title || label;
    var t = schema.type;
    if (t) {
      var ok = true;
      if (t === 'string') { ok = typeof value === 'string'; }
      else if (t === 'number') { ok = typeof value === 'number' && isFinite(value); }
      else if (t === 'integer') { ok = typeof value === 'number' && isFinite(value) && Math.floor(value) === value; }
      else if (t === 'boolean') { ok = typeof value === 'boolean'; }
      else if (t === 'array') { ok = isArray(value); }
      else if (t === 'object') { ok = value !== null && typeof value === 'object' && !isArray(value); }
      if (!ok) { return title + ' has a value of the wrong kind.'; }
    }
    if (schema['enum']) {
      var found = false;
      for (var e = 0; e < schema['enum'].length; e++) { if (schema['enum'][e] === value) { found = true; } }
      if (!found) { return title + ' must be one of the listed choices.'; }
    }
    if (typeof value === 'string') {
      var length = codePoints(value);
      if (schema.minLength !== undefined && length < schema.minLength) { return schema.minLength === 1 ? title + ' is required.' : title + ' is too short.'; }
      if (schema.maxLength !== undefined && length > schema.maxLength) { return title + ' is too long: at most ' + schema.maxLength + ' characters.'; }
      if (schema.pattern && !(new RegExp(schema.pattern)).test(value)) { return schema.minLength === 1 ? title + ' is required.' : title + ' is not in the expected form.'; }
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) { return title + ' must be at least ' + schema.minimum + '.'; }
      if (schema.maximum !== undefined && value > schema.maximum) { return title + ' must be at most ' + schema.maximum + '.'; }
      if (schema.multipleOf !== undefined) {
        var q = value / schema.multipleOf;
        if (Math.abs(q - Math.round(q)) > 1e-7) { return title + ' has a value of the wrong kind.'; }
      }
    }
    if (isArray(value)) {
      if (schema.maxItems !== undefined && value.length > schema.maxItems) { return title + ' has too many entries: at most ' + schema.maxItems + '.'; }
      if (schema.minItems !== undefined && value.length < schema.minItems) { return title + ' has too few entries.'; }
      if (schema.items) {
        for (var i = 0; i < value.length; i++) {
          var itemProblem = check(value[i], schema.items, title);
          if (itemProblem) { return itemProblem; }
        }
      }
    }
    if (value !== null && typeof value === 'object' && !isArray(value)) {
      var props = schema.properties || {};
      var required = schema.required || [];
      for (var r = 0; r < required.length; r++) {
        if (value[required[r]] === undefined) { return ((props[required[r]] && props[required[r]].title) || required[r]) + ' is required.'; }
      }
      for (var key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) { continue; }
        if (props[key]) {
          var fieldProblem = check(value[key], props[key], key);
          if (fieldProblem) { return fieldProblem; }
        } else if (schema.additionalProperties === false) {
          return '"' + key + '" is not a field of ' + title + '.';
        }
      }
    }
    return null;
  }
  var doc = {};
  for (var k in newDoc) {
    if (Object.prototype.hasOwnProperty.call(newDoc, k) && k.charAt(0) !== '_') { doc[k] = newDoc[k]; }
  }
  doc.id = newDoc._id;
  var problem = check(doc, RULES.schema, 'Record');
  if (!problem && RULES.areas && RULES.areas[newDoc._id]) { problem = check(doc.value, RULES.areas[newDoc._id], 'Value'); }
  if (!problem && RULES.requiresFile && !(newDoc._attachments && newDoc._attachments.file)) { problem = 'the file itself is missing.'; }
  if (problem) { throw({ forbidden: 'Malformed ' + RULES.singular + ' record: ' + problem }); }
}`;

export function validateDocUpdateSource(database: DatabaseSuffix): string {
  // A replacer function, so `$` sequences in the schemas' patterns are not read as replacement patterns.
  const rules = JSON.stringify(validationRules(database));
  return VALIDATOR_SOURCE.replace('__RULES__', () => rules);
}

export interface QuorumDesignDoc {
  _id: typeof DESIGN_DOC_ID;
  language: 'javascript';
  validate_doc_update: string;
  quorum: { database: DatabaseSuffix; collections: readonly string[] };
}

export function designDocument(database: DatabaseSuffix): QuorumDesignDoc {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: validateDocUpdateSource(database),
    quorum: { database, collections: COLLECTION_NAMES },
  };
}
