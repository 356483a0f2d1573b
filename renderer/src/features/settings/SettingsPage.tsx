/** Settings: who uses this device, the municipality's particulars, departments, and the app. */
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '@shared/ipc-contract';
import { platform } from '../../platform/platform';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { MunicipalityForm } from './components/MunicipalityForm';
import { ProfileForm } from './components/ProfileForm';
import { useDepartments, useMunicipality } from './hooks';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 3 }}>
      <Typography variant="h2" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

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

export function SettingsPage() {
  const municipality = useMunicipality();
  const departments = useDepartments();
  return (
    <>
      <PageHeader title="Settings" />
      <Stack spacing={3}>
        <Section title="You">
          <ProfileForm />
        </Section>
        <Section title="Municipality">
          <LiveView live={municipality}>
            {(current) => (current ? <MunicipalityForm current={current} /> : null)}
          </LiveView>
        </Section>
        <Section title="Departments">
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
        </Section>
        <Section title="About Quorum">
          <AboutQuorum />
        </Section>
      </Stack>
    </>
  );
}
