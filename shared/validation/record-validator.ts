/**
 * Checks a record against its JSON schema and explains each problem in words a secretary
 * understands, keyed by the field it belongs to so a form can show it next to that field.
 *
 * The schema is the single source of truth: the same schema types the record, configures
 * RxDB, and drives these messages. @cfworker/json-schema interprets the schema without
 * generating code, so it runs under the renderer's strict Content-Security-Policy (no eval).
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';

/** Field path (`venue`, `attendance.2.status`) → message. '' is the record as a whole. */
export type FieldErrors = Record<string, string>;

export class RecordValidationError extends Error {
  readonly fieldErrors: FieldErrors;

  constructor(recordTitle: string, fieldErrors: FieldErrors) {
    const first = Object.values(fieldErrors)[0] ?? 'The record is not valid.';
    super(`${recordTitle} not saved: ${first}`);
    this.name = 'RecordValidationError';
    this.fieldErrors = fieldErrors;
  }
}

interface SchemaNode {
  title?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  enum?: readonly unknown[];
  format?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Keywords that only say "something inside me failed"; the inner error is reported instead. */
const WRAPPER_KEYWORDS = new Set(['properties', 'items', 'false', 'allOf', 'anyOf', 'oneOf', '$ref']);

function schemaAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  let node: unknown = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[decodeURIComponent(part)];
  }
  return node !== null && typeof node === 'object' ? node : undefined;
}

function fieldPath(instanceLocation: string): string {
  return instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).join('.');
}

function quotedProperty(message: string): string | undefined {
  return /property "([^"]+)"/i.exec(message)?.[1];
}

function describe(unit: OutputUnit, root: SchemaNode): { field: string; message: string } | undefined {
  if (WRAPPER_KEYWORDS.has(unit.keyword)) return undefined;
  const keywordParent = unit.keywordLocation.replace(/\/[^/]*$/, '');
  const node = schemaAt(root, keywordParent);
  const field = fieldPath(unit.instanceLocation);
  const label = node?.title ?? (field || 'This record');

  switch (unit.keyword) {
    case 'required': {
      const name = quotedProperty(unit.error) ?? '';
      const child = node?.properties?.[name];
      return { field: [field, name].filter(Boolean).join('.'), message: `${child?.title ?? name} is required.` };
    }
    case 'additionalProperties': {
      const name = quotedProperty(unit.error) ?? '?';
      return { field: [field, name].filter(Boolean).join('.'), message: `"${name}" is not a field of ${label}.` };
    }
    case 'minLength':
      return { field, message: node?.minLength === 1 ? `${label} is required.` : `${label} is too short.` };
    case 'pattern':
      // Required lines use the pattern \S: a value of only spaces is as good as empty.
      return { field, message: node?.minLength === 1 ? `${label} is required.` : `${label} is not in the expected form.` };
    case 'maxLength':
      return { field, message: `${label} is too long: at most ${node?.maxLength ?? '?'} characters.` };
    case 'format':
      return { field, message: `${label} is not a valid ${node?.format === 'date-time' ? 'date and time' : 'value'}.` };
    case 'enum':
      return { field, message: `${label} must be one of the listed choices.` };
    case 'minimum':
      return { field, message: `${label} must be at least ${node?.minimum ?? 0}.` };
    case 'maximum':
      return { field, message: `${label} must be at most ${node?.maximum ?? '?'}.` };
    case 'maxItems':
      return { field, message: `${label} has too many entries: at most ${node?.maxItems ?? '?'}.` };
    case 'type':
    case 'multipleOf':
      return { field, message: `${label} has a value of the wrong kind.` };
    default:
      return { field, message: `${label}: ${unit.error}` };
  }
}

export interface RecordValidator<T> {
  /** Field errors; empty when the record is valid. */
  check(record: unknown): FieldErrors;
  /** Returns the record typed, or throws RecordValidationError. */
  assert(record: unknown): T;
  /**
   * Problems with the parts of a record that exist so far: a field named in `notYet` that the
   * record does not have yet (a reference issued only once everything else is valid) is not
   * reported missing; given, it is checked like any other.
   */
  checkParts(record: unknown, notYet: readonly string[]): FieldErrors;
}

export function createRecordValidator<T>(schema: object & { title?: string }): RecordValidator<T> {
  // The validator annotates the schema it is given (and RxDB freezes its schemas): give it a copy.
  const copy = structuredClone(schema);
  const validator = new Validator(copy, '2019-09', false);
  const root = copy as SchemaNode;
  const recordTitle = schema.title ?? 'Record';
  const check = (record: unknown): FieldErrors => {
    const result = validator.validate(record);
    const errors: FieldErrors = {};
    if (result.valid) return errors;
    for (const unit of result.errors) {
      const described = describe(unit, root);
      if (described && !(described.field in errors)) errors[described.field] = described.message;
    }
    if (Object.keys(errors).length === 0) errors[''] = `${recordTitle} is not valid.`;
    return errors;
  };
  return {
    check,
    checkParts(record: unknown, notYet: readonly string[]): FieldErrors {
      const present = (field: string) => typeof record === 'object' && record !== null && field in record;
      const errors = check(record);
      for (const field of notYet) if (!present(field)) delete errors[field];
      return errors;
    },
    assert(record: unknown): T {
      const errors = check(record);
      if (Object.keys(errors).length > 0) throw new RecordValidationError(recordTitle, errors);
      return record as T;
    },
  };
}
