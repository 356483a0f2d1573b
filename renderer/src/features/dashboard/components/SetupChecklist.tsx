/**
 * The setup checklist on the dashboard of a municipality that starts from empty: each step is
 * ticked from the records (shared/domain/setup-checklist.ts) and links to the page where it is
 * done. It shows while a step is open, unless the person hid it; Settings → General shows it again.
 */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { map } from 'rxjs';
import { Link as RouterLink } from 'react-router';
import { setupChecklist, showSetupChecklist } from '@shared/domain/setup-checklist';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';
import { useLive } from '../../../db/use-live';
import { useBodies, useMembers } from '../../bodies/hooks';
import { useDepartments, useMunicipality } from '../../settings/hooks';
import { useSyncSettings } from '../../sync/hooks';

/** Whether a settings area was ever saved (its defaults are not a decision). */
function useAreaSaved(area: 'queries' | 'agendaTemplates'): boolean | undefined {
  const repos = useRepositories();
  return useLive(() => repos.settings.watchArea(area).pipe(map((value) => value !== null)), [repos, area]).data;
}

/** Whether the municipality's own Word template is uploaded, without holding the file itself. */
function useHasDocumentTemplate(): boolean | undefined {
  const repos = useRepositories();
  return useLive(() => repos.settings.watchArea('documentTemplate').pipe(map((value) => !!value?.dataBase64)), [repos]).data;
}

export function SetupChecklist() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const municipality = useMunicipality();
  const departments = useDepartments();
  const members = useMembers();
  const bodies = useBodies();
  const sync = useSyncSettings();
  const standardsSaved = useAreaSaved('queries');
  const templatesSaved = useAreaSaved('agendaTemplates');
  const hasDocumentTemplate = useHasDocumentTemplate();
  const choice = profile?.setupChecklist ?? 'auto';
  if (choice === 'hidden') return null;
  if (
    !municipality.data ||
    !departments.data ||
    !members.data ||
    !bodies.data ||
    standardsSaved === undefined ||
    templatesSaved === undefined ||
    hasDocumentTemplate === undefined
  ) {
    return null;
  }
  const steps = setupChecklist({
    municipality: municipality.data,
    hasDocumentTemplate,
    departments: departments.data,
    members: members.data,
    bodies: bodies.data,
    standardsSaved,
    templatesSaved,
    syncServer: sync.data?.serverUrl ?? '',
  });
  if (!showSetupChecklist(steps, choice)) return null;
  const done = steps.filter((s) => s.done).length;
  return (
    <Paper variant="outlined" component="section" aria-label="Setup checklist" sx={{ p: 2.5, mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h2" component="h2">
          Set up {municipality.data.name || 'the municipality'}
        </Typography>
        <Typography color="text.secondary">
          {done} of {steps.length} steps done
        </Typography>
      </Box>
      <LinearProgress variant="determinate" value={(done / steps.length) * 100} aria-label={`${done} of ${steps.length} setup steps done`} sx={{ my: 1.5 }} />
      <Typography color="text.secondary">Each step is ticked by itself once its records are in Quorum.</Typography>
      <List dense aria-label="Setup steps" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 3 }}>
        {steps.map((step) => (
          <ListItem key={step.id} disableGutters aria-label={`${step.title}: ${step.done ? 'done' : 'to do'}`}>
            <ListItemIcon sx={{ minWidth: 36 }}>
              {step.done ? <CheckCircleIcon color="success" titleAccess="Done" /> : <RadioButtonUncheckedIcon color="disabled" titleAccess="To do" />}
            </ListItemIcon>
            <ListItemText
              primary={
                <>
                  <Typography component="span" sx={{ fontWeight: 600 }}>
                    {step.title}
                  </Typography>
                  {' · '}
                  <Link component={RouterLink} to={step.href}>
                    {step.action}
                  </Link>
                </>
              }
              secondary={step.detail}
            />
          </ListItem>
        ))}
      </List>
      <Button onClick={() => void repos.profile.setSetupChecklist('hidden')}>Hide the checklist</Button>
      <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 1 }}>
        Settings → General shows it again.
      </Typography>
    </Paper>
  );
}
