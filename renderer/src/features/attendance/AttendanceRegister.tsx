/**
 * The attendance register of a meeting: each member of the body with their attendance (late
 * arrivals and early departures with times), officials and guests, and the live quorum. Every
 * change is saved at once.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { memberEntryId, quorumAt } from '@shared/domain/attendance';
import { newId } from '@shared/domain/ids';
import { formatTime, instantToDate, instantToTime, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, MEMBERSHIP_ROLE_LABELS, type AttendanceStatus } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../db/DataProvider';
import { TimeField } from '../../ui/TimeField';
import { useAction } from '../../ui/useAction';
import { useNow } from '../../ui/useNow';
import { QuorumIndicator } from './QuorumIndicator';
import { useWriteRefusal } from '../../ui/access';

const REGISTER_OPEN = new Set(['notice_issued', 'in_session', 'closed', 'minutes_draft', 'minutes_circulated', 'adjourned_no_quorum']);

export function displayName(member: Pick<Member, 'title' | 'fullName'> | undefined): string {
  return member ? [member.title, member.fullName].filter(Boolean).join(' ') : 'Unknown member';
}

/** The moment the quorum is shown for: now in session, otherwise the last moment of the sitting. */
export function quorumMoment(meeting: Meeting, now: Date): string {
  if (meeting.status === 'in_session') return now.toISOString();
  return meeting.closedAt ?? meeting.openedAt ?? meeting.startsAt;
}

function TimeCell({
  label,
  instant,
  meetingDate,
  timeZone,
  disabled,
  onCommit,
}: {
  label: string;
  instant: string | undefined;
  meetingDate: string;
  timeZone: string;
  disabled: boolean;
  onCommit: (instant: string) => void;
}) {
  const [value, setValue] = useState(instant ? instantToTime(instant, timeZone) : '');
  const [error, setError] = useState<string | null>(null);
  return (
    <TimeField
      label={label}
      size="small"
      value={value}
      disabled={disabled}
      onChange={setValue}
      error={!!error}
      helperText={error ?? ' '}
      onBlur={() => {
        const time = normalizeClockTime(value);
        if (!time) {
          setError('Enter a time as HH:MM.');
          return;
        }
        setError(null);
        const next = zonedToInstant(meetingDate, time, timeZone);
        if (next !== instant) onCommit(next);
      }}
      sx={{ width: 130 }}
    />
  );
}

