/** Says whether what was typed is safely stored: Saving… / Saved 14:03:12 / Not saved: why. */
import CheckIcon from '@mui/icons-material/Check';
import ErrorIcon from '@mui/icons-material/Error';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatTime } from '@shared/domain/time';
import type { SaveState } from '../useAutosave';

export function SaveStatus({ state, label, timeZone }: { state: SaveState; label: string; timeZone: string }) {
  let text = '';
  switch (state.status) {
    case 'idle':
      text = 'No changes';
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Saved ${formatTime(state.at, timeZone)}:${String(state.at.getSeconds()).padStart(2, '0')}`;
      break;
    case 'error':
      text = `Not saved: ${state.message}`;
      break;
  }
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-label={label}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: state.status === 'error' ? 'error.main' : 'text.secondary' }}
    >
      {state.status === 'saved' ? <CheckIcon fontSize="inherit" aria-hidden="true" /> : null}
      {state.status === 'error' ? <ErrorIcon fontSize="inherit" aria-hidden="true" /> : null}
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    </Box>
  );
}
