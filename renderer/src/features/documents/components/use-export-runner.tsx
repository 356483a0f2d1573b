/**
 * Runs an export for a component: one at a time, a spinner on the button that started it,
 * the saved file announced (with Open and Show in folder in the desktop app), and anything
 * that went wrong, or a template that could not be used, said in a message that stays until
 * dismissed.
 */
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useState, type ReactNode } from 'react';
import { useSavedFileNotice } from '../../../platform/SavedFileNotice';
import { errorMessage } from '../../../ui/form-errors';
import type { DocumentExporter, ExportOutcome } from '../document-exporter';
import { useDocumentExporter } from '../hooks';

type Message = { severity: 'error' | 'warning'; text: string };

export interface ExportRunner {
  /** The key of the export under way, if any. */
  busy: string | null;
  run: (key: string, what: string, task: (exporter: DocumentExporter) => Promise<ExportOutcome>) => void;
  feedback: ReactNode;
}

export function useExportRunner(): ExportRunner {
  const exporter = useDocumentExporter();
  const saved = useSavedFileNotice();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const run = (key: string, what: string, task: (exporter: DocumentExporter) => Promise<ExportOutcome>) => {
    if (busy) return;
    setBusy(key);
    setMessage(null);
    task(exporter)
      .then((outcome) => {
        saved.announce(outcome.result);
        if (outcome.notice) setMessage({ severity: 'warning', text: outcome.notice });
      })
      .catch((error: unknown) => setMessage({ severity: 'error', text: `The ${what} could not be exported: ${errorMessage(error)}` }))
      .finally(() => setBusy(null));
  };

  const feedback = (
    <>
      {saved.notice}
      <Snackbar open={message !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert role="alert" severity={message?.severity ?? 'error'} variant="filled" onClose={() => setMessage(null)} sx={{ maxWidth: 640 }}>
          {message?.text}
        </Alert>
      </Snackbar>
    </>
  );
  return { busy, run, feedback };
}
