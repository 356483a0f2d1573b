/**
 * Turns a repository's RecordValidationError into messages beside a form's fields. Record
 * fields and form fields do not always share names (a record's `startsAt` is typed as a date
 * and a time), so each form passes a map from record field to its own field.
 */
import { useCallback, useState } from 'react';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import { errorMessage } from '@shared/error-message';

export interface MappedErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Messages that belong to no field of the form, shown above it. */
  general: string[];
}

export function mapRecordErrors<F extends string>(error: unknown, fieldOf: Partial<Record<string, F>>): MappedErrors<F> | null {
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

/** Kept here too, beside the form helpers that use it. */
export { errorMessage };

/**
 * The error state of a form whose record is checked by a repository: field messages beside the
 * fields, anything else above the form. `capture` takes whatever the save threw.
 */
export function useRecordErrors<F extends string>(fieldOf: Partial<Record<string, F>>) {
  const [fields, setFields] = useState<Partial<Record<F, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const capture = useCallback(
    (error: unknown) => {
      const mapped = mapRecordErrors(error, fieldOf);
      setFields(mapped?.fields ?? {});
      setGeneral(mapped ? (mapped.general[0] ?? null) : errorMessage(error));
    },
    [fieldOf],
  );
  const reset = useCallback((next: Partial<Record<F, string>> = {}) => {
    setFields(next);
    setGeneral(null);
  }, []);
  return { fields, general, capture, reset };
}

/**
 * Puts what a save threw on a react-hook-form form: each field's message beside its field
 * (`setError`), the rest above the form; an error that is not a record's check (a refused
 * write, a lost database) is shown above the form in full, after `prefix`.
 */
export function showSaveError<F extends string>(
  error: unknown,
  fieldOf: Partial<Record<string, F>>,
  setError: (field: F, error: { message: string }) => void,
  setGeneral: (messages: string[]) => void,
  prefix = '',
): void {
  const mapped = mapRecordErrors(error, fieldOf);
  if (!mapped) {
    setGeneral([`${prefix}${errorMessage(error)}`]);
    return;
  }
  for (const [field, message] of Object.entries(mapped.fields) as Array<[F, string]>) setError(field, { message });
  setGeneral(mapped.general);
}

/** A react-hook-form's errors (or one nested part of them) as the message of each field. */
export function fieldMessages<F extends string>(errors: object | undefined): Partial<Record<F, string>> {
  const messages: Partial<Record<F, string>> = {};
  for (const [field, error] of Object.entries(errors ?? {})) {
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message) messages[field as F] = message;
  }
  return messages;
}
