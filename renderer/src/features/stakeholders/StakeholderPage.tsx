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
import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { isQueryOverdue } from '@shared/domain/queries';
import { findPossibleDuplicates } from '@shared/domain/stakeholder-duplicates';
import { formatDate, formatDateTime } from '@shared/domain/time';
import type { Stakeholder } from '@shared/schemas';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../db/DataProvider';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsCard } from '../../ui/SettingsCard';
import { errorMessage, mapRecordErrors } from '../../ui/form-errors';
import { QueryStatusChip } from '../queries/components/QueryStatusChip';
import { useStakeholderQueries, useToday } from '../queries/hooks';
import { useTimeZone } from '../settings/hooks';
import { MergeDialog } from './components/MergeDialog';
import { PrivacyActions } from './components/PrivacyActions';
import { EMPTY_STAKEHOLDER, StakeholderFields, toDraft, valuesOf, type StakeholderField, type StakeholderValues } from './components/StakeholderFields';
import { useOrganisations, usePeopleOf, useStakeholder, useStakeholders } from './hooks';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';

const FIELDS: Partial<Record<string, StakeholderField>> = Object.fromEntries(Object.keys(EMPTY_STAKEHOLDER).map((key) => [key, key as StakeholderField]));

function DetailsForm({ stakeholder }: { stakeholder: Stakeholder }) {
  const repos = useRepositories();
  const organisations = useOrganisations();
  const [values, setValues] = useState<StakeholderValues>(() => valuesOf(stakeholder));
  const [errors, setErrors] = useState<Partial<Record<StakeholderField, string>>>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const locked = !!stakeholder.anonymisedAt || !!stakeholder.mergedIntoId;

  const save = async () => {
    setErrors({});
    setMessage(null);
    try {
      await repos.stakeholders.edit(stakeholder.id, toDraft(values));
      setMessage({ severity: 'success', text: 'Saved.' });
    } catch (error) {
      const mapped = mapRecordErrors(error, FIELDS);
      if (mapped) setErrors(mapped.fields);
      setMessage({ severity: 'error', text: mapped?.general[0] ?? (mapped ? 'Correct the fields marked.' : errorMessage(error)) });
    }
  };

  if (locked) {
    return (
      <List dense>
        {[
          ['Category', STAKEHOLDER_CATEGORY_LABELS[stakeholder.category]],
          ['Ward', stakeholder.ward ?? ''],
          ['Erased on', stakeholder.anonymisedAt ? formatDateTime(stakeholder.anonymisedAt) : ''],
        ]
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <ListItem key={label} disableGutters>
              <ListItemText primary={value} secondary={label} />
            </ListItem>
          ))}
      </List>
    );
  }
  return (
    <form
      noValidate
      aria-label="Stakeholder details"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack spacing={2}>
        <StakeholderFields
          values={values}
          onChange={setValues}
          errors={errors}
          organisations={(organisations.data ?? []).filter((o) => o.id !== stakeholder.id)}
        />
        {stakeholder.consentAt ? (
          <Typography variant="body2" color="text.secondary">
            Consent recorded {formatDateTime(stakeholder.consentAt)}.
          </Typography>
        ) : null}
        {message ? <Alert severity={message.severity}>{message.text}</Alert> : null}
        <Box>
          <Button type="submit" variant="contained">
            Save details
          </Button>
        </Box>
      </Stack>
    </form>
  );
}

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

function Duplicates({ stakeholder }: { stakeholder: Stakeholder }) {
  const all = useStakeholders();
  const navigate = useNavigate();
  const [merging, setMerging] = useState<Stakeholder | null>(null);
  const candidates = useMemo(
    () =>
      findPossibleDuplicates(
        stakeholder,
        (all.data ?? []).filter((s) => s.kind === stakeholder.kind),
        { excludeId: stakeholder.id },
      ),
    [stakeholder, all.data],
  );
  if (stakeholder.anonymisedAt || stakeholder.mergedIntoId) return null;
  return (
    <SettingsCard title="Possible duplicates">
      {candidates.length === 0 ? (
        <Typography color="text.secondary">No other record looks like this one.</Typography>
      ) : (
        <List dense aria-label="Possible duplicates of this record">
          {candidates.map((c) => (
            <ListItem
              key={c.stakeholder.id}
              disableGutters
              sx={{ pr: 12 }}
              secondaryAction={
                <Button size="small" onClick={() => setMerging(c.stakeholder)} aria-label={`Merge with ${c.stakeholder.name}`}>
                  Merge…
                </Button>
              }
            >
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/stakeholders/${c.stakeholder.id}`}>
                    {c.stakeholder.name}
                  </Link>
                }
                secondary={[c.stakeholder.phone, c.stakeholder.email, c.reasons.join(', ')].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      {merging ? (
        <MergeDialog
          current={stakeholder}
          other={merging}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            void navigate(`/stakeholders/${kept.id}`);
          }}
        />
      ) : null}
    </SettingsCard>
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
                    <DetailsForm key={`${stakeholder.id}-${stakeholder.anonymisedAt ?? ''}`} stakeholder={stakeholder} />
                  </SettingsCard>
                  <SettingsCard title="Queries">
                    <Queries stakeholder={stakeholder} />
                  </SettingsCard>
                </Stack>
                <Stack spacing={2}>
                  <Duplicates stakeholder={stakeholder} />
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
