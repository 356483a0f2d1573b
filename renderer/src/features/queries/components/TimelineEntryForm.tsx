/** Adds a note, phone call, letter or email to a query's timeline. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { queryEventSchema } from '@shared/schemas/query-event';
import { QUERY_EVENT_KIND_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField, schemaResolver } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';
import type { TimelineEntryKind } from '../queries.repository';
import { isSaveKey } from '../../../app/shortcuts';

const KINDS: TimelineEntryKind[] = ['note', 'call', 'letter', 'email'];

export interface TimelineEntryValues {
  kind: TimelineEntryKind;
  text: string;
}

/** The entry's checks: something written (the repository's words), within the event schema's limit. */
export const timelineEntryResolver = schemaResolver<TimelineEntryValues>({
  schema: queryEventSchema,
  fields: { text: 'text' },
  check: (values) => (values.text.trim() ? {} : { text: 'Write what was said or done.' }),
});

const TEXT_MAX = schemaMaxLength(queryEventSchema, 'text') ?? 100_000;

export function TimelineEntryForm({ queryId }: { queryId: string }) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string | null>(null);
  const { control, handleSubmit, setError, resetField, getValues, formState } = useForm<TimelineEntryValues>({
    resolver: timelineEntryResolver,
    defaultValues: { kind: 'note', text: '' },
  });

  const add = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await repos.queries.addEntry(queryId, values.kind, values.text);
      // Words typed while the entry was saved are the next entry: keep them.
      if (getValues('text') === values.text) resetField('text');
    } catch (e) {
      const message = mapRecordErrors(e, { text: 'text' as const })?.fields.text;
      if (message) setError('text', { message });
      else setGeneral(errorMessage(e));
    }
  });

  const errors = formState.errors;
  return (
    <form
      noValidate
      aria-label="Add to the timeline"
      onSubmit={(event) => {
        event.preventDefault();
        void add(event);
      }}
    >
      <Stack spacing={1.5}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <Controller
            name="kind"
            control={control}
            render={({ field }) => (
              <TextField {...bindField(field)} select size="small" label="Entry" sx={{ minWidth: 150 }}>
                {KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {QUERY_EVENT_KIND_LABELS[k]}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            name="text"
            control={control}
            render={({ field }) => (
              <LimitedTextField
                {...bindField(field)}
                size="small"
                label="What was said or done"
                maxLength={TEXT_MAX}
                multiline
                minRows={1}
                error={!!errors.text}
                helperText={errors.text?.message}
                sx={{ flex: 1 }}
                onKeyDown={(event) => {
                  if (isSaveKey(event)) {
                    event.preventDefault();
                    void add();
                  }
                }}
              />
            )}
          />
        </Stack>
        {general ? <Alert severity="error">{general}</Alert> : null}
        <Stack direction="row">
          <Button type="submit" variant="outlined" size="small" disabled={formState.isSubmitting}>
            Add to timeline
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
