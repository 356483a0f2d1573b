/** The municipality's particulars, used on the letterhead of every document. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { MunicipalitySettings } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { GrowingTextField } from '../../../ui/GrowingTextField';

type FormValues = Required<Pick<MunicipalitySettings, 'name' | 'shortName' | 'address' | 'phone' | 'email' | 'website'>>;
type FormField = keyof FormValues;

const FIELDS: { name: FormField; label: string; multiline?: boolean; required?: boolean }[] = [
  { name: 'name', label: 'Municipality name', required: true },
  { name: 'shortName', label: 'Short name' },
  { name: 'address', label: 'Address', multiline: true },
  { name: 'phone', label: 'Phone' },
  { name: 'email', label: 'Email' },
  { name: 'website', label: 'Website' },
];

const RECORD_TO_FORM: Partial<Record<string, FormField>> = {
  'value.name': 'name',
  'value.shortName': 'shortName',
  'value.address': 'address',
  'value.phone': 'phone',
  'value.email': 'email',
  'value.website': 'website',
  name: 'name',
  shortName: 'shortName',
  address: 'address',
  phone: 'phone',
  email: 'email',
  website: 'website',
};

export function MunicipalityForm({ current }: { current: MunicipalitySettings }) {
  const repos = useRepositories();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  // What the form's next save is made over: the particulars it opened with, then what it last saved.
  // A change synced in meanwhile is merged with it, not written over.
  const [shown, setShown] = useState(current);
  const { control, handleSubmit, setError, formState } = useForm<FormValues>({
    defaultValues: {
      name: current.name,
      shortName: current.shortName ?? '',
      address: current.address ?? '',
      phone: current.phone ?? '',
      email: current.email ?? '',
      website: current.website ?? '',
    },
  });

  const submit = handleSubmit(async (values) => {
    setStatus(null);
    const next: MunicipalitySettings = { ...current };
    for (const field of FIELDS) {
      const value = values[field.name].trim();
      if (field.name === 'name') next.name = value;
      else if (value) next[field.name] = value;
      else delete next[field.name];
    }
    try {
      await repos.settings.saveArea('municipality', next, shown);
      setShown(next);
      setStatus({ ok: true, message: 'Municipality details saved.' });
    } catch (error) {
      const mapped = mapRecordErrors(error, RECORD_TO_FORM);
      if (!mapped) {
        setStatus({ ok: false, message: `Not saved: ${errorMessage(error)}` });
        return;
      }
      for (const [field, message] of Object.entries(mapped.fields)) setError(field as FormField, { message: message });
      setStatus({ ok: false, message: mapped.general[0] ?? 'Not saved: correct the marked fields.' });
    }
  });

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={(event) => void submit(event)} sx={{ maxWidth: 640 }}>
      {FIELDS.map((f) => (
        <Controller
          key={f.name}
          name={f.name}
          control={control}
          render={({ field }) => (
            <GrowingTextField
              {...field}
              label={f.label}
              required={f.required ?? false}
              multiline={f.multiline ?? false}
              minRows={f.multiline ? 2 : undefined}
              error={!!formState.errors[f.name]}
              helperText={formState.errors[f.name]?.message}
            />
          )}
        />
      ))}
      {status ? <Alert severity={status.ok ? 'success' : 'error'}>{status.message}</Alert> : null}
      <div>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Save municipality details
        </Button>
      </div>
    </Stack>
  );
}
