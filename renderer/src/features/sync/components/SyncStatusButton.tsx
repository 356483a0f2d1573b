/**
 * The sync state in the app bar, always visible: "Offline · 3 changes waiting", "Syncing…",
 * "Up to date · last synced 14:03", or "Error · the reason · what to do". One click opens the
 * sync log. Changes are announced to screen readers through a polite live region.
 */
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudQueueIcon from '@mui/icons-material/CloudQueue';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { describeSyncStatus, type StatusTone } from '@shared/sync/status';
import { useTimeZone } from '../../settings/hooks';
import { useSyncStatus } from '../hooks';
import { useMenuCommand } from '../../../platform/use-menu-command';
import { SyncLogDialog } from './SyncLogDialog';

const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

const ICONS: Record<StatusTone, ReactNode> = {
  neutral: <CloudQueueIcon />,
  working: <SyncIcon />,
  ok: <CloudDoneIcon />,
  warning: <CloudOffIcon />,
  error: <ErrorOutlineIcon />,
};

export function SyncStatusButton() {
  const status = useSyncStatus();
  const timeZone = useTimeZone();
  const [open, setOpen] = useState(false);
  // The command palette's "Open the sync log".
  useMenuCommand('sync-log', () => setOpen(true));
  if (status.status !== 'ready') return null;
  const { text, tone } = describeSyncStatus(status.data, timeZone);
  return (
    <>
      <Button
        color="inherit"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title={`${text} — open the sync log`}
        startIcon={<span aria-hidden="true">{ICONS[tone]}</span>}
        sx={{
          textTransform: 'none',
          minWidth: 0,
          maxWidth: { xs: 220, sm: 380, lg: 560 },
          px: 1.5,
          flexShrink: 1,
          bgcolor: tone === 'error' ? 'error.main' : tone === 'warning' ? 'rgba(255,255,255,0.16)' : 'transparent',
          '&:hover': { bgcolor: tone === 'error' ? 'error.dark' : 'rgba(255,255,255,0.24)' },
        }}
      >
        <Box component="span" sx={HIDDEN}>
          Sync:{' '}
        </Box>
        {/* Two lines at most: an error's reason and what to do must both be seen. */}
        <Box
          component="span"
          sx={{
            overflow: 'hidden',
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            textAlign: 'left',
            lineHeight: 1.25,
            fontSize: '0.8125rem',
          }}
        >
          {text}
        </Box>
      </Button>
      <Box role="status" aria-live="polite" sx={HIDDEN}>
        {`Sync: ${text}`}
      </Box>
      <SyncLogDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
