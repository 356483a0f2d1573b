/** The root component: theme, database, first-run setup, then the routed app. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { openBrowserDatabase } from '../db/browser-database';
import { DataProvider, useDeviceProfile } from '../db/DataProvider';
import { JoinProgressPage } from '../features/onboarding/JoinProgressPage';
import { WelcomePage } from '../features/onboarding/WelcomePage';
import { useJoinStatus } from '../features/sync/hooks';
import { useMunicipality } from '../features/settings/hooks';
import { SyncRunner } from '../sync/SyncRunner';
import { Loading } from '../ui/LoadState';
import { createAppRouter } from './router';
import { AppearanceTheme } from './AppearanceTheme';

function StartupError({ message }: { message: string }) {
  return (
    <Box component="main" sx={{ p: 4 }}>
      <Alert severity="error">
        Quorum could not open its records on this device: {message}. Close other Quorum windows and try again; if it persists, ask IT to check that the browser
        allows local storage (IndexedDB).
      </Alert>
    </Box>
  );
}

function SetupGate() {
  const municipality = useMunicipality();
  const profile = useDeviceProfile();
  const join = useJoinStatus();
  // A new laptop joining its municipality opens once what a person needs has arrived, or earlier
  // if the person says so; once open, it stays open (a database that answers again later must
  // not take the person back to the first screen).
  const [opened, setOpened] = useState(false);
  const joining = join.data?.phase === 'essentials' && join.data.startedEmpty;
  const ready = municipality.data !== null && municipality.data !== undefined && profile !== null && profile !== undefined;
  // Set while rendering (React's way to adjust state to what was just read), not in an effect.
  if (ready && join.status === 'ready' && !joining && !opened) setOpened(true);
  const router = useMemo(() => createAppRouter(), []);
  const page =
    municipality.status === 'loading' ? (
      <Loading label="Opening your records…" />
    ) : !municipality.data || !profile ? (
      <WelcomePage municipalityName={municipality.data?.name ?? null} />
    ) : joining && !opened && join.data ? (
      <JoinProgressPage status={join.data} municipalityName={municipality.data.name} onOpen={() => setOpened(true)} />
    ) : (
      <RouterProvider router={router} />
    );
  // The theme this laptop's person chose (Settings → Appearance) once their profile is read.
  return <AppearanceTheme appearance={profile?.appearance}>{page}</AppearanceTheme>;
}

export function App() {
  return (
    <AppearanceTheme>
      <DataProvider open={openBrowserDatabase} opening={<Loading label="Opening your records…" />} failed={(message) => <StartupError message={message} />}>
        <SyncRunner />
        <SetupGate />
      </DataProvider>
    </AppearanceTheme>
  );
}
