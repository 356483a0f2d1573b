/**
 * Above every page while a laptop's join goes on in the background: what is still arriving and
 * how long it should take. Gone once everything has arrived.
 */
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { COLLECTION_NAMES } from '@shared/schemas/vocabulary';
import { useJoinStatus } from '../hooks';
import { JoinProgress } from './JoinProgress';

export function JoinBanner() {
  const join = useJoinStatus();
  const status = join.data;
  if (!status || (status.phase !== 'background' && status.phase !== 'essentials')) return null;
  return (
    <Paper component="section" variant="outlined" aria-label="Records still arriving" sx={{ px: 2, py: 1, mb: 2 }}>
      <Typography variant="subtitle2" component="h2">
        Still arriving on this laptop
      </Typography>
      <JoinProgress status={status} collections={COLLECTION_NAMES} label="Records arriving from the server" compact />
    </Paper>
  );
}
