/** The live quorum: members present against members needed, announced when it changes. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningIcon from '@mui/icons-material/Warning';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { quorumMessage, type QuorumState } from '@shared/domain/attendance';

export function QuorumIndicator({ state, when }: { state: QuorumState; when?: string }) {
  const ok = state.hasQuorum;
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-label="Quorum"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 1,
        px: 1.5,
        py: 0.75,
        borderRadius: 1,
        bgcolor: ok ? 'success.light' : 'error.light',
        color: ok ? 'success.contrastText' : 'error.contrastText',
      }}
    >
      {ok ? <CheckCircleIcon fontSize="small" aria-hidden="true" /> : <WarningIcon fontSize="small" aria-hidden="true" />}
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {quorumMessage(state)}
        {when ? ` · ${when}` : ''}
      </Typography>
    </Box>
  );
}