export function AttendanceRegister({
  meeting,
  body,
  members,
  timeZone,
}: {
  meeting: Meeting;
  body: Body;
  members: Map<string, Member>;
  timeZone: string;
}) {
  const repos = useRepositories();
  const action = useAction();
  const now = useNow();
  const refusal = useWriteRefusal('meetings');
  const open = REGISTER_OPEN.has(meeting.status) && refusal === null;
  const meetingDate = instantToDate(meeting.startsAt, timeZone);
  const at = quorumMoment(meeting, now);
  const quorum = quorumAt(meeting, body, at);
  const entries = useMemo(() => new Map(meeting.attendance.filter((e) => e.memberId).map((e) => [e.memberId as string, e])), [meeting.attendance]);
  const others = meeting.attendance.filter((e) => e.kind !== 'member');
  const officials = [...members.values()].filter((m) => m.kind === 'official' && m.active);
  const bodyMembers = [...body.memberships].sort((a, b) =>
    a.role === b.role ? displayName(members.get(a.memberId)).localeCompare(displayName(members.get(b.memberId))) : a.role === 'chairperson' ? -1 : b.role === 'chairperson' ? 1 : 0,
  );
  const [guest, setGuest] = useState({ kind: 'official' as 'official' | 'guest', memberId: '', name: '', capacity: '' });

  const save = (entry: AttendanceEntry) => action.run(() => repos.meetings.saveAttendance(meeting.id, entry));
  const setStatus = (memberId: string, status: AttendanceStatus | '') => {
    const id = memberEntryId(memberId);
    if (!status) {
      if (entries.has(memberId)) void action.run(() => repos.meetings.removeAttendance(meeting.id, entries.get(memberId)?.id ?? id));
      return;
    }
    const previous = entries.get(memberId);
    const defaultTime = meeting.status === 'in_session' ? now.toISOString() : (meeting.openedAt ?? meeting.startsAt);
    const entry: AttendanceEntry = { id: previous?.id ?? id, kind: 'member', memberId, status };
    if (status === 'late') entry.arrivedAt = previous?.arrivedAt ?? defaultTime;
    if (status === 'left_early') entry.departedAt = previous?.departedAt ?? defaultTime;
    // A late arrival may also leave early: keep a departure already recorded.
    if (status === 'late' && previous?.departedAt) entry.departedAt = previous.departedAt;
    if (status === 'apology' && previous?.leaveOfAbsence) entry.leaveOfAbsence = true;
    void save(entry);
  };
  const markAllPresent = () =>
    action.run(async () => {
      for (const membership of bodyMembers) {
        if (!entries.has(membership.memberId)) {
          await repos.meetings.saveAttendance(meeting.id, { id: memberEntryId(membership.memberId), kind: 'member', memberId: membership.memberId, status: 'present' });
        }
      }
    });

  return (
    <Paper variant="outlined" component="section" aria-label="Attendance" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h2" component="h2">
            Attendance register
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {open ? 'Changes are saved as you make them.' : (refusal ?? 'The register opens when the notice is issued.')}
          </Typography>
        </Box>
        <QuorumIndicator state={quorum} when={meeting.status === 'in_session' ? `now, ${formatTime(at, timeZone)}` : undefined} />
        {open ? (
          <Button variant="outlined" onClick={() => void markAllPresent()} disabled={action.busy}>
            Mark everyone else present
          </Button>
        ) : null}
      </Box>
      {action.error ? (
        <Alert severity="error" onClose={action.clear} sx={{ mb: 2 }}>
          {action.error}
        </Alert>
      ) : null}
      <TableContainer>
        <Table size="small" aria-label="Attendance register">
          <TableHead>
            <TableRow>
              <TableCell>Member</TableCell>
              <TableCell>Attendance</TableCell>
              <TableCell>Arrived</TableCell>
              <TableCell>Left</TableCell>
              <TableCell>Leave of absence</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {bodyMembers.map((membership) => {
              const member = members.get(membership.memberId);
              const name = displayName(member);
              const entry = entries.get(membership.memberId);
              return (
                <TableRow key={membership.memberId} aria-label={name}>
                  <TableCell>
                    {name}
                    {membership.role !== 'member' ? (
                      <Typography component="span" variant="body2" color="text.secondary">
                        {' '}
                        ({MEMBERSHIP_ROLE_LABELS[membership.role]})
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <TextField
                      select
                      size="small"
                      value={entry?.status ?? ''}
                      disabled={!open || action.busy}
                      onChange={(event) => setStatus(membership.memberId, event.target.value as AttendanceStatus | '')}
                      sx={{ minWidth: 220 }}
                      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'aria-label': `Attendance of ${name}` } } }}
                    >
                      <MenuItem value="">Not recorded</MenuItem>
                      {ATTENDANCE_STATUSES.map((status) => (
                        <MenuItem key={status} value={status}>
                          {ATTENDANCE_STATUS_LABELS[status]}
                        </MenuItem>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell>
                    {entry && (entry.status === 'late' || entry.arrivedAt) ? (
                      <TimeCell
                        key={`arr-${entry.arrivedAt ?? ''}`}
                        label={`${name} arrived at`}
                        instant={entry.arrivedAt}
                        meetingDate={meetingDate}
                        timeZone={timeZone}
                        disabled={!open}
                        onCommit={(arrivedAt) => void save({ ...entry, arrivedAt })}
                      />
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {entry && (entry.status === 'left_early' || entry.departedAt) ? (
                      <TimeCell
                        key={`dep-${entry.departedAt ?? ''}`}
                        label={`${name} left at`}
                        instant={entry.departedAt}
                        meetingDate={meetingDate}
                        timeZone={timeZone}
                        disabled={!open}
                        onCommit={(departedAt) => void save({ ...entry, departedAt })}
                      />
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {entry?.status === 'apology' ? (
                      <FormControlLabel
                        control={
                          <Checkbox
                            checked={entry.leaveOfAbsence ?? false}
                            disabled={!open}
                            onChange={(event) => void save({ ...entry, leaveOfAbsence: event.target.checked })}
                          />
                        }
                        label="Granted"
                        aria-label={`Leave of absence granted to ${name}`}
                      />
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>

      <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 1 }}>
        Officials and guests in attendance
      </Typography>
      {others.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          None recorded.
        </Typography>
      ) : (
        <Box component="ul" aria-label="Officials and guests" sx={{ pl: 2, my: 1 }}>
          {others.map((entry) => {
            const name = entry.memberId ? displayName(members.get(entry.memberId)) : (entry.name ?? '');
            return (
              <Box component="li" key={entry.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <span>
                  {name}
                  {entry.capacity ? `, ${entry.capacity}` : ''} ({entry.kind === 'official' ? 'official' : 'guest'})
                </span>
                {open ? (
                  <IconButton size="small" aria-label={`Remove ${name} from the register`} onClick={() => void action.run(() => repos.meetings.removeAttendance(meeting.id, entry.id))}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                ) : null}
              </Box>
            );
          })}
        </Box>
      )}
      {open ? (
        <Stack
          component="form"
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ mt: 1, alignItems: { md: 'flex-start' } }}
          aria-label="Add an official or guest"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const official = guest.kind === 'official' ? members.get(guest.memberId) : undefined;
            const entry: AttendanceEntry = {
              id: newId(),
              kind: guest.kind,
              status: 'present',
              ...(official ? { memberId: official.id, capacity: official.position ?? guest.capacity.trim() } : {}),
              ...(guest.kind === 'guest' ? { name: guest.name.trim(), ...(guest.capacity.trim() ? { capacity: guest.capacity.trim() } : {}) } : {}),
            };
            void save(entry).then((ok) => ok && setGuest({ kind: guest.kind, memberId: '', name: '', capacity: '' }));
          }}
        >
          <TextField select size="small" label="Official or guest" value={guest.kind} onChange={(e) => setGuest({ ...guest, kind: e.target.value as 'official' | 'guest' })} sx={{ minWidth: 160 }}>
            <MenuItem value="official">Official</MenuItem>
            <MenuItem value="guest">Guest</MenuItem>
          </TextField>
          {guest.kind === 'official' ? (
            <TextField select size="small" label="Official" value={guest.memberId} onChange={(e) => setGuest({ ...guest, memberId: e.target.value })} sx={{ minWidth: 260 }}>
              {officials.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {displayName(o)}
                  {o.position ? `, ${o.position}` : ''}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField size="small" label="Guest name" value={guest.name} onChange={(e) => setGuest({ ...guest, name: e.target.value })} />
          )}
          <TextField size="small" label="Capacity" value={guest.capacity} onChange={(e) => setGuest({ ...guest, capacity: e.target.value })} />
          <Button type="submit" variant="outlined" disabled={action.busy}>
            Add to register
          </Button>
        </Stack>
      ) : null}
    </Paper>
  );
}
