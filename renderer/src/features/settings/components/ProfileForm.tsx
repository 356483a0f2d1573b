/** The name of the person using this device, recorded with each change they make. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';

export function ProfileForm() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const [name, setName] = useState(profile?.userName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaved(false);
    try {
      await repos.profile.setUserName(name);
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      sx={{ maxWidth: 480 }}
    >
      <TextField
        label="Your name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={!!error}
        helperText={error ?? 'Shown in the audit trail beside every change made on this device'}
        required
      />
      {saved ? <Alert severity="success">Your name is saved.</Alert> : null}
      <div>
        <Button type="submit" variant="contained">
          Save name
        </Button>
      </div>
    </Stack>
  );
}
