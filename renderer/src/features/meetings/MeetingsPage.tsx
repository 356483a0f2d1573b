/** All meetings of all bodies, and the way to schedule a new one. */
import AddIcon from '@mui/icons-material/Add';
import EventIcon from '@mui/icons-material/Event';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { meetingReferenceOf } from '@shared/domain/meeting-integrity';
import { formatDate, formatTime } from '@shared/domain/time';
import { MEETING_TYPE_LABELS } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { ClippedText } from '../../ui/ClippedText';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex } from '../bodies/hooks';
import { useTimeZone } from '../settings/hooks';
import { MeetingStatusChip } from './components/MeetingStatusChip';
import { ScheduleMeetingDialog } from './components/ScheduleMeetingDialog';
import { useMeetings } from './hooks';
import { ReadOnlyNotice, useWriteRefusal } from '../../ui/access';
import { PartialRecordsNotice } from '../sync/components/PartialRecordsNotice';

export function MeetingsPage() {
  const meetings = useMeetings();
  const bodies = useBodies();
  const bodyIndex = useIndex(bodies);
  const timeZone = useTimeZone();
  const navigate = useNavigate();
  const location = useLocation();
  const [manual, setManual] = useState(false);
  // File → New meeting (desktop menu) arrives here with the form to open, once per menu choice.
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const requested = (location.state as { schedule?: boolean } | null)?.schedule === true && dismissedFor !== location.key;
  const refusal = useWriteRefusal('meetings', 'agendaitems');
  const scheduling = (manual || requested) && refusal === null;
  const setScheduling = (open: boolean) => {
    setManual(open);
    if (!open) setDismissedFor(location.key);
  };

  const scheduleButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setScheduling(true)} disabled={!bodies.data?.length || refusal !== null}>
      Schedule meeting
    </Button>
  );

  return (
    <>
      <PageHeader title="Meetings" subtitle="Council and committee meetings, newest first" actions={scheduleButton} />
      <PartialRecordsNotice collections={['meetings']} what="this list" />
      <LiveView live={meetings} label="Loading meetings…" shape="table">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No meetings yet" icon={<EventIcon />} action={bodies.data?.length ? scheduleButton : null}>
              {bodies.data?.length
                ? 'Schedule the first meeting of Council or a committee; its agenda and minutes are kept here.'
                : 'Add Council and its committees under Members & committees first; then schedule their meetings here.'}
            </EmptyState>
          ) : (
            <TableContainer component={Paper} variant="outlined">
              <Table aria-label="Meetings" size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Date</TableCell>
                    <TableCell>Time</TableCell>
                    <TableCell>Meeting</TableCell>
                    <TableCell>Body</TableCell>
                    <TableCell>Type</TableCell>
                    <TableCell>Venue</TableCell>
                    <TableCell>Status</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.map((meeting) => (
                    <TableRow key={meeting.id} hover>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(meeting.startsAt, timeZone)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(meeting.startsAt, timeZone)}</TableCell>
                      <TableCell sx={{ minWidth: 220 }}>
                        <Link component={RouterLink} to={`/meetings/${meeting.id}`}>
                          {meeting.title}
                        </Link>
                        {meetingReferenceOf(meeting, bodyIndex.get(meeting.bodyId)) ? (
                          <span style={{ whiteSpace: 'nowrap' }}>{` (${meetingReferenceOf(meeting, bodyIndex.get(meeting.bodyId))})`}</span>
                        ) : (
                          ''
                        )}
                      </TableCell>
                      <TableCell>
                        <ClippedText text={bodyIndex.get(meeting.bodyId)?.name ?? 'Unknown body'} lines={2} maxWidth={220} />
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{MEETING_TYPE_LABELS[meeting.type]}</TableCell>
                      <TableCell>
                        <ClippedText text={meeting.venue} lines={2} maxWidth={220} />
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <MeetingStatusChip status={meeting.status} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )
        }
      </LiveView>
      <ScheduleMeetingDialog
        open={scheduling}
        bodies={bodies.data ?? []}
        timeZone={timeZone}
        onClose={() => setScheduling(false)}
        onScheduled={(meeting) => {
          setScheduling(false);
          void navigate(`/meetings/${meeting.id}`);
        }}
      />
      <ReadOnlyNotice reason={refusal} />
    </>
  );
}
