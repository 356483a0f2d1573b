/**
 * One resolution in the register: what was resolved and how the vote went, who implements it by
 * when, the dated progress notes, and its revocation (linked both ways).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { registerStatus } from '@shared/domain/resolutions';
import { formatDate, formatDateTime, isCalendarDate, today } from '@shared/domain/time';
import { describeVote } from '@shared/domain/votes';
import type { Resolution } from '@shared/schemas';
import { IMPLEMENTATION_STATUS_LABELS, MOTION_OUTCOME_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../db/DataProvider';
import { DateField } from '../../ui/DateField';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useAction } from '../../ui/useAction';
import { displayName } from '../attendance/AttendanceRegister';
import { useIndex, useMembers } from '../bodies/hooks';
import { OfficialSelect } from '../bodies/components/OfficialSelect';
import { useMeeting } from '../meetings/hooks';
import { DepartmentSelect } from '../settings/components/DepartmentSelect';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { ImplementationStatusChip } from './components/StatusChip';
import { useResolutions } from './hooks';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';

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

function ResolutionLink({ id, all }: { id: string; all: Resolution[] }) {
  const target = all.find((r) => r.id === id);
  return target ? (
    <Link component={RouterLink} to={`/resolutions/${id}`}>
      {target.number} {target.title}
    </Link>
  ) : (
    <span>a resolution not on this device</span>
  );
}

function Responsibility({ resolution }: { resolution: Resolution }) {
  const repos = useRepositories();
  const departments = useDepartments();
  const action = useAction();
  const members = useMembers();
  const [values, setValues] = useState({
    departmentId: resolution.departmentId ?? '',
    responsibleOfficialId: resolution.responsibleOfficialId ?? '',
    dueDate: resolution.dueDate ?? '',
  });
  const unmatched = !resolution.responsibleOfficialId && resolution.responsibleOfficial ? resolution.responsibleOfficial : '';
  const [dateError, setDateError] = useState<string | null>(null);
  return (
    <Stack
      component="form"
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      noValidate
      aria-label="Responsibility"
      onSubmit={(event) => {
        event.preventDefault();
        if (values.dueDate && !isCalendarDate(values.dueDate)) {
          setDateError('Enter a valid date.');
          return;
        }
        setDateError(null);
        void action.run(() =>
          repos.resolutions.setResponsibility(resolution.id, {
            departmentId: values.departmentId || undefined,
            responsibleOfficialId: values.responsibleOfficialId || undefined,
            dueDate: values.dueDate || undefined,
          }),
        );
      }}
      sx={{ alignItems: { md: 'flex-start' } }}
    >
      <DepartmentSelect
        label="Responsible department"
        departments={departments.data ?? []}
        value={values.departmentId}
        onChange={(departmentId) => setValues({ ...values, departmentId })}
        sx={{ minWidth: 240 }}
      />
      <OfficialSelect
        label="Responsible official"
        emptyLabel={unmatched ? `As typed: ${unmatched} (not on the list)` : 'None yet'}
        members={members.data ?? []}
        departments={departments.data ?? []}
        departmentId={values.departmentId}
        value={values.responsibleOfficialId}
        onChange={(responsibleOfficialId) => setValues({ ...values, responsibleOfficialId })}
        sx={{ minWidth: 260 }}
      />
      <DateField
        label="Due date"
        value={values.dueDate}
        onChange={(dueDate) => setValues({ ...values, dueDate })}
        error={!!dateError}
        helperText={dateError ?? undefined}
      />
      <Button type="submit" variant="outlined" disabled={action.busy}>
        Save responsibility
      </Button>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
    </Stack>
  );
}

function ProgressForm({ resolution }: { resolution: Resolution }) {
  const repos = useRepositories();
  const action = useAction();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'not_started' | 'in_progress' | 'implemented'>(
    resolution.status === 'not_started' ? 'in_progress' : resolution.status === 'implemented' ? 'implemented' : 'in_progress',
  );
  const [missing, setMissing] = useState(false);
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label="Add a progress note"
      onSubmit={(event) => {
        event.preventDefault();
        if (!note.trim()) {
          setMissing(true);
          return;
        }
        setMissing(false);
        void action.run(() => repos.resolutions.addProgress(resolution.id, note, status)).then((ok) => ok && setNote(''));
      }}
      sx={{ mt: 2 }}
    >
      <TextField
        label="Progress note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        error={missing}
        helperText={missing ? 'Progress note is required.' : undefined}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField select label="Implementation status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)} sx={{ minWidth: 220 }}>
          {(['not_started', 'in_progress', 'implemented'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {IMPLEMENTATION_STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={action.busy}>
          Add progress note
        </Button>
      </Stack>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
    </Stack>
  );
}

function Revocation({ resolution, all }: { resolution: Resolution; all: Resolution[] }) {
  const repos = useRepositories();
  const action = useAction();
  const [byId, setById] = useState('');
  const candidates = all.filter((r) => r.id !== resolution.id && r.outcome === 'carried' && r.adoptedOn >= resolution.adoptedOn && !r.revokesId);
  return (
    <Stack spacing={1}>
      {resolution.revokedById ? (
        <Typography>
          Revoked by <ResolutionLink id={resolution.revokedById} all={all} />.
        </Typography>
      ) : null}
      {resolution.revokesId ? (
        <Typography>
          Revokes <ResolutionLink id={resolution.revokesId} all={all} />.
        </Typography>
      ) : null}
      {!resolution.revokedById && resolution.outcome === 'carried' ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField select size="small" label="Revoked by resolution" value={byId} onChange={(e) => setById(e.target.value)} sx={{ minWidth: 320 }}>
            {candidates.length === 0 ? <MenuItem disabled>No later resolution</MenuItem> : null}
            {candidates.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.number} {r.title}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" disabled={!byId || action.busy} onClick={() => void action.run(() => repos.resolutions.revoke(resolution.id, byId))}>
            Record revocation
          </Button>
        </Stack>
      ) : null}
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
    </Stack>
  );
}

export function ResolutionPage() {
  const { resolutionId = '' } = useParams();
  const all = useResolutions();
  const members = useIndex(useMembers());
  const timeZone = useTimeZone();
  const resolution = all.data?.find((r) => r.id === resolutionId) ?? null;
  const meeting = useMeeting(resolution?.meetingId ?? '');
  const todayDate = today(timeZone);
  const refusal = useWriteRefusal('resolutions');
  return (
    <LiveView live={all} label="Loading the resolution…" shape="page">
      {(list) =>
        !resolution ? (
          <Alert severity="warning">
            This resolution is not on this device.{' '}
            <Link component={RouterLink} to="/resolutions">
              Back to the register
            </Link>
          </Alert>
        ) : (
          <>
            <PageHeader
              title={`${resolution.number} ${resolution.title}`}
              subtitle={meeting.data ? `${meeting.data.title}, ${formatDate(meeting.data.startsAt, timeZone)}` : formatDate(resolution.adoptedOn, timeZone)}
              status={
                <>
                  <Chip size="small" label={MOTION_OUTCOME_LABELS[resolution.outcome]} />
                  <ImplementationStatusChip status={registerStatus(resolution, todayDate)} />
                </>
              }
            />
            <ReadOnlyPart reason={refusal} label="Resolution">
              <Stack spacing={3}>
                <Section title="Resolution">
                  <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', mb: 2 }}>{resolution.text || 'No wording recorded.'}</Typography>
                  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
                    <Typography component="dt" color="text.secondary">
                      Meeting
                    </Typography>
                    <Typography component="dd" sx={{ m: 0 }}>
                      {meeting.data ? (
                        <Link component={RouterLink} to={`/meetings/${meeting.data.id}/minutes?item=${resolution.agendaItemId ?? ''}`}>
                          {meeting.data.title} of {formatDate(meeting.data.startsAt, timeZone)}
                        </Link>
                      ) : (
                        'Not on this device'
                      )}
                    </Typography>
                    <Typography component="dt" color="text.secondary">
                      Mover and seconder
                    </Typography>
                    <Typography component="dd" sx={{ m: 0 }}>
                      {resolution.moverId ? displayName(members.get(resolution.moverId)) : 'Not recorded'} /{' '}
                      {resolution.seconderId ? displayName(members.get(resolution.seconderId)) : 'Not recorded'}
                    </Typography>
                    <Typography component="dt" color="text.secondary">
                      Vote
                    </Typography>
                    <Typography component="dd" sx={{ m: 0 }}>
                      {describeVote(resolution, { eligibleVoterIds: [] })}
                      {resolution.requiresMajorityOfAll ? ' (majority of all members needed)' : ''}
                    </Typography>
                  </Box>
                  {resolution.inCommittee ? (
                    <Alert severity="warning" sx={{ mt: 2 }}>
                      Taken in committee: kept out of public documents.
                    </Alert>
                  ) : null}
                </Section>
                {resolution.outcome === 'carried' ? (
                  <>
                    <Section title="Responsibility">
                      <Responsibility key={resolution.updatedAt} resolution={resolution} />
                    </Section>
                    <Section title="Progress">
                      {resolution.progress.length === 0 ? (
                        <Typography color="text.secondary">No progress recorded yet.</Typography>
                      ) : (
                        <List aria-label="Progress notes">
                          {[...resolution.progress]
                            .sort((a, b) => b.at.localeCompare(a.at))
                            .map((p) => (
                              <ListItem key={`${p.at}-${p.note}`} disableGutters>
                                <ListItemText
                                  primary={p.note}
                                  secondary={`${formatDateTime(p.at, timeZone)} · ${p.by} · ${IMPLEMENTATION_STATUS_LABELS[p.status]}`}
                                  slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } } }}
                                />
                              </ListItem>
                            ))}
                        </List>
                      )}
                      {resolution.status !== 'revoked' ? <ProgressForm resolution={resolution} /> : null}
                    </Section>
                  </>
                ) : null}
                <Section title="Revocation">
                  <Revocation resolution={resolution} all={list} />
                </Section>
              </Stack>
            </ReadOnlyPart>
          </>
        )
      }
    </LiveView>
  );
}
