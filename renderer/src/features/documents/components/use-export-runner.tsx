/**
 * Runs an export for a component: one at a time, a spinner on the button that started it,
 * the saved file announced (with Open and Show in folder in the desktop app), and anything
 * that went wrong, or a template that could not be used, said in a message that stays until
 * dismissed. An export that reports its progress (a long register, built off the main thread)
 * shows it in a panel with a Cancel, once it has run for a moment.
 */
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BuildProgress } from '@shared/documents/resolution-register';
import { useSavedFileNotice } from '../../../platform/SavedFileNotice';
import { errorMessage } from '../../../ui/form-errors';
import type { DocumentExporter, ExportOutcome } from '../document-exporter';
import { useDocumentExporter } from '../hooks';
import type { BuildHooks } from '../register-build';
import { ExportProgressPanel, type ExportProgress } from './ExportProgressPanel';

type Message = { severity: 'error' | 'warning' | 'info'; text: string };

/** The progress panel appears only for an export still running after this long. */
const PANEL_AFTER_MS = 400;

export interface ExportRunner {
  /** The key of the export under way, if any. */
  busy: string | null;
  run: (key: string, what: string, task: (exporter: DocumentExporter, hooks: BuildHooks) => Promise<ExportOutcome>) => void;
  feedback: ReactNode;
}

export function useExportRunner(): ExportRunner {
  const exporter = useDocumentExporter();
  const saved = useSavedFileNotice();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [panelDue, setPanelDue] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setPanelDue(true), PANEL_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const run = (key: string, what: string, task: (exporter: DocumentExporter, hooks: BuildHooks) => Promise<ExportOutcome>) => {
    if (busy) return;
    const abort = new AbortController();
    controller.current = abort;
    setBusy(key);
    setMessage(null);
    setProgress(null);
    setPanelDue(false);
    const report: BuildProgress = (step) => setProgress({ what, step });
    task(exporter, { progress: report, signal: abort.signal })
      .then((outcome) => {
        saved.announce(outcome.result);
        if (outcome.notice) setMessage({ severity: 'warning', text: outcome.notice });
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) setMessage({ severity: 'info', text: `The ${what} export was cancelled: no file was saved.` });
        else setMessage({ severity: 'error', text: `The ${what} could not be exported: ${errorMessage(error)}` });
      })
      .finally(() => {
        controller.current = null;
        setBusy(null);
        setProgress(null);
        setPanelDue(false);
      });
  };

  const feedback = (
    <>
      {saved.notice}
      <ExportProgressPanel progress={busy && panelDue ? progress : null} onCancel={() => controller.current?.abort()} />
      <Snackbar open={message !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert role="alert" severity={message?.severity ?? 'error'} variant="filled" onClose={() => setMessage(null)} sx={{ maxWidth: 640 }}>
          {message?.text}
        </Alert>
      </Snackbar>
    </>
  );
  return { busy, run, feedback };
}
