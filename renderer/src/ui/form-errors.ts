/**
 * Turns a repository's RecordValidationError into messages beside a form's fields. Record
 * fields and form fields do not always share names (a record's `startsAt` is typed as a date
 * and a time), so each form passes a map from record field to its own field.
 */
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';

export interface MappedErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Messages that belong to no field of the form, shown above it. */
  general: string[];
}

export function mapRecordErrors<F extends string>(
  error: unknown,
  fieldOf: Partial<Record<string, F>>,
): MappedErrors<F> | null {
  if (!(error instanceof RecordValidationError)) return null;
  return mapFieldErrors(error.fieldErrors, fieldOf);
}

export function mapFieldErrors<F extends string>(errors: FieldErrors, fieldOf: Partial<Record<string, F>>): MappedErrors<F> {
  const mapped: MappedErrors<F> = { fields: {}, general: [] };
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOf[path] ?? fieldOf[path.split('.')[0] ?? ''];
    if (field && !mapped.fields[field]) mapped.fields[field] = message;
    else mapped.general.push(message);
  }
  return mapped;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
