/**
 * Closing a meeting records when it closed: now by default, or the time typed by a secretary
 * who closes the record after the sitting. The workflow checks the time (not in the future, not
 * before the opening or a recorded arrival or departure, shared/domain/meeting-integrity.ts);
 * a refused time is said under the field and nothing changes.
 */
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { sittingDate, typedCloseInstant } from '@shared/domain/meeting-integrity';
import { formatLongDate, instantToTime, normalizeClockTime } from '@shared/domain/time';
import type { Meeting } from '@shared/schemas';
import { FormDialog } from '../../../ui/FormDialog';
import { TimeField } from '../../../ui/TimeField';

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
  const [time, setTime] = useState(() => instantToTime(new Date(), timeZone));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const clock = normalizeClockTime(time);
    if (!clock) {
      setError('Enter the time the meeting closed as HH:MM, for example 16:30.');
      return;
    }
    setBusy(true);
    const refused = await onCloseMeeting(typedCloseInstant(date, clock, timeZone, meeting.openedAt, new Date()));
    setBusy(false);
    if (refused) setError(refused);
    else onClose();
  };

  return (
    <FormDialog open title="Close the meeting" submitLabel="Close the meeting" onSubmit={() => void submit()} onClose={onClose} submitting={busy} maxWidth="xs">
      <Typography variant="body2">Minutes can still be completed and corrected until they are confirmed.</Typography>
      <TimeField
        autoFocus
        label="Time the meeting closed"
        value={time}
        onChange={(value) => {
          setTime(value);
          setError(null);
        }}
        error={error !== null}
        helperText={error ?? `On ${formatLongDate(date, timeZone)}, 24-hour clock`}
      />
    </FormDialog>
  );
}
