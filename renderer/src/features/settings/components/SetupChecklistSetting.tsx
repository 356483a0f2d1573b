/** Settings → General: brings the dashboard's setup checklist back after it was hidden or finished. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';

export function SetupChecklistSetting() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const [shown, setShown] = useState(false);
  const choice = profile?.setupChecklist ?? 'auto';
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography>
        The dashboard lists the steps of setting up the municipality (particulars, letterhead, departments, officials, bodies, service standards, agenda
        templates and the sync server), ticked from the records. It hides itself once every step is done.
      </Typography>
      <Button
        variant="outlined"
        disabled={choice === 'shown'}
        onClick={() => {
          void repos.profile.setSetupChecklist('shown').then(() => setShown(true));
        }}
      >
        Show setup checklist
      </Button>
      {shown || choice === 'shown' ? (
        <Alert severity="success">
          The setup checklist is on the{' '}
          <RouterLink to="/dashboard" style={{ color: 'inherit' }}>
            dashboard
          </RouterLink>
          .
        </Alert>
      ) : null}
    </Stack>
  );
}
