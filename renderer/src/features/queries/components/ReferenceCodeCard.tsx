/** This laptop's reference code: the suffix that keeps references made offline from colliding. */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { SettingsCard } from '../../../ui/SettingsCard';
import { errorMessage } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { useDeviceReferenceCode } from '../hooks';

export function ReferenceCodeCard() {
  const repos = useRepositories();
  const code = useDeviceReferenceCode();
  const { control, handleSubmit, getValues, setValue, setError, formState } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    // A laptop takes its code the first time it needs one; Settings shows it at once.
    repos.queryReferences.deviceCode().catch((e: unknown) => setError('code', { message: errorMessage(e) }));
  }, [repos, setError]);

  const save = handleSubmit(async ({ code: submitted }) => {
    setSaved(false);
    try {
      await repos.queryReferences.setDeviceCode(submitted);
      // Only what was saved is cleared: a code typed meanwhile stays.
      if (getValues('code') === submitted) setValue('code', '');
      setSaved(true);
    } catch (e) {
      setError('code', { message: e instanceof RecordValidationError ? (Object.values(e.fieldErrors)[0] ?? e.message) : errorMessage(e) });
    }
  });
  const error = formState.errors.code?.message;

  return (
    <SettingsCard title="This laptop’s reference code">
      <Typography variant="body2" sx={{ mb: 2 }}>
        References logged on this laptop end in <strong aria-label="Reference code">{code.data ?? '…'}</strong>, as in Q-2026-0412-{code.data ?? 'K7'}. Every
        laptop has its own code, so references made offline never collide; IT may assign codes so that no two laptops share one.
      </Typography>
      <form noValidate onSubmit={(event) => void save(event)}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Controller
            name="code"
            control={control}
            render={({ field }) => (
              <TextField
                {...bindField(field)}
                size="small"
                label="New reference code"
                error={!!error}
                helperText={error ?? (saved ? 'Saved.' : '2 or 3 characters; no 0, 1, I, L or O')}
                slotProps={{ htmlInput: { maxLength: 3, style: { textTransform: 'uppercase' } } }}
              />
            )}
          />
          <Button type="submit" variant="outlined">
            Change code
          </Button>
        </Stack>
      </form>
    </SettingsCard>
  );
}
