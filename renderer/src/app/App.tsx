/** The root component: theme, database, first-run setup, then the routed app. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { openBrowserDatabase } from '../db/browser-database';
import { DataProvider, useDeviceProfile } from '../db/DataProvider';
import { WelcomePage } from '../features/onboarding/WelcomePage';
import { useMunicipality } from '../features/settings/hooks';
import { SyncRunner } from '../sync/SyncRunner';
import { Loading } from '../ui/LoadState';
import { createAppRouter } from './router';
import { theme } from './theme';

function StartupError({ message }: { message: string }) {
  return (
    <Box component="main" sx={{ p: 4 }}>
      <Alert severity="error">
        Quorum could not open its records on this device: {message}. Close other Quorum windows and try again; if it
        persists, ask IT to check that the browser allows local storage (IndexedDB).
      </Alert>
    </Box>
  );
}

function SetupGate() {
  const municipality = useMunicipality();
  const profile = useDeviceProfile();
  const router = useMemo(() => createAppRouter(), []);
  if (municipality.status === 'loading') return <Loading label="Opening your records…" />;
  if (!municipality.data || !profile) return <WelcomePage municipalityName={municipality.data?.name ?? null} />;
  return <RouterProvider router={router} />;
}

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <DataProvider
        open={openBrowserDatabase}
        opening={<Loading label="Opening your records…" />}
        failed={(message) => <StartupError message={message} />}
      >
        <SyncRunner />
        <SetupGate />
      </DataProvider>
    </ThemeProvider>
  );
}
