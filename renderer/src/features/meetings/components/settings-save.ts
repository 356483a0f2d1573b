/**
 * How a Meeting settings editor saves through the shared save bar: its resolver checks every
 * field first (the messages beside the fields, nothing saved), then the settings area is saved;
 * a check the repository refuses is put beside its field too, and said above the save button.
 */
import type { FieldErrors, FieldValues, Path, UseFormHandleSubmit, UseFormSetError } from 'react-hook-form';
import { RecordValidationError } from '@shared/validation/record-validator';
import type { ActionState } from '../../../ui/useAction';

export function saveSettingsForm<V extends FieldValues>(
  form: { handleSubmit: UseFormHandleSubmit<V>; setError: UseFormSetError<V> },
  action: ActionState,
  save: (values: V) => Promise<unknown>,
  /** Told the problems when the check fails (an editor may show the part that has them). */
  onInvalid?: (errors: FieldErrors<V>) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const submit = form.handleSubmit(
      async (values) => {
        const saved = await action.run(async () => {
          try {
            await save(values);
          } catch (error) {
            if (error instanceof RecordValidationError) {
              for (const [path, message] of Object.entries(error.fieldErrors)) if (path) form.setError(path as Path<V>, { message });
            }
            throw error;
          }
        });
        resolve(saved);
      },
      (errors) => {
        onInvalid?.(errors);
        resolve(false);
      },
    );
    void submit();
  });
}
