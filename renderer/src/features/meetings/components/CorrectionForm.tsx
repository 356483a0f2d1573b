/**
 * Records a correction against confirmed minutes: what is corrected, why, and the text before
 * and after. Every problem is said beside its field on the first submit and nothing is sent until
 * all is well; the register's refusals go beside their field or above the form. Only what was
 * saved is cleared: text typed while the correction was being recorded is kept.
 */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { correctionFieldOf, correctionResolver, EMPTY_CORRECTION, type CorrectionField, type CorrectionValues } from './correction-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';
import { clearSaved } from '../../../ui/clear-saved';
import { GrowingTextField } from '../../../ui/GrowingTextField';

const FIELDS: readonly CorrectionField[] = ['target', 'reason', 'before', 'after'];

export function CorrectionForm({ meetingId }: { meetingId: string }) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, getValues, setValue, formState } = useForm<CorrectionValues>({
    resolver: correctionResolver,
    defaultValues: EMPTY_CORRECTION,
  });
  const errors = formState.errors;

  const record = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await repos.meetings.recordCorrection(meetingId, values);
    } catch (error) {
      showSaveError(error, error instanceof RecordValidationError ? correctionFieldOf(error.fieldErrors) : {}, setError, setGeneral);
      return;
    }
    clearSaved(values, FIELDS, getValues, (field) => setValue(field, ''));
  });

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label="Record a correction"
      onSubmit={(event) => {
        event.preventDefault();
        void record(event);
      }}
      sx={{ mt: 2, maxWidth: 640 }}
    >
      <Typography variant="h3" component="h3">
        Record a correction
      </Typography>
      <GeneralErrors messages={general} />
      <Controller
        name="target"
        control={control}
        render={({ field }) => (
          <TextField
            label="What is corrected"
            {...bindField(field)}
            error={!!errors.target}
            helperText={errors.target?.message ?? 'For example: Item 7.2, resolution C 014/2026'}
          />
        )}
      />
      <Controller
        name="reason"
        control={control}
        render={({ field }) => (
          <TextField label="Reason for the correction" required {...bindField(field)} error={!!errors.reason} helperText={errors.reason?.message} />
        )}
      />
      <Controller
        name="before"
        control={control}
        render={({ field }) => (
          <GrowingTextField label="The minutes said" multiline minRows={2} {...bindField(field)} error={!!errors.before} helperText={errors.before?.message} />
        )}
      />
      <Controller
        name="after"
        control={control}
        render={({ field }) => (
          <GrowingTextField label="Corrected to read" multiline minRows={2} {...bindField(field)} error={!!errors.after} helperText={errors.after?.message} />
        )}
      />
      <div>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Record correction
        </Button>
      </div>
    </Stack>
  );
}
