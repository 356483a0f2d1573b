/**
 * The app shell's notice about the desktop app's own updates: download progress, "Restart to
 * update" when ready (or a wait while a meeting is in session), and failures of a check the
 * person asked for. A check at start-up that finds no network stays quiet (Quorum works
 * offline; Help → About says what happened). It also keeps the main process told whether a
 * meeting is in session. In a browser it renders nothing.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useState } from 'react';
import type { UpdateState } from '@shared/ipc-contract';
import { platform } from './platform';
import { updateNotice } from './update-notice';
import { useMeetingInSessionReport } from './use-meeting-in-session-report';
import { useUpdateState } from './use-update-state';
import { errorMessage } from '@shared/error-message';

export function UpdateNotice() {
  useMeetingInSessionReport();
  const state = useUpdateState();
  const [dismissed, setDismissed] = useState<UpdateState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const notice = updateNotice(state);
  if (!notice || state === dismissed) return null;

  const install = () => {
    setFailure(null);
    platform.updates.install().catch((error: unknown) => setFailure(errorMessage(error)));
  };
  const canDismiss = notice.action !== 'install' && notice.progress === undefined;

  return (
    <Box component="aside" aria-label="Quorum updates" sx={{ mb: 2 }}>
      <Alert
        role="status"
        severity={failure ? 'warning' : notice.severity}
        {...(canDismiss ? { onClose: () => setDismissed(state) } : {})}
        action={
          notice.action ? (
            <Button color="inherit" size="small" onClick={install}>
              {notice.action === 'install' ? 'Restart to update' : 'Install after the meeting'}
            </Button>
          ) : undefined
        }
      >
        {failure ?? notice.text}
        {notice.progress !== undefined ? (
          <LinearProgress variant="determinate" value={notice.progress} aria-label="Update download progress" sx={{ mt: 1, minWidth: 240 }} />
        ) : null}
      </Alert>
    </Box>
  );
}
