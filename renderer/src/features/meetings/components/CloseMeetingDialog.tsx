/**
 * Closing a meeting records when it closed: now by default, or the time typed by a secretary
 * who closes the record after the sitting. The workflow checks the time (not in the future, not
 * before the opening or a recorded arrival or departure, shared/domain/meeting-integrity.ts);
 * a refused time is said under the field and nothing changes.
 */
import Typography from '@mui/material/Typography';
import { Controller, useForm } from 'react-hook-form';
import { sittingDate, typedCloseInstant } from '@shared/domain/meeting-integrity';
import { formatLongDate, instantToTime, normalizeClockTime } from '@shared/domain/time';
import type { Meeting } from '@shared/schemas';
import { FormDialog } from '../../../ui/FormDialog';
import { bindField } from '../../../ui/schema-resolver';
import { TimeField } from '../../../ui/TimeField';
import { clockTimeResolver, type TimeValues } from '../../../ui/time-form';

const resolver = clockTimeResolver('Enter the time the meeting closed as HH:MM, for example 16:30.');

export function CloseMeetingDialog({
  meeting,
  timeZone,
  onClose,
  onCloseMeeting,
}: {
  meeting: Meeting;
  timeZone: string;
  onClose: () => void;
  /** Closes the meeting at `at`; resolves to the reason it was refused, or null once closed. */
  onCloseMeeting: (at: string) => Promise<string | null>;
}) {
  const date = sittingDate(meeting, timeZone);
  const { control, handleSubmit, setError, formState } = useForm<TimeValues>({
    resolver,
    defaultValues: { time: instantToTime(new Date(), timeZone) },
  });

  const submit = handleSubmit(async (values) => {
    const clock = normalizeClockTime(values.time) ?? values.time;
    const refused = await onCloseMeeting(typedCloseInstant(date, clock, timeZone, meeting.openedAt, new Date()));
    if (refused) setError('time', { message: refused });
    else onClose();
  });

  return (
    <FormDialog
      open
      title="Close the meeting"
      submitLabel="Close the meeting"
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      maxWidth="xs"
    >
      <Typography variant="body2">Minutes can still be completed and corrected until they are confirmed.</Typography>
      <Controller
        name="time"
        control={control}
        render={({ field }) => (
          <TimeField
            {...bindField(field)}
            autoFocus
            label="Time the meeting closed"
            error={!!formState.errors.time}
            helperText={formState.errors.time?.message ?? `On ${formatLongDate(date, timeZone)}, 24-hour clock`}
          />
        )}
      />
    </FormDialog>
  );
}
