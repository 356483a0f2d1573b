/**
 * A dialog that asks one time of day on the 24-hour clock (a late arrival, an early departure,
 * the time a meeting closed). A time that is not a time is said under the field at once; what
 * the time may be (not in the future, not before the opening) is the caller's domain rule: its
 * refusal is said under the field, and the dialog stays open with nothing changed.
 */
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { normalizeClockTime } from '@shared/domain/time';
import { FormDialog } from './FormDialog';
import { bindField } from './schema-resolver';
import { TimeField } from './TimeField';
import { clockTimeResolver, type TimeValues } from './time-form';

export interface TimeDialogProps {
  title: string;
  submitLabel: string;
  /** The field's label, its accessible name. */
  label: string;
  /** Said under the field until there is a message. */
  hint: string;
  /** Said when what is typed is not a time. */
  invalidMessage: string;
  /** HH:MM to start from. */
  initial: string;
  /** Said above the field. */
  intro?: ReactNode;
  /** The field spans the dialog, and its text is selected on focus (typed over at once). */
  wide?: boolean;
  onClose: () => void;
  /** Records the time (HH:MM); returns or resolves to the reason it was refused, or null once recorded. */
  onRecord: (time: string) => string | null | Promise<string | null>;
}

export function TimeDialog({ title, submitLabel, label, hint, invalidMessage, initial, intro, wide, onClose, onRecord }: TimeDialogProps) {
  const resolver = useMemo(() => clockTimeResolver(invalidMessage), [invalidMessage]);
  const { control, handleSubmit, setError, formState } = useForm<TimeValues>({ resolver, defaultValues: { time: initial } });
  const submit = handleSubmit(async (values) => {
    const refused = await onRecord(normalizeClockTime(values.time) ?? values.time);
    if (refused) setError('time', { message: refused });
    else onClose();
  });
  return (
    <FormDialog
      open
      title={title}
      submitLabel={submitLabel}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      maxWidth="xs"
    >
      {intro}
      <Controller
        name="time"
        control={control}
        render={({ field }) => (
          <TimeField
            {...bindField(field)}
            autoFocus
            label={label}
            error={!!formState.errors.time}
            helperText={formState.errors.time?.message ?? hint}
            {...(wide ? { fullWidth: true, slotProps: { htmlInput: { onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } } } : {})}
          />
        )}
      />
    </FormDialog>
  );
}
