/**
 * Checking a form that holds lists (useFieldArray): its check gives each message by the field's
 * path (`phrases.2.label`), and the resolver nests them the way react-hook-form reads them, so
 * each message is shown beside its own row's field, all of them on the first submit.
 */
import { set, type FieldError, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { formMessages, type SchemaFields } from './schema-resolver';

/** Field path → message. */
export type PathMessages = Record<string, string>;

/** The messages of one row of a list, from the schema of one entry, under the row's path. */
export function rowMessages<I extends FieldValues>(row: I, schema: object, fields: SchemaFields<I>, path: string): PathMessages {
  const messages: PathMessages = {};
  for (const [field, message] of Object.entries(formMessages(row, { schema, fields }))) {
    if (typeof message === 'string' && message) messages[`${path}.${field}`] = message;
  }
  return messages;
}

/** A react-hook-form resolver: the values when all is well, otherwise every path's message. */
export function pathResolver<V extends FieldValues>(check: (values: V) => PathMessages): Resolver<V> {
  return (values) => {
    const entries = Object.entries(check(values));
    if (entries.length === 0) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const [path, message] of entries) set(errors, path, { type: 'validate', message } satisfies FieldError);
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
