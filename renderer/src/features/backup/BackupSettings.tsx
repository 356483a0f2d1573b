/**
 * Settings → Backup: save a backup file of everything on this device, and restore one. Also
 * reached from the desktop menu (File → Back up… / Restore…), which opens this tab with the
 * action to start in the navigation state.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { BACKUP_EXTENSION, BackupFileError } from '@shared/backup/format';
import { formatDateTime } from '@shared/domain/time';
import { useRepositories } from '../../db/DataProvider';
import { platform } from '../../platform/platform';
import { useSavedFileNotice } from '../../platform/SavedFileNotice';
import { LiveView } from '../../ui/LoadState';
import { SettingsCard } from '../../ui/SettingsCard';
import { useTimeZone } from '../settings/hooks';
import type { RestoreChoice, RestorePlan } from './backup.service';
import { RestoreDialog } from './components/RestoreDialog';
import { useLastBackup } from './hooks';
import { restoreOutcomeSummary } from './restore-summary';
import { ReadOnlyNotice, useAccount } from '../../ui/access';
import { firstRefusal } from '@shared/couch/permissions';
import { DATABASE_SUFFIXES } from '@shared/couch/names';
import { errorMessage } from '@shared/error-message';

export const BACKUP_FILTERS = [{ name: 'Quorum backup', extensions: [BACKUP_EXTENSION] }];

/** What the menu asks this tab to start, carried in the navigation state. */
export type BackupAction = 'backup' | 'restore';

export function backupActionOf(state: unknown): BackupAction | null {
  const start = state !== null && typeof state === 'object' ? (state as { start?: unknown }).start : undefined;
  return start === 'backup' || start === 'restore' ? start : null;
}

type Busy = 'backing-up' | 'reading' | 'restoring' | null;
type Message = { severity: 'success' | 'error'; text: string };

function errorText(error: unknown): string {
  return errorMessage(error);
}

export function BackupSettings() {
  const repos = useRepositories();
  const account = useAccount();
  const timeZone = useTimeZone();
  const lastBackup = useLastBackup();
  const saved = useSavedFileNotice();
  const location = useLocation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<Busy>(null);
  const [backupMessage, setBackupMessage] = useState<Message | null>(null);
  const [restoreMessage, setRestoreMessage] = useState<Message | null>(null);
  const [plan, setPlan] = useState<RestorePlan | null>(null);

  async function backUp() {
    if (busy) return;
    setBusy('backing-up');
    setBackupMessage(null);
    try {
      const made = await repos.backup.createBackup();
      const result = await platform.files.save({ suggestedName: made.fileName, bytes: made.bytes, filters: BACKUP_FILTERS });
      if (result.status !== 'cancelled') await repos.backup.recordBackupSaved(made, result.fileName);
      saved.announce(result);
    } catch (error) {
      setBackupMessage({ severity: 'error', text: `The backup was not made: ${errorText(error)}` });
    } finally {
      setBusy(null);
    }
  }

  async function chooseBackupToRestore() {
    if (busy) return;
    setRestoreMessage(null);
    try {
      const picked = await platform.files.pick({ title: 'Choose a Quorum backup to restore', filters: BACKUP_FILTERS });
      if (picked.status === 'cancelled') return;
      setBusy('reading');
      setPlan(await repos.backup.planRestore(picked.fileName, picked.bytes));
    } catch (error) {
      const text = error instanceof BackupFileError ? error.message : `The backup could not be read: ${errorText(error)}`;
      setRestoreMessage({ severity: 'error', text });
    } finally {
      setBusy(null);
    }
  }

  async function restore(choice: RestoreChoice) {
    if (!plan) return;
    setBusy('restoring');
    try {
      const outcome = await repos.backup.applyRestore(plan, choice);
      setRestoreMessage({ severity: 'success', text: `Restored from ${plan.fileName}: ${restoreOutcomeSummary(outcome)}` });
    } catch (error) {
      setRestoreMessage({ severity: 'error', text: errorText(error) });
    } finally {
      setPlan(null);
      setBusy(null);
    }
  }

  // File → Back up… / Restore… arrive as navigation state; each navigation starts once, even
  // when React runs effects twice in development.
  const started = useRef<string | null>(null);
  const startFromMenu = useEffectEvent((action: BackupAction) => {
    void navigate(location.pathname, { replace: true, state: null });
    if (action === 'backup') void backUp();
    else void chooseBackupToRestore();
  });
  const requested = backupActionOf(location.state);
  useEffect(() => {
    if (!requested || started.current === location.key) return;
    started.current = location.key;
    startFromMenu(requested);
  }, [requested, location.key]);

  // A restore writes every kind of record: only an account that may change them all may restore.
  const restoreRefusal = firstRefusal(account, DATABASE_SUFFIXES);
  return (
    <Stack spacing={3}>
      <SettingsCard title="Back up">
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <Typography>
            A backup is one file holding every record on this device (meetings, agendas, minutes, resolutions, queries, stakeholders, settings and the audit
            trail) and the attached documents. Keep it somewhere safe, such as the municipality&apos;s network drive.
            {platform.kind === 'web' ? ' In a web browser the file goes to your downloads.' : ''}
          </Typography>
          <LiveView live={lastBackup} label="Reading when you last backed up…">
            {(last) => (
              <Typography color="text.secondary">
                {last
                  ? `Last backup from this device: ${formatDateTime(last.at, timeZone)} (${last.fileName}).`
                  : 'No backup has been saved from this device yet.'}
              </Typography>
            )}
          </LiveView>
          <div>
            <Button variant="contained" onClick={() => void backUp()} disabled={busy !== null}>
              {busy === 'backing-up' ? 'Backing up…' : 'Back up now'}
            </Button>
          </div>
          {backupMessage ? (
            <Alert severity={backupMessage.severity} role="alert">
              {backupMessage.text}
            </Alert>
          ) : null}
        </Stack>
      </SettingsCard>
      <SettingsCard title="Restore">
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <Typography>
            Restoring puts back every record and document in a backup file. The whole file is checked first: a file that is damaged or not a Quorum backup
            changes nothing. Records changed on this device since the backup are shown to you and never overwritten unless you choose to.
          </Typography>
          <div>
            {restoreRefusal ? <ReadOnlyNotice reason={restoreRefusal} /> : null}
            <Button variant="outlined" onClick={() => void chooseBackupToRestore()} disabled={busy !== null || restoreRefusal !== null}>
              {busy === 'reading' ? 'Checking the backup…' : 'Restore from a backup…'}
            </Button>
          </div>
          {restoreMessage ? (
            <Alert severity={restoreMessage.severity} role={restoreMessage.severity === 'error' ? 'alert' : 'status'}>
              {restoreMessage.text}
            </Alert>
          ) : null}
        </Stack>
      </SettingsCard>
      <RestoreDialog plan={plan} busy={busy === 'restoring'} timeZone={timeZone} onChoose={(choice) => void restore(choice)} onCancel={() => setPlan(null)} />
      {saved.notice}
    </Stack>
  );
}
