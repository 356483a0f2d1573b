/**
 * First run on a laptop joining a municipality that already uses Quorum: connect to its sync
 * server; once the municipality's records arrive, Quorum opens with them.
 */
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DEFAULT_TIME_ZONE } from '@shared/domain/time';
import { describeSyncStatus } from '@shared/sync/status';
import { SyncConnectionForm } from '../sync/components/SyncConnectionForm';
import { useSyncStatus } from '../sync/hooks';

export function JoinServer() {
  const status = useSyncStatus();
  const line = status.data ? describeSyncStatus(status.data, DEFAULT_TIME_ZONE) : null;
  return (
    <Stack spacing={2} component="section" aria-label="Join your municipality's server">
      <Typography variant="h2" component="h2">
        Connect to your municipality&apos;s server
      </Typography>
      <Typography color="text.secondary">
        Ask IT for the server address, the database prefix and your account. Quorum opens as soon as your municipality&apos;s records have arrived.
      </Typography>
      <SyncConnectionForm current={null} />
      {line ? (
        <Alert severity={line.tone === 'error' ? 'error' : line.tone === 'ok' ? 'success' : 'info'} role="status" aria-label="Sync">
          {line.text}
        </Alert>
      ) : null}
    </Stack>
  );
}
