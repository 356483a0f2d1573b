/**
 * Settings → General → You: which of the municipality's officials the person on this laptop is.
 * "My queries" lists the open queries assigned to that official's record, so it keeps working
 * when the name on a query is written differently; the choice stays on this laptop.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';
import { OfficialSelect } from '../../bodies/components/OfficialSelect';
import { useMembers } from '../../bodies/hooks';
import { useDepartments } from '../hooks';

export function OfficialIdentityForm() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const members = useMembers();
  const departments = useDepartments();
  const [officialId, setOfficialId] = useState(profile?.officialId ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    try {
      await repos.profile.setOfficial(officialId);
      setMessage({ ok: true, text: officialId ? '“My queries” now lists the queries assigned to you.' : 'You are not linked to an official.' });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  };
  return (
    <Stack
      component="form"
      aria-label="Which official you are"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      sx={{ maxWidth: 480 }}
    >
      <OfficialSelect
        label="I am (for “My queries”)"
        emptyLabel="Not an official on the list"
        members={members.data ?? []}
        departments={departments.data ?? []}
        departmentId=""
        value={officialId}
        onChange={setOfficialId}
        helperText="Kept on this laptop only. “My queries” lists the open queries assigned to this official."
      />
      {message ? <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
      <div>
        <Button type="submit" variant="outlined">
          Save who I am
        </Button>
      </div>
    </Stack>
  );
}
