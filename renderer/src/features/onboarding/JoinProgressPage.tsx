/**
 * A new laptop joining its municipality: the first screen until what a person needs to work has
 * arrived (the essentials); the rest follows in the background once Quorum opens. The person may
 * open Quorum earlier with what has arrived (offline halfway, say); the pages then say what is
 * still missing.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { DEFAULT_TIME_ZONE } from '@shared/domain/time';
import { ESSENTIAL_COLLECTIONS, type JoinStatus } from '@shared/sync/join';
import { describeSyncStatus } from '@shared/sync/status';
import { JoinProgress } from '../sync/components/JoinProgress';
import { useSyncStatus } from '../sync/hooks';

export function JoinProgressPage({ status, municipalityName, onOpen }: { status: JoinStatus; municipalityName: string; onOpen: () => void }) {
  const sync = useSyncStatus();
  const line = sync.data ? describeSyncStatus(sync.data, DEFAULT_TIME_ZONE) : null;
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 620, width: '100%' }}>
        <Typography variant="h1" component="h1" gutterBottom>
          Getting {municipalityName}&apos;s records
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          Quorum opens as soon as what you need to work has arrived. Query timelines and the audit trail follow in the background while you work. If this laptop
          is closed or goes offline, it carries on where it stopped.
        </Typography>
        <JoinProgress status={status} collections={ESSENTIAL_COLLECTIONS} label="Records you need to work" />
        {line && line.tone !== 'ok' ? (
          <Alert severity={line.tone === 'error' ? 'error' : 'info'} role="status" aria-label="Sync" sx={{ mt: 2 }}>
            {line.text}
          </Alert>
        ) : null}
        <Button variant="outlined" onClick={onOpen} sx={{ mt: 3 }}>
          Open Quorum now with what has arrived
        </Button>
      </Paper>
    </Box>
  );
}
