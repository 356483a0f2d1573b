/** One meeting: its particulars and status. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';
import { formatLongDate, formatTime } from '@shared/domain/time';
import { MEETING_TYPE_LABELS } from '@shared/schemas/vocabulary';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex, useMembers } from '../bodies/hooks';
import { useTimeZone } from '../settings/hooks';
import { MeetingStatusChip } from './components/MeetingStatusChip';
import { useMeeting } from './hooks';

function Particular({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  const bodyIndex = useIndex(useBodies());
  const memberIndex = useIndex(useMembers());
  const timeZone = useTimeZone();

  return (
    <LiveView live={meeting} label="Loading the meeting…">
      {(m) =>
        !m ? (
          <Alert severity="warning">
            This meeting does not exist on this device. <Link component={RouterLink} to="/meetings">Back to meetings</Link>
          </Alert>
        ) : (
          <>
            <PageHeader title={m.title} subtitle={bodyIndex.get(m.bodyId)?.name} actions={<MeetingStatusChip status={m.status} />} />
            <Paper variant="outlined" sx={{ p: 3 }}>
              <Typography variant="h2" component="h2" gutterBottom>
                Particulars
              </Typography>
              <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
                <Particular label="Type">{MEETING_TYPE_LABELS[m.type]}</Particular>
                {m.number ? <Particular label="Meeting number">{m.number}</Particular> : null}
                <Particular label="Date">{formatLongDate(m.startsAt, timeZone)}</Particular>
                <Particular label="Time">
                  {formatTime(m.startsAt, timeZone)}
                  {m.endsAt ? ` – ${formatTime(m.endsAt, timeZone)}` : ''}
                </Particular>
                <Particular label="Venue">{m.venue}</Particular>
                {m.chairpersonId ? (
                  <Particular label="Chairperson">{memberIndex.get(m.chairpersonId)?.fullName ?? 'Unknown member'}</Particular>
                ) : null}
              </Box>
            </Paper>
          </>
        )
      }
    </LiveView>
  );
}
