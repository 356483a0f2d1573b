/** Settings → Sync: the server this laptop syncs with, the state of sync, and stopping it here. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { describeSyncStatus } from '@shared/sync/status';
import { useRepositories } from '../../db/DataProvider';
import { LiveView } from '../../ui/LoadState';
import { SettingsCard } from '../../ui/SettingsCard';
import { useTimeZone } from '../settings/hooks';
import { SyncConnectionForm } from './components/SyncConnectionForm';
import { SyncDetailsTable } from './components/SyncDetailsTable';
import { useSyncSettings, useSyncStatus } from './hooks';

function StopSyncing() {
  const repos = useRepositories();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography>
        Stop syncing on this laptop and forget the server and password. Every record stays on this laptop; changes made from now on are not sent until a server
        is set up again.
      </Typography>
      {confirming ? (
        <Stack direction="row" spacing={1}>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              void repos.sync.forgetServer().then(
                () => setMessage('Sync is stopped on this laptop.'),
                (error: unknown) => setMessage(`Not stopped: ${String(error)}`),
              );
              setConfirming(false);
            }}
          >
            Yes, stop syncing here
          </Button>
          <Button onClick={() => setConfirming(false)}>Keep syncing</Button>
        </Stack>
      ) : (
        <Button color="error" variant="outlined" onClick={() => setConfirming(true)}>
          Stop syncing on this laptop
        </Button>
      )}
      {message ? <Alert severity="info">{message}</Alert> : null}
    </Stack>
  );
}

export function SyncSettings() {
  const repos = useRepositories();
  const settings = useSyncSettings();
  const status = useSyncStatus();
  const timeZone = useTimeZone();
  return (
    <Stack spacing={3}>
      <SettingsCard title="Sync server">
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Quorum keeps every record on this laptop and, when the network is there, exchanges changes with the municipality’s CouchDB server by itself.
        </Typography>
        <LiveView live={settings}>{(current) => <SyncConnectionForm current={current} />}</LiveView>
      </SettingsCard>
      <SettingsCard title="Sync status">
        <LiveView live={status}>
          {(current) => (
            <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Typography role="status">{describeSyncStatus(current, timeZone).text}</Typography>
              <Button variant="outlined" onClick={() => repos.sync.syncNow()} disabled={current.phase === 'not-configured'}>
                Sync now
              </Button>
              <SyncDetailsTable />
            </Stack>
          )}
        </LiveView>
      </SettingsCard>
      <LiveView live={settings}>
        {(current) =>
          current ? (
            <SettingsCard title="This laptop">
              <StopSyncing />
            </SettingsCard>
          ) : null
        }
      </LiveView>
    </Stack>
  );
}
