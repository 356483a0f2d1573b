/** A progress note on a resolution's implementation, with the status it moves to; the register shows the latest note's first line. */
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Resolution } from '@shared/schemas';
import { IMPLEMENTATION_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { PROGRESS_FIELD_OF, PROGRESS_NOTE_MAX, PROGRESS_STATUSES, progressDefaults, progressResolver, type ProgressValues } from './resolution-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';

export function ResolutionProgressForm({ resolution }: { resolution: Resolution }) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, getValues, resetField, formState } = useForm<ProgressValues>({
    resolver: progressResolver,
    defaultValues: progressDefaults(resolution),
  });
  const add = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await repos.resolutions.addProgress(resolution.id, values.note, values.status);
      // Words typed while the note was saved are the next note: keep them.
      if (getValues('note') === values.note) resetField('note');
    } catch (error) {
      showSaveError(error, PROGRESS_FIELD_OF, setError, setGeneral);
    }
  });
  const errors = formState.errors;
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label="Add a progress note"
      onSubmit={(event) => {
        event.preventDefault();
        void add(event);
      }}
      sx={{ mt: 2 }}
    >
      <Controller
        name="note"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Progress note"
            maxLength={PROGRESS_NOTE_MAX}
            multiline
            minRows={2}
            error={!!errors.note}
            helperText={errors.note?.message}
          />
        )}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Controller
          name="status"
          control={control}
          render={({ field }) => (
            <TextField
              {...bindField(field)}
              select
              label="Implementation status"
              error={!!errors.status}
              helperText={errors.status?.message}
              sx={{ minWidth: 220 }}
            >
              {PROGRESS_STATUSES.map((s) => (
                <MenuItem key={s} value={s}>
                  {IMPLEMENTATION_STATUS_LABELS[s]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Add progress note
        </Button>
      </Stack>
      <GeneralErrors messages={general} />
    </Stack>
  );
}
