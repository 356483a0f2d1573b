/**
 * Settings → General → You: which of the municipality's officials the person on this laptop is.
 * "My queries" lists the open queries assigned to that official's record, so it keeps working
 * when the name on a query is written differently; the choice stays on this laptop.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { OfficialSelect } from '../../bodies/components/OfficialSelect';
import { useMembers } from '../../bodies/hooks';
import { useDepartments } from '../hooks';
import { officialIdentityResolver, officialIdentitySaved, type OfficialIdentityValues } from './profile-form';

const HINT = 'Kept on this laptop only. “My queries” lists the open queries assigned to this official.';

export function OfficialIdentityForm() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const members = useMembers();
  const departments = useDepartments();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { control, handleSubmit, formState } = useForm<OfficialIdentityValues>({
    resolver: officialIdentityResolver(members.data ?? []),
    defaultValues: { officialId: profile?.officialId ?? '' },
  });
  const save = handleSubmit(async ({ officialId }) => {
    try {
      await repos.profile.setOfficial(officialId);
      setMessage({ ok: true, text: officialIdentitySaved(officialId) });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  });
  const error = formState.errors.officialId?.message;
  return (
    <Stack
      component="form"
      aria-label="Which official you are"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        void save(event);
      }}
      sx={{ maxWidth: 480 }}
    >
      <Controller
        name="officialId"
        control={control}
        render={({ field }) => (
          <OfficialSelect
            {...bindField(field)}
            label="I am (for “My queries”)"
            emptyLabel="Not an official on the list"
            members={members.data ?? []}
            departments={departments.data ?? []}
            departmentId=""
            error={!!error}
            helperText={error ?? HINT}
          />
        )}
      />
      {message ? <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
      <div>
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          Save who I am
        </Button>
      </div>
    </Stack>
  );
}
