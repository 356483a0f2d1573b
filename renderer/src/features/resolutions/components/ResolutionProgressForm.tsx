/** A progress note on a resolution's implementation, with the status it moves to; the register shows the latest note's first line. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Resolution } from '@shared/schemas';
import { IMPLEMENTATION_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';

export function ResolutionProgressForm({ resolution }: { resolution: Resolution }) {
  const repos = useRepositories();
  const action = useAction();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'not_started' | 'in_progress' | 'implemented'>(
    resolution.status === 'not_started' ? 'in_progress' : resolution.status === 'implemented' ? 'implemented' : 'in_progress',
  );
  const [missing, setMissing] = useState(false);
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label="Add a progress note"
      onSubmit={(event) => {
        event.preventDefault();
        if (!note.trim()) {
          setMissing(true);
          return;
        }
        setMissing(false);
        void action.run(() => repos.resolutions.addProgress(resolution.id, note, status)).then((ok) => ok && setNote(''));
      }}
      sx={{ mt: 2 }}
    >
      <TextField
        label="Progress note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        error={missing}
        helperText={missing ? 'Progress note is required.' : undefined}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField select label="Implementation status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)} sx={{ minWidth: 220 }}>
          {(['not_started', 'in_progress', 'implemented'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {IMPLEMENTATION_STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={action.busy}>
          Add progress note
        </Button>
      </Stack>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
    </Stack>
  );
}
