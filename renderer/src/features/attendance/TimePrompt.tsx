/**
 * Asks the time of a late arrival or an early departure (keys L and D on a register row). The
 * time is checked before anything is stored: in the future, before the arrival, or outside the
 * sitting is refused with the reason, and the dialog stays open.
 */
import { Controller, useForm } from 'react-hook-form';
import { normalizeClockTime } from '@shared/domain/time';
import { FormDialog } from '../../ui/FormDialog';
import { bindField } from '../../ui/schema-resolver';
import { TimeField } from '../../ui/TimeField';
import { clockTimeResolver, type TimeValues } from '../../ui/time-form';

export interface TimePromptRequest {
  memberId: string;
  name: string;
  which: 'arrived' | 'left';
  /** HH:MM to start from. */
  initial: string;
}

const resolver = clockTimeResolver('Enter a time as HH:MM, for example 16:30.');

export function TimePrompt({
  request,
  onClose,
  onRecord,
}: {
  request: TimePromptRequest;
  onClose: () => void;
  /** Records the time; returns the reason it was refused, or null once recorded. */
  onRecord: (time: string) => string | null;
}) {
  const { control, handleSubmit, setError, formState } = useForm<TimeValues>({ resolver, defaultValues: { time: request.initial } });
  const title = request.which === 'arrived' ? `Arrived late: ${request.name}` : `Left early: ${request.name}`;
  const submit = handleSubmit((values) => {
    const refused = onRecord(normalizeClockTime(values.time) ?? values.time);
    if (refused) setError('time', { message: refused });
    else onClose();
  });
  return (
    <FormDialog open title={title} submitLabel="Record" onSubmit={(event) => void submit(event)} onClose={onClose} maxWidth="xs">
      <Controller
        name="time"
        control={control}
        render={({ field }) => (
          <TimeField
            {...bindField(field)}
            autoFocus
            label={request.which === 'arrived' ? 'Arrival time' : 'Departure time'}
            error={!!formState.errors.time}
            helperText={formState.errors.time?.message ?? '24-hour clock, for example 16:30'}
            fullWidth
            slotProps={{ htmlInput: { onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
          />
        )}
      />
    </FormDialog>
  );
}
