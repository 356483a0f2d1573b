/**
 * One way to check a form: react-hook-form with a resolver built from the record's shared JSON
 * schema. Every message comes back at once (the form shows them all on the first submit), in
 * the schema's words ("Venue is required."), and a form adds only the checks the schema cannot
 * make (a date typed apart from its time, a number typed as text). A date field typed only in
 * part (INCOMPLETE_DATE) is refused here for every form, whatever its own checks say.
 */
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { createRecordValidator } from '@shared/validation/record-validator';
import { incompleteDateMessage, isIncompleteDate } from './incomplete-date';
import { lengthProblem } from './text-limits';

interface SchemaNode {
  title?: string;
  maxLength?: number;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
}

/** How a form field is checked by the schema: the record property it fills. */
export interface SchemaFieldBinding<V> {
  property: string;
  /** Turns the typed text into the record's value (undefined: left out). Default: as typed. */
  toRecord?: (value: V) => unknown;
}

export type SchemaFields<V extends FieldValues> = { [K in keyof V]?: SchemaFieldBinding<V[K]> | string };

export type FormMessages<V extends FieldValues> = Partial<Record<keyof V, string>>;

export interface SchemaResolverOptions<V extends FieldValues> {
  schema: object;
  fields: SchemaFields<V>;
  /** Checks of the form's own (run first: their message wins over the schema's for a field). */
  check?: (values: V) => FormMessages<V>;
  /**
   * How the message for a date typed only in part names a date field, and whether it must be
   * filled (then clearing it is not offered). Default: the schema's title and `required` for the
   * field's property, else "The date", optional.
   */
  dates?: { [K in keyof V]?: { label: string; required?: boolean } };
}

/**
 * All the messages for a form's values: a date typed only in part first, then the form's own
 * checks, then the schema's for every bound field. A required field left empty is "required";
 * text over its limit says how long it is.
 */
export function formMessages<V extends FieldValues>(values: V, options: SchemaResolverOptions<V>): FormMessages<V> {
  const root = options.schema as SchemaNode;
  const messages: FormMessages<V> = { ...options.check?.(values) } as FormMessages<V>;
  const bindings = Object.entries(options.fields) as [keyof V & string, SchemaFieldBinding<unknown> | string | undefined][];
  const properties: Record<string, SchemaNode> = {};
  const required: string[] = [];
  const record: Record<string, unknown> = {};
  const fieldOf = new Map<string, keyof V & string>();
  for (const [field, binding] of bindings) {
    if (!binding) continue;
    const { property, toRecord } = typeof binding === 'string' ? { property: binding, toRecord: undefined } : binding;
    const node = root.properties?.[property];
    if (!node) continue;
    properties[property] = node;
    fieldOf.set(property, field);
    const isRequired = root.required?.includes(property) ?? false;
    if (isRequired) required.push(property);
    // A date typed only in part has its own message, below; the schema is not asked about it.
    if (isIncompleteDate(values[field])) continue;
    const value = toRecord ? toRecord(values[field]) : values[field];
    // An empty required choice is missing, not a value: the schema then says it is required.
    if (value === undefined || (isRequired && value === '')) continue;
    if (typeof value === 'string' && node.maxLength !== undefined) {
      const tooLong = lengthProblem(node.title ?? property, value, node.maxLength);
      if (tooLong) {
        messages[field] ??= tooLong;
        continue;
      }
    }
    record[property] = value;
  }
  const errors = createFormValidator({ type: 'object', title: (options.schema as { title?: string }).title, properties, required }).check(record);
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOf.get(path.split('.')[0] ?? '');
    if (field) messages[field] ??= message;
  }
  // Saving "no date" for a date typed only in part would clear the date silently: refuse it,
  // whatever else was said about the field.
  for (const [field, value] of Object.entries(values) as [keyof V & string, unknown][]) {
    if (!isIncompleteDate(value)) continue;
    const binding = options.fields[field];
    const property = typeof binding === 'string' ? binding : (binding?.property ?? field);
    const named = options.dates?.[field];
    const label = named?.label ?? root.properties?.[property]?.title ?? 'The date';
    const required = named ? (named.required ?? false) : (root.required?.includes(property) ?? false);
    messages[field] = incompleteDateMessage(label, required);
  }
  return messages;
}

// Validators compile their schema once: keep one per picked schema.
const validators = new Map<string, ReturnType<typeof createRecordValidator>>();
function createFormValidator(schema: object) {
  const key = JSON.stringify(schema);
  let validator = validators.get(key);
  if (!validator) {
    validator = createRecordValidator(schema);
    validators.set(key, validator);
  }
  return validator;
}

/**
 * A Controller's field as a MUI text field's props: its ref goes to the input itself, so a
 * submit with problems focuses the first field that has one.
 */
export function bindField<F extends { name: string; value: unknown; onChange: (...event: never[]) => void; onBlur: () => void; ref: unknown }>(field: F) {
  const { ref, ...rest } = field;
  return { ...rest, inputRef: ref as F['ref'] };
}

/** A react-hook-form resolver: the values when all is well, otherwise every field's message. */
export function schemaResolver<V extends FieldValues>(options: SchemaResolverOptions<V>): Resolver<V> {
  return (values) => {
    const messages = formMessages(values, options);
    const entries = Object.entries(messages).filter(([, message]) => message) as [string, string][];
    if (entries.length === 0) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const [field, message] of entries) errors[field] = { type: 'validate', message };
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
