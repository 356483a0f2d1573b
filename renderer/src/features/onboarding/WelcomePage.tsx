/**
 * First run: the person says who they are, then either loads the demo municipality to look
 * around, or starts their own municipality from empty. The values are held in react-hook-form and
 * checked by welcomeResolver (welcome-form.ts): every problem is said at once, nothing is saved
 * until all is well.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { DEMO_MUNICIPALITY_NAME } from '@shared/demo/demo-municipality';
import { useDeviceProfile, useRepositories } from '../../db/DataProvider';
import { ProfileValidationError } from '../../db/device-profile';
import { showSaveError } from '../../ui/form-errors';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { bindField } from '../../ui/schema-resolver';
import { platform } from '../../platform/platform';
import { BACKUP_FILTERS } from '../backup/BackupSettings';
import { loadDemoMunicipality, setUpEmptyMunicipality } from './demo-loader';
import { JoinServer } from './JoinServer';
import { beginLabel, MUNICIPALITY_NAME_MAX, STARTS, USER_NAME_MAX, WELCOME_FIELD_OF, welcomeResolver, type Start, type WelcomeValues } from './welcome-form';
import { GeneralErrors } from '../../ui/GeneralErrors';

const isStart = (value: string): value is Start => (STARTS as readonly string[]).includes(value);

export function WelcomePage({ municipalityName: existing }: { municipalityName: string | null }) {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const resolver = useMemo(() => welcomeResolver(!!existing), [existing]);
  const { control, handleSubmit, setError, formState } = useForm<WelcomeValues>({
    resolver,
    defaultValues: { userName: profile?.userName ?? '', start: 'demo', municipalityName: '' },
  });
  const start = useWatch({ control, name: 'start' });
  const [general, setGeneral] = useState<string[]>([]);
  // Joining shows the server form once the person's name is saved; the records then arrive by sync.
  const [joining, setJoining] = useState(false);

  /** A new laptop starting from another's backup: the file holds the municipality and all its records. */
  const restoreFromBackup = async () => {
    const picked = await platform.files.pick({ title: 'Choose a Quorum backup to restore', filters: BACKUP_FILTERS });
    if (picked.status === 'cancelled') return;
    const plan = await repos.backup.planRestore(picked.fileName, picked.bytes);
    await repos.backup.applyRestore(plan, 'replace');
  };

  const begin = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await repos.profile.setUserName(values.userName);
      if (existing) return;
      if (values.start === 'demo') await loadDemoMunicipality(repos, new Date());
      else if (values.start === 'restore') await restoreFromBackup();
      else if (values.start === 'join') setJoining(true);
      else await setUpEmptyMunicipality(repos, values.municipalityName);
    } catch (error) {
      // The store's own check of the name goes beside it; a refused municipality name beside that.
      if (error instanceof ProfileValidationError) setError('userName', { message: error.message });
      else showSaveError(error, WELCOME_FIELD_OF, setError, setGeneral);
    }
  });
  const errors = formState.errors;
  const busy = formState.isSubmitting;

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
              void begin(event);
            }}
          >
            <Controller
              name="userName"
              control={control}
              render={({ field }) => (
                <LimitedTextField
                  {...bindField(field)}
                  label="Your name"
                  maxLength={USER_NAME_MAX}
                  error={!!errors.userName}
                  helperText={errors.userName?.message ?? 'Recorded with every change you make'}
                  required
                  autoFocus
                />
              )}
            />
            {existing ? (
              <Typography>
                This device already holds the records of <strong>{existing}</strong>. Enter your name to continue.
              </Typography>
            ) : (
              <FormControl>
                <FormLabel id="start-label">How do you want to start?</FormLabel>
                <Controller
                  name="start"
                  control={control}
                  render={({ field }) => (
                    <RadioGroup
                      aria-labelledby="start-label"
                      name={field.name}
                      value={field.value}
                      onChange={(event) => {
                        if (isStart(event.target.value)) field.onChange(event.target.value);
                      }}
                    >
                      <FormControlLabel
                        value="demo"
                        control={<Radio />}
                        label={`Load demo municipality (${DEMO_MUNICIPALITY_NAME}: a fictional council with committees, meetings and queries)`}
                      />
                      <FormControlLabel value="own" control={<Radio />} label="Set up my own municipality" />
                      <FormControlLabel value="join" control={<Radio />} label="Join my municipality's Quorum server (it is already in use)" />
                      <FormControlLabel value="restore" control={<Radio />} label="Restore from a Quorum backup (a new or replaced laptop)" />
                    </RadioGroup>
                  )}
                />
              </FormControl>
            )}
            {!existing && start === 'own' ? (
              <Controller
                name="municipalityName"
                control={control}
                render={({ field }) => (
                  <LimitedTextField
                    {...bindField(field)}
                    label="Municipality name"
                    maxLength={MUNICIPALITY_NAME_MAX}
                    error={!!errors.municipalityName}
                    helperText={errors.municipalityName?.message}
                    required
                  />
                )}
              />
            ) : null}
            <GeneralErrors messages={general} />
            <div>
              <Button type="submit" variant="contained" size="large" disabled={busy}>
                {beginLabel(start, !!existing, busy)}
              </Button>
            </div>
          </Stack>
        )}
      </Paper>
    </Box>
  );
}
