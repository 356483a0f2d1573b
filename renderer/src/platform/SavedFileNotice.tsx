/**
 * What the person sees after an export or backup is saved: in the desktop app, "Saved <name>"
 * with "Open" and "Show in folder"; in a browser, "Downloaded <name>". Any page that saves a
 * file uses it the same way:
 *
 *   const saved = useSavedFileNotice();
 *   saved.announce(await platform.files.save(request));
 *   return <>…{saved.notice}</>;
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState, type ReactNode } from 'react';
import type { SaveFileResult } from '@shared/ipc-contract';
import { platform } from './platform';
import { errorMessage } from '@shared/error-message';

type Shown = Exclude<SaveFileResult, { status: 'cancelled' }>;

export interface SavedFileNotice {
  /** Shows the notice for a save's result; a cancelled save shows nothing. */
  announce(result: SaveFileResult): void;
  notice: ReactNode;
}

function SavedFileSnackbar({ shown, onClose }: { shown: Shown | null; onClose: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const act = (action: (fileId: string) => Promise<void>) => {
    if (shown?.status !== 'saved') return;
    setFailure(null);
    action(shown.fileId).catch((error: unknown) => setFailure(errorMessage(error)));
  };
  return (
    <Snackbar
      open={shown !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={failure ? null : 12_000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert
        role="status"
        severity={failure ? 'warning' : 'success'}
        onClose={onClose}
        variant="filled"
        action={
          shown?.status === 'saved' && !failure ? (
            <>
              <Button color="inherit" size="small" onClick={() => act((fileId) => platform.files.open(fileId))}>
                Open
              </Button>
              <Button color="inherit" size="small" onClick={() => act((fileId) => platform.files.showInFolder(fileId))}>
                Show in folder
              </Button>
            </>
          ) : undefined
        }
        sx={{ alignItems: 'center' }}
      >
        {failure ?? (shown?.status === 'saved' ? `Saved ${shown.fileName}` : `Downloaded ${shown?.fileName ?? ''}`)}
      </Alert>
    </Snackbar>
  );
}

export function useSavedFileNotice(): SavedFileNotice {
  const [shown, setShown] = useState<{ result: Shown; key: number } | null>(null);
  return {
    announce: (result) => {
      if (result.status === 'cancelled') return;
      setShown((previous) => ({ result, key: (previous?.key ?? 0) + 1 }));
    },
    // A new key per save, so the failure message of an earlier file never sticks to the next one.
    notice: <SavedFileSnackbar key={shown?.key ?? 0} shown={shown?.result ?? null} onClose={() => setShown(null)} />,
  };
}
