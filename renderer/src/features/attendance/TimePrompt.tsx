/**
 * Asks the time of a late arrival or an early departure (keys L and D on a register row). The
 * time is checked before anything is stored: in the future, before the arrival, or outside the
 * sitting is refused with the reason, and the dialog stays open.
 */
import { TimeDialog } from '../../ui/TimeDialog';

export interface TimePromptRequest {
  memberId: string;
  name: string;
  which: 'arrived' | 'left';
  /** HH:MM to start from. */
  initial: string;
}

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
  const arrived = request.which === 'arrived';
  return (
    <TimeDialog
      title={arrived ? `Arrived late: ${request.name}` : `Left early: ${request.name}`}
      submitLabel="Record"
      label={arrived ? 'Arrival time' : 'Departure time'}
      hint="24-hour clock, for example 16:30"
      invalidMessage="Enter a time as HH:MM, for example 16:30."
      initial={request.initial}
      wide
      onClose={onClose}
      onRecord={onRecord}
    />
  );
}
