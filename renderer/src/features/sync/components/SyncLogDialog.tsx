/**
 * The sync log, one click from the app bar: the state in full, what is waiting in each
 * collection, and what was sent and received, merges and errors, each with its time.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import { describeSyncStatus, formatLogTime, type StatusTone } from '@shared/sync/status';
import { useRepositories } from '../../../db/DataProvider';
import type { SyncLogKind } from '../../../sync/sync-log';
import { LiveView } from '../../../ui/LoadState';
import { useTimeZone } from '../../settings/hooks';
import { useSyncLog, useSyncStatus } from '../hooks';
import { RefusedChanges } from './RefusedChanges';
import { SyncDetailsTable } from './SyncDetailsTable';

const SEVERITY: Record<StatusTone, 'success' | 'info' | 'warning' | 'error'> = {
  neutral: 'info',
  working: 'info',
  ok: 'success',
  warning: 'warning',
  error: 'error',
};

const KIND_LABELS: Record<SyncLogKind, string> = {
  sent: 'Sent',
  received: 'Received',
  conflict: 'Merged',
  error: 'Error',
  info: 'Note',
};

const KIND_COLOURS: Record<SyncLogKind, 'default' | 'primary' | 'secondary' | 'error' | 'warning'> = {
  sent: 'primary',
  received: 'primary',
  conflict: 'warning',
  error: 'error',
  info: 'default',
};

export function SyncLogDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const repos = useRepositories();
  const status = useSyncStatus();
  const log = useSyncLog();
  const timeZone = useTimeZone();
  const navigate = useNavigate();
  const configured = status.status === 'ready' && status.data.phase !== 'not-configured';
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="sync-log-title" maxWidth="md" fullWidth scroll="paper">
      <DialogTitle id="sync-log-title">Sync</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={3}>
          <LiveView live={status}>
            {(current) => {
              const text = describeSyncStatus(current, timeZone);
              return <Alert severity={SEVERITY[text.tone]}>{text.text}</Alert>;
            }}
          </LiveView>
          <RefusedChanges />
          <section aria-labelledby="sync-log-list-title">
            <Typography variant="h3" component="h2" id="sync-log-list-title" gutterBottom>
              Sync log
            </Typography>
            <LiveView live={log}>
              {(entries) =>
                entries.length === 0 ? (
                  <Typography color="text.secondary">Nothing has been sent or received since Quorum opened.</Typography>
                ) : (
                  <List dense aria-labelledby="sync-log-list-title" disablePadding>
                    {entries.map((entry) => (
                      <ListItem key={entry.id} disableGutters alignItems="flex-start" sx={{ gap: 1.5 }}>
                        <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 64, pt: 0.25 }}>
                          {formatLogTime(entry.at, timeZone)}
                        </Typography>
                        <Chip size="small" label={KIND_LABELS[entry.kind]} color={KIND_COLOURS[entry.kind]} variant="outlined" sx={{ minWidth: 76 }} />
                        <ListItemText primary={entry.message} sx={{ my: 0 }} />
                      </ListItem>
                    ))}
                  </List>
                )
              }
            </LiveView>
          </section>
          <section aria-labelledby="sync-details-title">
            <Typography variant="h3" component="h2" id="sync-details-title" gutterBottom>
              On this laptop
            </Typography>
            <SyncDetailsTable />
          </section>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            onClose();
            void navigate('/settings/sync');
          }}
        >
          Sync settings
        </Button>
        <Button onClick={() => repos.sync.syncNow()} disabled={!configured}>
          Sync now
        </Button>
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
