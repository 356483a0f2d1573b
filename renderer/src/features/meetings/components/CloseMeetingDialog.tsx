/**
 * Closing a meeting records when it closed: now by default, or the time typed by a secretary
 * who closes the record after the sitting. The workflow checks the time (not in the future, not
 * before the opening or a recorded arrival or departure, shared/domain/meeting-integrity.ts);
 * a refused time is said under the field and nothing changes.
 */
import Typography from '@mui/material/Typography';
import { sittingDate, typedCloseInstant } from '@shared/domain/meeting-integrity';
import { formatLongDate, instantToTime } from '@shared/domain/time';
import type { Meeting } from '@shared/schemas';
import { TimeDialog } from '../../../ui/TimeDialog';

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
  return (
    <TimeDialog
      title="Close the meeting"
      submitLabel="Close the meeting"
      label="Time the meeting closed"
      hint={`On ${formatLongDate(date, timeZone)}, 24-hour clock`}
      invalidMessage="Enter the time the meeting closed as HH:MM, for example 16:30."
      initial={instantToTime(new Date(), timeZone)}
      intro={<Typography variant="body2">Minutes can still be completed and corrected until they are confirmed.</Typography>}
      onClose={onClose}
      onRecord={(clock) => onCloseMeeting(typedCloseInstant(date, clock, timeZone, meeting.openedAt, new Date()))}
    />
  );
}
