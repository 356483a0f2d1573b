/**
 * A meeting's particulars and record: details (editable until it opens), the status history,
 * the confirmation of its minutes, and corrections recorded against confirmed minutes.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { meetingReferenceOf } from '@shared/domain/meeting-integrity';
import { formatDateTime, formatLongDate, formatTime } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS } from '@shared/schemas/vocabulary';
import { AttachmentList } from '../../../attachments/AttachmentList';
import { useRepositories } from '../../../db/DataProvider';
import { displayName } from '../../attendance/AttendanceRegister';
import { useMeeting } from '../hooks';
import { CorrectionForm } from './CorrectionForm';
import { EditParticularsDialog } from './EditParticularsDialog';
import { useWriteRefusal } from '../../../ui/access';

const EDITABLE = new Set(['draft', 'notice_issued', 'postponed']);

function Particular({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {children}
      </Typography>
    </>
  );
}

function ConfirmedBy({ meetingId, timeZone }: { meetingId: string; timeZone: string }) {
  const confirming = useMeeting(meetingId);
  if (!confirming.data) return null;
  return (
    <Link component={RouterLink} to={`/meetings/${meetingId}`}>
      {confirming.data.title} of {formatLongDate(confirming.data.startsAt, timeZone)}
    </Link>
  );
}

export function MeetingParticulars({
  meeting,
  body,
  members,
  timeZone,
}: {
  meeting: Meeting;
  body: Body | null;
  members: Map<string, Member>;
  timeZone: string;
}) {
  const repos = useRepositories();
  const [editing, setEditing] = useState(false);
  const refusal = useWriteRefusal('meetings');
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" component="section" aria-label="Particulars" sx={{ p: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" component="h2" sx={{ flex: 1 }}>
            Particulars
          </Typography>
          {EDITABLE.has(meeting.status) ? (
            <Button variant="outlined" onClick={() => setEditing(true)} disabled={refusal !== null}>
              Edit particulars
            </Button>
          ) : null}
        </Box>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
          <Particular label="Body">{body?.name ?? ''}</Particular>
          <Particular label="Type">{MEETING_TYPE_LABELS[meeting.type]}</Particular>
          <Particular label="Meeting number">{meetingReferenceOf(meeting, body) || 'Not numbered'}</Particular>
          <Particular label="Date">{formatLongDate(meeting.startsAt, timeZone)}</Particular>
          <Particular label="Time">
            {formatTime(meeting.startsAt, timeZone)}
            {meeting.endsAt ? ` – ${formatTime(meeting.endsAt, timeZone)}` : ''}
          </Particular>
          <Particular label="Venue">{meeting.venue}</Particular>
          <Particular label="Chairperson">{meeting.chairpersonId ? displayName(members.get(meeting.chairpersonId)) : 'Not set'}</Particular>
          <Particular label="Status">
            {MEETING_STATUS_LABELS[meeting.status]}
            {meeting.statusReason ? `: ${meeting.statusReason}` : ''}
          </Particular>
          {meeting.closedAt ? <Particular label="Closed at">{formatDateTime(meeting.closedAt, timeZone)}</Particular> : null}
          {meeting.confirmedByMeetingId ? (
            <Particular label="Minutes confirmed">
              at the <ConfirmedBy meetingId={meeting.confirmedByMeetingId} timeZone={timeZone} />
              {meeting.confirmedAt ? ` (${formatDateTime(meeting.confirmedAt, timeZone)})` : ''}
            </Particular>
          ) : null}
        </Box>
      </Paper>

      <Paper variant="outlined" component="section" aria-label="History" sx={{ p: 3 }}>
        <Typography variant="h2" component="h2" gutterBottom>
          History
        </Typography>
        {meeting.history.length === 0 ? (
          <Typography color="text.secondary">Scheduled; no steps taken yet.</Typography>
        ) : (
          <List dense aria-label="Status history">
            {meeting.history.map((entry) => (
              <ListItem key={`${entry.at}-${entry.to}`} disableGutters>
                <ListItemText
                  primary={`${MEETING_STATUS_LABELS[entry.from]} → ${MEETING_STATUS_LABELS[entry.to]}`}
                  secondary={`${formatDateTime(entry.at, timeZone)} · ${entry.by}${entry.reason ? ` · ${entry.reason}` : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Paper>

      <Paper variant="outlined" component="section" aria-label="Signed minutes and meeting files" sx={{ p: 3 }}>
        <AttachmentList
          label="Signed minutes and meeting files"
          attachments={meeting.attachments ?? []}
          kind="signed_minutes"
          addLabel="Attach the signed minutes"
          accept="application/pdf,image/*"
          readOnly={refusal !== null}
          onAdd={async (ref) => {
            await repos.meetings.addAttachment(meeting.id, ref);
          }}
          onRemove={async (ref) => {
            await repos.meetings.removeAttachment(meeting.id, ref.id);
          }}
        />
      </Paper>

      {meeting.status === 'minutes_confirmed' || (meeting.corrections?.length ?? 0) > 0 ? (
        <Paper variant="outlined" component="section" aria-label="Corrections" sx={{ p: 3 }}>
          <Typography variant="h2" component="h2" gutterBottom>
            Corrections to the confirmed minutes
          </Typography>
          {(meeting.corrections ?? []).length === 0 ? (
            <Typography color="text.secondary">No corrections recorded.</Typography>
          ) : (
            <List aria-label="Corrections">
              {(meeting.corrections ?? []).map((c) => (
                <ListItem key={c.at} disableGutters sx={{ display: 'block' }}>
                  <Typography sx={{ fontWeight: 600 }}>
                    {c.target ? `${c.target}: ` : ''}
                    {c.reason}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {formatDateTime(c.at, timeZone)} · {c.by}
                  </Typography>
                  {c.before ? (
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      Said: {c.before}
                    </Typography>
                  ) : null}
                  {c.after ? (
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      Now reads: {c.after}
                    </Typography>
                  ) : null}
                </ListItem>
              ))}
            </List>
          )}
          {meeting.status === 'minutes_confirmed' ? <CorrectionForm meetingId={meeting.id} /> : null}
        </Paper>
      ) : null}
      {editing ? <EditParticularsDialog meeting={meeting} body={body} members={members} timeZone={timeZone} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}
