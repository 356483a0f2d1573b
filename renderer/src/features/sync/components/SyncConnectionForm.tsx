/**
 * Where this laptop syncs: server address, database prefix, user name and password, and the
 * largest attachment. "Test connection" checks what is typed without saving; "Save and connect"
 * saves and (re)starts sync. The password goes to the OS keychain (desktop) or this browser
 * session, never into the records; leaving it empty keeps the one already stored.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ConnectionReport as Report } from '@shared/couch/connection-test';
import { useRepositories } from '../../../db/DataProvider';
import { platform } from '../../../platform/platform';
import { DEFAULT_ATTACHMENT_LIMIT_MB, SyncSettingsError, type SyncSettings, type SyncSettingsField } from '../../../sync/sync-settings';
import { errorMessage } from '../../../ui/form-errors';
import { ConnectionReport } from './ConnectionReport';

interface FormValues {
  serverUrl: string;
  prefix: string;
  username: string;
  password: string;
  attachmentLimitMb: string;
}

const FIELDS: Array<{ name: keyof FormValues; label: string; helper?: string; type?: string; autoComplete?: string }> = [
  { name: 'serverUrl', label: 'Server address', helper: 'From IT, such as https://couch.example.gov.za/', autoComplete: 'url' },
  { name: 'prefix', label: 'Database prefix', helper: 'From IT, such as quorum_mopane_ridge_', autoComplete: 'off' },
  { name: 'username', label: 'User name', helper: 'Your own account on the server', autoComplete: 'username' },
  { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
  { name: 'attachmentLimitMb', label: 'Largest attachment (MB)', helper: 'Bigger files are refused with a message', type: 'number' },
];

export function SyncConnectionForm({ current }: { current: SyncSettings | null }) {
  const repos = useRepositories();
  const [report, setReport] = useState<Report | null>(null);
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [hasPassword, setHasPassword] = useState(false);
  const { control, handleSubmit, getValues, setError, clearErrors, setValue, formState } = useForm<FormValues>({
    defaultValues: {
      serverUrl: current?.serverUrl ?? '',
      prefix: current?.prefix ?? '',
      username: current?.username ?? '',
      password: '',
      attachmentLimitMb: String(current?.attachmentLimitMb ?? DEFAULT_ATTACHMENT_LIMIT_MB),
    },
  });

  useEffect(() => {
    let live = true;
    void repos.sync.hasStoredPassword().then((stored) => live && setHasPassword(stored));
    return () => {
      live = false;
    };
  }, [repos, current]);

  const passwordHelper = hasPassword
    ? 'A password is stored: leave this empty to keep it'
    : platform.kind === 'desktop'
      ? "Kept in this computer's keychain, never in Quorum's records"
      : 'Kept for this browser session only, never in Quorum’s records';

  const test = async () => {
    setTesting(true);
    setOutcome(null);
    setReport(null);
    try {
      const values = getValues();
      setReport(await repos.sync.testConnection({ serverUrl: values.serverUrl, prefix: values.prefix, username: values.username, password: values.password }));
    } catch (error) {
      setOutcome({ ok: false, message: `The test could not run: ${errorMessage(error)}` });
    } finally {
      setTesting(false);
    }
  };

  const save = handleSubmit(async (values) => {
    setOutcome(null);
    setReport(null);
    clearErrors();
    try {
      const saved = await repos.sync.saveSettings({
        serverUrl: values.serverUrl,
        prefix: values.prefix,
        username: values.username,
        password: values.password,
        attachmentLimitMb: Number(values.attachmentLimitMb),
      });
      setValue('password', '');
      setValue('serverUrl', saved.settings.serverUrl);
      const where =
        saved.persistence === 'encrypted'
          ? ' The password is kept in this computer’s keychain.'
          : saved.persistence === 'session'
            ? ' The password is kept for this browser session only: enter it again next time.'
            : '';
      setOutcome({ ok: true, message: `Saved. Sync starts now.${where}` });
    } catch (error) {
      if (error instanceof SyncSettingsError) {
        for (const [field, message] of Object.entries(error.fieldErrors) as Array<[SyncSettingsField, string]>) {
          setError(field === 'attachmentLimitMb' ? 'attachmentLimitMb' : field, { message });
        }
        setOutcome({ ok: false, message: 'Not saved: correct the marked fields.' });
      } else {
        setOutcome({ ok: false, message: `Not saved: ${errorMessage(error)}` });
      }
    }
  });

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={(event) => void save(event)} sx={{ maxWidth: 640 }} aria-label="Sync server">
      {FIELDS.map((f) => (
        <Controller
          key={f.name}
          name={f.name}
          control={control}
          render={({ field }) => (
            <TextField
              {...field}
              label={f.label}
              type={f.type ?? 'text'}
              autoComplete={f.autoComplete}
              error={!!formState.errors[f.name]}
              helperText={formState.errors[f.name]?.message ?? (f.name === 'password' ? passwordHelper : f.helper)}
              slotProps={f.type === 'number' ? { htmlInput: { min: 1, max: 2000, step: 1, inputMode: 'numeric' } } : { htmlInput: { spellCheck: false } }}
            />
          )}
        />
      ))}
      {outcome ? <Alert severity={outcome.ok ? 'success' : 'error'}>{outcome.message}</Alert> : null}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Save and connect
        </Button>
        <Button onClick={() => void test()} disabled={testing} variant="outlined">
          {testing ? 'Testing…' : 'Test connection'}
        </Button>
      </Stack>
      {report ? <ConnectionReport report={report} /> : null}
    </Stack>
  );
}
