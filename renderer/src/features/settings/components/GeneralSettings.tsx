/** Settings → General: who uses this device, the municipality's particulars, departments, the app. */
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc-contract';
import { platform } from '../../../platform/platform';
import { LiveView } from '../../../ui/LoadState';
import { SettingsCard } from '../../../ui/SettingsCard';
import { useMunicipality } from '../hooks';
import { DepartmentsSettings } from './DepartmentsSettings';
import { MunicipalityForm } from './MunicipalityForm';
import { OfficialIdentityForm } from './OfficialIdentityForm';
import { ProfileForm } from './ProfileForm';
import { SetupChecklistSetting } from './SetupChecklistSetting';

function AboutQuorum() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.app.info().then(setInfo);
  }, []);
  if (!info) return null;
  return (
    <Typography component="p">
      {info.name} {info.version} · {info.platform === 'web' ? 'running in a web browser' : `desktop app on ${info.platform} (Electron ${info.electron ?? ''})`}{' '}
      · records are kept on this device in IndexedDB.
    </Typography>
  );
}

export function GeneralSettings() {
  const municipality = useMunicipality();
  return (
    <Stack spacing={3}>
      <SettingsCard title="You">
        <Stack spacing={3}>
          <ProfileForm />
          <OfficialIdentityForm />
        </Stack>
      </SettingsCard>
      <SettingsCard title="Municipality">
        <LiveView live={municipality}>{(current) => (current ? <MunicipalityForm current={current} /> : null)}</LiveView>
      </SettingsCard>
      <SettingsCard title="Departments">
        <DepartmentsSettings />
      </SettingsCard>
      <SettingsCard title="Setup checklist">
        <SetupChecklistSetting />
      </SettingsCard>
      <SettingsCard title="About Quorum">
        <AboutQuorum />
      </SettingsCard>
    </Stack>
  );
}
