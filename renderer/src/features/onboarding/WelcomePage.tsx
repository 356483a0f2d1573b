/**
 * First run: the person says who they are, then either loads the demo municipality to look
 * around, or starts their own municipality from empty.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DEMO_MUNICIPALITY_NAME } from '@shared/demo/demo-municipality';
import { useDeviceProfile, useRepositories } from '../../db/DataProvider';
import { errorMessage } from '../../ui/form-errors';
import { platform } from '../../platform/platform';
import { BACKUP_FILTERS } from '../backup/BackupSettings';
import { loadDemoMunicipality, setUpEmptyMunicipality } from './demo-loader';
import { JoinServer } from './JoinServer';

type Start = 'demo' | 'own' | 'restore' | 'join';

export function WelcomePage({ municipalityName: existing }: { municipalityName: string | null }) {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const [userName, setUserName] = useState(profile?.userName ?? '');
  const [start, setStart] = useState<Start>('demo');
  const [municipalityName, setMunicipalityName] = useState('');
  const [errors, setErrors] = useState<{ userName?: string; municipalityName?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);
  // Joining shows the server form once the person's name is saved; the records then arrive by sync.
  const [joining, setJoining] = useState(false);

  /** A new laptop starting from another's backup: the file holds the municipality and all its records. */
  const restoreFromBackup = async () => {
    const picked = await platform.files.pick({ title: 'Choose a Quorum backup to restore', filters: BACKUP_FILTERS });
    if (picked.status === 'cancelled') return;
    const plan = await repos.backup.planRestore(picked.fileName, picked.bytes);
    await repos.backup.applyRestore(plan, 'replace');
  };

  const begin = async () => {
    const found: typeof errors = {};
    if (!userName.trim()) found.userName = 'Enter your name: it is recorded with every change you make.';
    if (start === 'own' && !municipalityName.trim()) found.municipalityName = 'Enter the name of your municipality.';
    if (start === 'own' && municipalityName.trim().length > 200) found.municipalityName = 'At most 200 characters.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await repos.profile.setUserName(userName);
      if (existing) return;
      if (start === 'demo') await loadDemoMunicipality(repos, new Date());
      else if (start === 'restore') await restoreFromBackup();
      else if (start === 'join') setJoining(true);
      else await setUpEmptyMunicipality(repos, municipalityName);
    } catch (error) {
      setErrors({ general: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 560, width: '100%' }}>
        <Typography variant="h1" component="h1" gutterBottom>
          Welcome to Quorum
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          Agendas, minutes, resolutions and stakeholder queries for the council secretariat. Everything you record is kept on this device and works without a
          network.
        </Typography>
        {joining ? (
          <JoinServer />
        ) : (
          <Stack
            component="form"
            spacing={3}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void begin();
            }}
          >
            <TextField
              label="Your name"
              value={userName}
              onChange={(event) => setUserName(event.target.value)}
              error={!!errors.userName}
              helperText={errors.userName ?? 'Recorded with every change you make'}
              required
              autoFocus
            />
            {existing ? (
              <Typography>
                This device already holds the records of <strong>{existing}</strong>. Enter your name to continue.
              </Typography>
            ) : (
              <FormControl>
                <FormLabel id="start-label">How do you want to start?</FormLabel>
                <RadioGroup aria-labelledby="start-label" value={start} onChange={(event) => setStart(event.target.value as Start)}>
                  <FormControlLabel
                    value="demo"
                    control={<Radio />}
                    label={`Load demo municipality (${DEMO_MUNICIPALITY_NAME}: a fictional council with committees, meetings and queries)`}
                  />
                  <FormControlLabel value="own" control={<Radio />} label="Set up my own municipality" />
                  <FormControlLabel value="join" control={<Radio />} label="Join my municipality's Quorum server (it is already in use)" />
                  <FormControlLabel value="restore" control={<Radio />} label="Restore from a Quorum backup (a new or replaced laptop)" />
                </RadioGroup>
              </FormControl>
            )}
            {!existing && start === 'own' ? (
              <TextField
                label="Municipality name"
                value={municipalityName}
                onChange={(event) => setMunicipalityName(event.target.value)}
                error={!!errors.municipalityName}
                helperText={errors.municipalityName}
                required
              />
            ) : null}
            {errors.general ? <Alert severity="error">{errors.general}</Alert> : null}
            <div>
              <Button type="submit" variant="contained" size="large" disabled={busy}>
                {busy
                  ? 'Setting up…'
                  : existing
                    ? 'Continue'
                    : start === 'demo'
                      ? 'Load demo municipality'
                      : start === 'restore'
                        ? 'Choose backup file'
                        : start === 'join'
                          ? 'Continue'
                          : 'Start'}
              </Button>
            </div>
          </Stack>
        )}
      </Paper>
    </Box>
  );
}
