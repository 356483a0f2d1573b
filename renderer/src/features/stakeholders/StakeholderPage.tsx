/**
 * One stakeholder: their details (corrected in place), their queries, possible duplicates to
 * merge, the people of an organisation, and POPIA's export and erasure.
 */
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';
import { isQueryOverdue } from '@shared/domain/queries';
import { formatDate } from '@shared/domain/time';
import type { Stakeholder } from '@shared/schemas';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsCard } from '../../ui/SettingsCard';
import { QueryStatusChip } from '../queries/components/QueryStatusChip';
import { useStakeholderQueries, useToday } from '../queries/hooks';
import { useTimeZone } from '../settings/hooks';
import { PrivacyActions } from './components/PrivacyActions';
import { usePeopleOf, useStakeholder } from './hooks';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';
import { StakeholderDetailsForm } from './components/StakeholderDetailsForm';
import { StakeholderDuplicates } from './components/StakeholderDuplicates';

function Queries({ stakeholder }: { stakeholder: Stakeholder }) {
  const queries = useStakeholderQueries(stakeholder.id);
  const timeZone = useTimeZone();
  const today = useToday(timeZone);
  return (
    <LiveView live={queries} label="Loading queries…">
      {(list) =>
        list.length === 0 ? (
          <Typography color="text.secondary">No queries from this stakeholder.</Typography>
        ) : (
          <List dense aria-label="Queries of the stakeholder">
            {list.map((q) => (
              <ListItem key={q.id} disableGutters secondaryAction={<QueryStatusChip status={q.status} overdue={isQueryOverdue(q, today)} />}>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/queries/${q.id}`}>
                      {q.reference} · {q.subject}
                    </Link>
                  }
                  secondary={`Received ${formatDate(q.receivedAt, timeZone)} · due ${formatDate(q.dueDate, timeZone)}`}
                />
              </ListItem>
            ))}
          </List>
        )
      }
    </LiveView>
  );
}

function People({ organisation }: { organisation: Stakeholder }) {
  const people = usePeopleOf(organisation.id);
  return (
    <SettingsCard title="People of the organisation">
      <LiveView live={people}>
        {(list) =>
          list.length === 0 ? (
            <Typography color="text.secondary">Nobody is recorded as speaking for this organisation.</Typography>
          ) : (
            <List dense>
              {list.map((p) => (
                <ListItem key={p.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link component={RouterLink} to={`/stakeholders/${p.id}`}>
                        {p.name}
                      </Link>
                    }
                  />
                </ListItem>
              ))}
            </List>
          )
        }
      </LiveView>
    </SettingsCard>
  );
}

export function StakeholderPage() {
  const { stakeholderId = '' } = useParams();
  const live = useStakeholder(stakeholderId);
  const refusal = useWriteRefusal('stakeholders');
  return (
    <LiveView live={live} label="Loading the stakeholder…" shape="page">
      {(stakeholder) =>
        !stakeholder ? (
          <Alert severity="warning">This stakeholder no longer exists.</Alert>
        ) : (
          <>
            <PageHeader
              title={stakeholder.name}
              subtitle={
                <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
                  <span>{stakeholder.kind === 'person' ? 'Person' : 'Organisation'}</span>
                  <Chip size="small" label={STAKEHOLDER_CATEGORY_LABELS[stakeholder.category]} />
                  {stakeholder.anonymisedAt ? <Chip size="small" color="warning" label="Personal details erased" /> : null}
                </Stack>
              }
              actions={
                stakeholder.mergedIntoId || stakeholder.anonymisedAt ? null : (
                  <Button
                    variant="contained"
                    startIcon={<AddIcon />}
                    component={RouterLink}
                    to={`/queries/new?stakeholder=${stakeholder.id}`}
                    disabled={refusal !== null}
                  >
                    Log a query
                  </Button>
                )
              }
            />
            {stakeholder.mergedIntoId ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                This record was merged into{' '}
                <Link component={RouterLink} to={`/stakeholders/${stakeholder.mergedIntoId}`}>
                  the record that was kept
                </Link>
                .
              </Alert>
            ) : null}
            <ReadOnlyPart reason={refusal} label="Stakeholder">
              <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start' }}>
                <Stack spacing={2}>
                  <SettingsCard title="Details">
                    <StakeholderDetailsForm key={`${stakeholder.id}-${stakeholder.anonymisedAt ?? ''}`} stakeholder={stakeholder} />
                  </SettingsCard>
                  <SettingsCard title="Queries">
                    <Queries stakeholder={stakeholder} />
                  </SettingsCard>
                </Stack>
                <Stack spacing={2}>
                  <StakeholderDuplicates stakeholder={stakeholder} />
                  {stakeholder.kind === 'organisation' ? <People organisation={stakeholder} /> : null}
                  <SettingsCard title="Personal information (POPIA)">
                    <PrivacyActions stakeholder={stakeholder} />
                  </SettingsCard>
                </Stack>
              </Box>
            </ReadOnlyPart>
          </>
        )
      }
    </LiveView>
  );
}
