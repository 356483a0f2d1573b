/**
 * One meeting: its steps (notice, open, close, minutes), and tabs for the agenda, the attendance
 * register, the minutes and the particulars. The tab is in the URL.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useCallback } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { meetingReferenceOf } from '@shared/domain/meeting-integrity';
import { formatLongDate, formatTime } from '@shared/domain/time';
import { AfterFirstPaint } from '../../ui/after-paint';
import { LiveView, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { TabStrip } from '../../ui/TabStrip';
import { AgendaBuilder } from '../agenda/components/AgendaBuilder';
import { AttendanceRegister } from '../attendance/AttendanceRegister';
import { useBody, useIndex, useMembers } from '../bodies/hooks';
import { MinutesWorkspace } from '../minutes/MinutesWorkspace';
import { useTimeZone } from '../settings/hooks';
import { LifecycleActions } from './components/LifecycleActions';
import { MeetingParticulars } from './components/MeetingParticulars';
import { MeetingStatusChip } from './components/MeetingStatusChip';
import { useMeeting } from './hooks';
import { ReadOnlyNotice, useWriteRefusal } from '../../ui/access';
import { MeetingPublicationPanel } from '../publishing/PublicationPanel';

const TABS = [
  { id: 'agenda', label: 'Agenda' },
  { id: 'attendance', label: 'Attendance' },
  { id: 'minutes', label: 'Minutes' },
  { id: 'particulars', label: 'Particulars' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function MeetingPage() {
  const { meetingId = '', tab = 'agenda' } = useParams();
  const navigate = useNavigate();
  const meeting = useMeeting(meetingId);
  const body = useBody(meeting.data?.bodyId ?? '');
  const members = useMembers();
  const memberIndex = useIndex(members);
  const timeZone = useTimeZone();
  const refusal = useWriteRefusal('meetings', 'agendaitems', 'resolutions');
  const current: TabId = TABS.some((t) => t.id === tab) ? (tab as TabId) : 'agenda';
  // Stable, so the memoised tabs are not drawn again by every record that arrives.
  const selectTab = useCallback((id: TabId) => void navigate(`/meetings/${meetingId}/${id}`), [navigate, meetingId]);

  return (
    <LiveView live={meeting} label="Loading the meeting…" shape="page">
      {(m) =>
        !m ? (
          <Alert severity="warning">
            This meeting does not exist on this device.{' '}
            <Link component={RouterLink} to="/meetings">
              Back to meetings
            </Link>
          </Alert>
        ) : (
          <>
            <PageHeader
              title={m.title}
              subtitle={`${body.data?.name ?? ''} · ${formatLongDate(m.startsAt, timeZone)} · ${formatTime(m.startsAt, timeZone)} · ${m.venue}`}
              reference={meetingReferenceOf(m, body.data) || undefined}
              status={<MeetingStatusChip status={m.status} />}
              actions={<LifecycleActions meeting={m} body={body.data} />}
            />
            <ReadOnlyNotice reason={refusal} />
            <TabStrip items={TABS} value={current} onSelect={selectTab} label="Meeting sections" idPrefix="meeting-tab" panelId="meeting-panel" />
            <Box role="tabpanel" id="meeting-panel" aria-labelledby={`meeting-tab-${current}`}>
              {body.status === 'loading' || members.status === 'loading' ? (
                // The frame stands at once; the tab's shape shows until its body and members are read
                // (a register drawn before the members arrive would count nobody).
                <Loading label="Loading the meeting…" shape="table" />
              ) : !body.data ? (
                <Alert severity="error">
                  {body.status === 'error'
                    ? `Could not read this meeting’s body: ${body.error.message}`
                    : 'The body of this meeting no longer exists on this device.'}
                </Alert>
              ) : current === 'agenda' ? (
                <AgendaBuilder meeting={m} />
              ) : current === 'attendance' ? (
                <AttendanceRegister meeting={m} body={body.data} members={memberIndex} timeZone={timeZone} />
              ) : current === 'minutes' ? (
                <MinutesWorkspace meeting={m} body={body.data} members={memberIndex} timeZone={timeZone} />
              ) : (
                <MeetingParticulars meeting={m} body={body.data} members={memberIndex} timeZone={timeZone} />
              )}
            </Box>
            {body.data ? (
              // Below the tab's panel, so out of the first frame's window: drawn just after it.
              <AfterFirstPaint>
                <MeetingPublicationPanel meeting={m} body={body.data} />
              </AfterFirstPaint>
            ) : null}
          </>
        )
      }
    </LiveView>
  );
}
