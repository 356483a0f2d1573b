/** Settings → General: who uses this device, the municipality's particulars, departments, the app. */
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc-contract';
import { platform } from '../../../platform/platform';
import { LiveView } from '../../../ui/LoadState';
import { SettingsCard } from '../../../ui/SettingsCard';
import { useDepartments, useMunicipality } from '../hooks';
import { MunicipalityForm } from './MunicipalityForm';
import { ProfileForm } from './ProfileForm';

function AboutQuorum() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.app.info().then(setInfo);
  }, []);
  if (!info) return null;
  return (
    <Typography component="p">
      {info.name} {info.version} ·{' '}
      {info.platform === 'web' ? 'running in a web browser' : `desktop app on ${info.platform} (Electron ${info.electron ?? ''})`} ·
      records are kept on this device in IndexedDB.
    </Typography>
  );
}

export function GeneralSettings() {
  const municipality = useMunicipality();
  const departments = useDepartments();
  return (
    <Stack spacing={3}>
      <SettingsCard title="You">
        <ProfileForm />
      </SettingsCard>
      <SettingsCard title="Municipality">
        <LiveView live={municipality}>{(current) => (current ? <MunicipalityForm current={current} /> : null)}</LiveView>
      </SettingsCard>
      <SettingsCard title="Departments">
        <LiveView live={departments}>
          {(list) =>
            list.length === 0 ? (
              <Typography color="text.secondary">No departments are set up yet.</Typography>
            ) : (
              <List dense aria-label="Departments">
                {list.map((d) => (
                  <ListItem key={d.id} disableGutters>
                    <ListItemText primary={`${d.name} (${d.code})`} secondary={d.director ? `Director: ${d.director}` : null} />
                  </ListItem>
                ))}
              </List>
            )
          }
        </LiveView>
      </SettingsCard>
      <SettingsCard title="About Quorum">
        <AboutQuorum />
      </SettingsCard>
    </Stack>
  );
}
