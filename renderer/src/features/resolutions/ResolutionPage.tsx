/**
 * One resolution in the register: what was resolved and how the vote went, who implements it by
 * when, the dated progress notes, and its revocation (linked both ways).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { registerStatus } from '@shared/domain/resolutions';
import { formatDate, formatDateTime, today } from '@shared/domain/time';
import { describeVote } from '@shared/domain/votes';
import { IMPLEMENTATION_STATUS_LABELS, MOTION_OUTCOME_LABELS } from '@shared/schemas/vocabulary';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { displayName } from '../attendance/AttendanceRegister';
import { useIndex, useMembers } from '../bodies/hooks';
import { useMeeting } from '../meetings/hooks';
import { useTimeZone } from '../settings/hooks';
import { ImplementationStatusChip } from './components/StatusChip';
import { useResolutions } from './hooks';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';
import { ResolutionResponsibility } from './components/ResolutionResponsibility';
import { ResolutionProgressForm } from './components/ResolutionProgressForm';
import { ResolutionRevocation } from './components/ResolutionRevocation';

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
                      <ResolutionResponsibility resolution={resolution} />
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
                      {resolution.status !== 'revoked' ? <ResolutionProgressForm resolution={resolution} /> : null}
                    </Section>
                  </>
                ) : null}
                <Section title="Revocation">
                  <ResolutionRevocation resolution={resolution} all={list} />
                </Section>
              </Stack>
            </ReadOnlyPart>
          </>
        )
      }
    </LiveView>
  );
}
