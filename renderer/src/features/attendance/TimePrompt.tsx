/**
 * Asks the time of a late arrival or an early departure (keys L and D on a register row). The
 * time is checked before anything is stored: in the future, before the arrival, or outside the
 * sitting is refused with the reason, and the dialog stays open.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { normalizeClockTime } from '@shared/domain/time';
import { TimeField } from '../../ui/TimeField';

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
  const [value, setValue] = useState(request.initial);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const title = request.which === 'arrived' ? `Arrived late: ${request.name}` : `Left early: ${request.name}`;
  const submit = () => {
    const time = normalizeClockTime(value);
    if (!time) {
      setError('Enter a time as HH:MM, for example 16:30.');
      return;
    }
    const refused = onRecord(time);
    if (refused) setError(refused);
    else onClose();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <form
          id={`${titleId}-form`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TimeField
            autoFocus
            label={request.which === 'arrived' ? 'Arrival time' : 'Departure time'}
            value={value}
            onChange={(next) => {
              setValue(next);
              setError(null);
            }}
            error={!!error}
            helperText={error ?? '24-hour clock, for example 16:30'}
            sx={{ mt: 1 }}
            fullWidth
            slotProps={{ htmlInput: { onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
          />
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form={`${titleId}-form`} variant="contained">
          Record
        </Button>
      </DialogActions>
    </Dialog>
  );
}
