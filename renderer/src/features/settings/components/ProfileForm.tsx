/** The name of the person using this device, recorded with each change they make. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';
import { ProfileValidationError } from '../../../db/device-profile';
import { errorMessage } from '../../../ui/form-errors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { USER_NAME_MAX, profileResolver, type ProfileValues } from './profile-form';

export function ProfileForm() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const [saved, setSaved] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<ProfileValues>({
    resolver: profileResolver,
    defaultValues: { name: profile?.userName ?? '' },
  });

  const save = handleSubmit(async ({ name }) => {
    try {
      await repos.profile.setUserName(name);
      setSaved(true);
    } catch (e) {
      // The store's own check belongs beside the name; a failed write is said above the button.
      if (e instanceof ProfileValidationError) setError('name', { message: e.message });
      else setGeneral(errorMessage(e));
    }
  });
  const error = formState.errors.name?.message;

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The last "saved" belongs to the last save: a new attempt replaces it.
        setSaved(false);
        setGeneral(null);
        void save(event);
      }}
      sx={{ maxWidth: 480 }}
    >
      <Controller
        name="name"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Your name"
            maxLength={USER_NAME_MAX}
            error={!!error}
            helperText={error ?? 'Shown in the audit trail beside every change made on this device'}
            required
          />
        )}
      />
      {saved ? <Alert severity="success">Your name is saved.</Alert> : null}
      {general ? <Alert severity="error">{general}</Alert> : null}
      <div>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          Save name
        </Button>
      </div>
    </Stack>
  );
}
