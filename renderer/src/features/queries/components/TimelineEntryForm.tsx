/** Adds a note, phone call, letter or email to a query's timeline. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { QUERY_EVENT_KIND_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import type { TimelineEntryKind } from '../queries.repository';

const KINDS: TimelineEntryKind[] = ['note', 'call', 'letter', 'email'];

export function TimelineEntryForm({ queryId }: { queryId: string }) {
  const repos = useRepositories();
  const [kind, setKind] = useState<TimelineEntryKind>('note');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await repos.queries.addEntry(queryId, kind, text);
      setText('');
    } catch (e) {
      setError(mapRecordErrors(e, { text: 'text' as const })?.fields.text ?? errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      aria-label="Add to the timeline"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <Stack spacing={1.5}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <TextField select size="small" label="Entry" value={kind} onChange={(event) => setKind(event.target.value as TimelineEntryKind)} sx={{ minWidth: 150 }}>
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {QUERY_EVENT_KIND_LABELS[k]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label="What was said or done"
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={1}
            error={!!error}
            helperText={error}
            sx={{ flex: 1 }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void add();
              }
            }}
          />
        </Stack>
        {error && !text ? <Alert severity="error">{error}</Alert> : null}
        <Stack direction="row">
          <Button type="submit" variant="outlined" size="small" disabled={busy}>
            Add to timeline
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
