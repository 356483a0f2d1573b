/**
 * The attendance register of a meeting, kept from the keyboard: each member of the body on a row
 * (name, party, seat), a key per state on the focused row (P present, A apology, X absent,
 * L arrived late and D left early, which ask the time), arrows to move, a search by name, party
 * or seat, and the live quorum always in view. A change shows at once and is saved in the
 * background; a refused or failed save is taken back and said. Officials and guests below.
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
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { attendanceTimeProblem, memberEntryId, quorumAt } from '@shared/domain/attendance';
import { sittingDate } from '@shared/domain/meeting-integrity';
import { newId } from '@shared/domain/ids';
import { formatTime, instantToTime, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, MEMBERSHIP_ROLE_LABELS, type AttendanceStatus } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../db/DataProvider';
import { errorMessage } from '../../ui/form-errors';
import { TimeField } from '../../ui/TimeField';
import { useAction } from '../../ui/useAction';
import { useNow } from '../../ui/useNow';
import { useWriteRefusal } from '../../ui/access';
import { QuorumIndicator } from './QuorumIndicator';
import { displayName, filterRows, registerRows, settledPending, STATUS_KEYS, withPending, type PendingChanges, type RegisterRowModel } from './register-model';
import { TimePrompt, type TimePromptRequest } from './TimePrompt';

export { displayName };

const REGISTER_OPEN = new Set(['notice_issued', 'in_session', 'closed', 'minutes_draft', 'minutes_circulated', 'adjourned_no_quorum']);

/** The moment the quorum is shown for: now in session, otherwise the last moment of the sitting. */
export function quorumMoment(meeting: Meeting, now: Date): string {
  if (meeting.status === 'in_session') return now.toISOString();
  return meeting.closedAt ?? meeting.openedAt ?? meeting.startsAt;
}

function TimeCell({
  label,
  accessibleName,
  instant,
  meetingDate,
  timeZone,
  disabled,
  check,
  onCommit,
}: {
  label: string;
  accessibleName: string;
  instant: string | undefined;
  meetingDate: string;
  timeZone: string;
  disabled: boolean;
  check: (instant: string) => string | null;
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
          setError('HH:MM');
          return;
        }
        const next = zonedToInstant(meetingDate, time, timeZone);
        if (next === instant) {
          setError(null);
          return;
        }
        const refused = check(next);
        // The reason is said in the register's message above the rows; the field keeps the time typed.
        setError(refused ? 'Refused' : null);
        if (!refused) onCommit(next);
      }}
      sx={{ width: 96 }}
      slotProps={{ htmlInput: { 'aria-label': accessibleName } }}
    />
  );
}

/**
 * The rows are plain table elements styled from the table: 45 rows of MUI cells (each a styled
 * component) cost more to render than the change they show.
 */
const REGISTER_TABLE_SX = {
  '& th, & td': { px: 1 },
  '& tbody td': { py: 0.5, borderBottom: 1, borderColor: 'divider', typography: 'body2', verticalAlign: 'middle' },
  '& td.register-name': { minWidth: 160 },
  '& td.register-seat': { whiteSpace: 'nowrap' },
  '& select.register-status': {
    width: 220,
    height: 36,
    px: 1,
    font: 'inherit',
    fontSize: '1rem',
    color: 'text.primary',
    bgcolor: 'background.paper',
    border: 1,
    borderColor: 'grey.400',
    borderRadius: 1,
    '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 1 },
    '&:disabled': { color: 'text.disabled', bgcolor: 'action.hover' },
  },
  '& tbody tr:focus': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2, bgcolor: 'action.selected' },
} as const;


/** What a row may ask of the register; one stable object, so rows re-render only when their own line changes. */
interface RowActions {
  key: (memberId: string, event: KeyboardEvent<HTMLTableRowElement>) => void;
  focus: (memberId: string) => void;
  status: (memberId: string, status: AttendanceStatus | '') => void;
  time: (memberId: string, which: 'arrivedAt' | 'departedAt', instant: string) => void;
  check: (memberId: string, which: 'arrivedAt' | 'departedAt', instant: string) => string | null;
  leave: (memberId: string, granted: boolean) => void;
}

const RegisterRow = memo(function RegisterRow({
  row,
  entry,
  tabbable,
  open,
  meetingDate,
  timeZone,
  legendId,
  actions,
  rowRef,
}: {
  row: RegisterRowModel;
  entry: AttendanceEntry | undefined;
  tabbable: boolean;
  open: boolean;
  meetingDate: string;
  timeZone: string;
  legendId: string;
  actions: RowActions;
  rowRef: (memberId: string, element: HTMLTableRowElement | null) => void;
}) {
  const { memberId, name } = row;
  return (
    <tr
      ref={(element: HTMLTableRowElement | null) => rowRef(memberId, element)}
      aria-label={name}
      aria-describedby={legendId}
      aria-keyshortcuts={open ? 'P A X L D Delete' : undefined}
      tabIndex={tabbable ? 0 : -1}
      onKeyDown={(event) => actions.key(memberId, event)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) actions.focus(memberId);
      }}
    >
      <td className="register-name">
        {name}
        {row.role !== 'member' ? (
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            ({MEMBERSHIP_ROLE_LABELS[row.role]})
          </Typography>
        ) : null}
      </td>
      <td>{row.party}</td>
      <td className="register-seat">{row.seat}</td>
      <td>
        {/* A native select: 45 of them render in a fraction of the time of MUI's menu selects. */}
        <select
          className="register-status"
          aria-label={`Attendance of ${name}`}
          value={entry?.status ?? ''}
          disabled={!open}
          onChange={(event) => actions.status(memberId, event.target.value as AttendanceStatus | '')}
        >
          <option value="">Not recorded</option>
          {ATTENDANCE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ATTENDANCE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {entry && (entry.status === 'late' || entry.arrivedAt) ? (
          <TimeCell
            key={`arr-${entry.arrivedAt ?? ''}`}
            label="Arrived"
            accessibleName={`${name} arrived at`}
            instant={entry.arrivedAt}
            meetingDate={meetingDate}
            timeZone={timeZone}
            disabled={!open}
            check={(instant) => actions.check(memberId, 'arrivedAt', instant)}
            onCommit={(instant) => actions.time(memberId, 'arrivedAt', instant)}
          />
        ) : null}
      </td>
      <td>
        {entry && (entry.status === 'left_early' || entry.departedAt) ? (
          <TimeCell
            key={`dep-${entry.departedAt ?? ''}`}
            label="Left"
            accessibleName={`${name} left at`}
            instant={entry.departedAt}
            meetingDate={meetingDate}
            timeZone={timeZone}
            disabled={!open}
            check={(instant) => actions.check(memberId, 'departedAt', instant)}
            onCommit={(instant) => actions.time(memberId, 'departedAt', instant)}
          />
        ) : null}
      </td>
      <td>
        {entry?.status === 'apology' ? (
          <FormControlLabel
            control={<Checkbox checked={entry.leaveOfAbsence ?? false} disabled={!open} onChange={(event) => actions.leave(memberId, event.target.checked)} />}
            label="Granted"
            aria-label={`Leave of absence granted to ${name}`}
          />
        ) : null}
      </td>
    </tr>
  );
});

function Key({ children }: { children: string }) {
  return (
    <Box component="kbd" sx={{ px: 0.75, py: 0.1, border: 1, borderColor: 'divider', borderRadius: 0.5, fontFamily: 'monospace', fontSize: '0.85em', bgcolor: 'action.hover' }}>
      {children}
    </Box>
  );
}

const KeyLegend = memo(function KeyLegend({ id, open }: { id: string; open: boolean }) {
  return (
    <Typography id={id} variant="body2" color="text.secondary" sx={{ mt: 1.5, mb: 1, display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
      {open ? (
        <>
          <span>Keys on a row:</span>
          <span><Key>P</Key> present</span>
          <span><Key>A</Key> apology</span>
          <span><Key>X</Key> absent</span>
          <span><Key>L</Key> arrived late (asks the time)</span>
          <span><Key>D</Key> left early (asks the time)</span>
          <span><Key>Delete</Key> not recorded</span>
          <span><Key>↑</Key> <Key>↓</Key> <Key>Home</Key> <Key>End</Key> move</span>
        </>
      ) : (
        <span>Read-only: <Key>↑</Key> <Key>↓</Key> <Key>Home</Key> <Key>End</Key> move between members.</span>
      )}
    </Typography>
  );
});

const RegisterHead = memo(function RegisterHead() {
  return (
    <TableHead>
      <TableRow>
        <TableCell>Member</TableCell>
        <TableCell>Party</TableCell>
        <TableCell>Seat</TableCell>
        <TableCell>Attendance</TableCell>
        <TableCell>Arrived</TableCell>
        <TableCell>Left</TableCell>
        <TableCell>Leave of absence</TableCell>
      </TableRow>
    </TableHead>
  );
});

const SearchField = memo(function SearchField({ value, onChange, onEnter }: { value: string; onChange: (value: string) => void; onEnter: () => void }) {
  return (
    <TextField
      size="small"
      type="search"
      label="Find a member"
      placeholder="Name, party or seat"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'Enter') {
          event.preventDefault();
          onEnter();
        }
      }}
      sx={{ width: 210 }}
      slotProps={{ htmlInput: { maxLength: 100 }, inputLabel: { shrink: true } }}
    />
  );
});

/** Officials and guests in attendance, and the form that adds one. */
const OfficialsAndGuests = memo(function OfficialsAndGuests({
  meetingId,
  others,
  members,
  open,
}: {
  meetingId: string;
  others: AttendanceEntry[];
  members: Map<string, Member>;
  open: boolean;
}) {
  const repos = useRepositories();
  const action = useAction();
  const officials = useMemo(() => [...members.values()].filter((m) => m.kind === 'official' && m.active), [members]);
  const [guest, setGuest] = useState({ kind: 'official' as 'official' | 'guest', memberId: '', name: '', capacity: '' });
  const save = (entry: AttendanceEntry) => action.run(() => repos.meetings.saveAttendance(meetingId, entry));
  return (
    <>
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
                <IconButton size="small" aria-label={`Remove ${name} from the register`} onClick={() => void action.run(() => repos.meetings.removeAttendance(meetingId, entry.id))}>
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
      {action.error ? (
        <Alert severity="error" onClose={action.clear} sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      ) : null}
    </>
  );
});

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
  const now = useNow();
  const refusal = useWriteRefusal('meetings');
  const open = REGISTER_OPEN.has(meeting.status) && refusal === null;
  // Times typed during the sitting belong to the day it was held (opened), not the day scheduled.
  const meetingDate = sittingDate(meeting, timeZone);
  const legendId = useId();

  // Changes shown before the database has them; dropped once the stored meeting agrees.
  const [pending, setPending] = useState<PendingChanges>(() => new Map());
  const [writeError, setWriteError] = useState<string | null>(null);
  const [seen, setSeen] = useState(meeting.attendance);
  if (seen !== meeting.attendance) {
    setSeen(meeting.attendance);
    const done = settledPending(meeting.attendance, pending);
    if (done.length > 0) {
      const next = new Map(pending);
      for (const id of done) next.delete(id);
      setPending(next);
    }
  }
  const attendance = useMemo(() => withPending(meeting.attendance, pending), [meeting.attendance, pending]);
  const entries = useMemo(() => new Map(attendance.filter((e) => e.memberId && e.kind === 'member').map((e) => [e.memberId as string, e])), [attendance]);
  const at = quorumMoment(meeting, now);
  const quorum = quorumAt({ attendance }, body, at);
  const others = useMemo(() => meeting.attendance.filter((e) => e.kind !== 'member'), [meeting.attendance]);
  const rows = useMemo(() => registerRows(body, members), [body, members]);
  const [search, setSearch] = useState('');
  const visible = useMemo(() => filterRows(rows, search), [rows, search]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const tabbableId = visible.some((r) => r.memberId === focusedId) ? focusedId : (visible[0]?.memberId ?? null);
  const [prompt, setPrompt] = useState<TimePromptRequest | null>(null);
  const recorded = rows.filter((r) => entries.has(r.memberId)).length;

  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  const rowRef = useCallback((memberId: string, element: HTMLTableRowElement | null) => {
    if (element) rowElements.current.set(memberId, element);
    else rowElements.current.delete(memberId);
  }, []);

  // The latest of everything the row actions read, so the actions object never changes.
  const latest = useRef({ meeting, entries, visible, open, timeZone, meetingDate, members });
  useLayoutEffect(() => {
    latest.current = { meeting, entries, visible, open, timeZone, meetingDate, members };
  });

  const timeProblem = useCallback((memberId: string, entry: Pick<AttendanceEntry, 'arrivedAt' | 'departedAt'>): string | null => {
    const { meeting: m, timeZone: tz, members: people } = latest.current;
    return attendanceTimeProblem(entry, { meeting: m, now: new Date(), name: displayName(people.get(memberId)), timeZone: tz });
  }, []);

  const writes = useRef<Promise<unknown>>(Promise.resolve());
  /** Shows the change now and stores it; a failure takes it back and says why. */
  const apply = useCallback(
    (memberId: string, entry: AttendanceEntry | null) => {
      const stored = latest.current.entries.get(memberId);
      setWriteError(null);
      setPending((current) => new Map(current).set(memberId, entry));
      const meetingId = latest.current.meeting.id;
      // One write after another, in the order of the keys: a quick P then Delete ends not recorded.
      const write = writes.current.then(() =>
        entry ? repos.meetings.saveAttendance(meetingId, entry) : stored ? repos.meetings.removeAttendance(meetingId, stored.id) : undefined,
      );
      writes.current = write.then(
        () => undefined,
        () => undefined,
      );
      write.catch((error: unknown) => {
        setWriteError(errorMessage(error));
        setPending((current) => {
          if (current.get(memberId) !== entry) return current;
          const next = new Map(current);
          next.delete(memberId);
          return next;
        });
      });
    },
    [repos],
  );

  const actions = useMemo<RowActions>(() => {
    const lineFor = (memberId: string, status: AttendanceStatus): AttendanceEntry => {
      const previous = latest.current.entries.get(memberId);
      const entry: AttendanceEntry = { id: previous?.id ?? memberEntryId(memberId), kind: 'member', memberId, status };
      if (status === 'late' && previous?.departedAt) entry.departedAt = previous.departedAt;
      if (status === 'left_early' && previous?.arrivedAt) entry.arrivedAt = previous.arrivedAt;
      if (status === 'apology' && previous?.leaveOfAbsence) entry.leaveOfAbsence = true;
      return entry;
    };
    const setStatus = (memberId: string, status: AttendanceStatus | '') => {
      if (!latest.current.open) return;
      if (!status) {
        if (latest.current.entries.has(memberId)) apply(memberId, null);
        return;
      }
      const { meeting: m } = latest.current;
      const previous = latest.current.entries.get(memberId);
      const entry = lineFor(memberId, status);
      const defaultTime = m.status === 'in_session' ? new Date().toISOString() : (m.openedAt ?? m.startsAt);
      if (status === 'late') entry.arrivedAt = previous?.arrivedAt ?? defaultTime;
      if (status === 'left_early') entry.departedAt = previous?.departedAt ?? defaultTime;
      const refused = timeProblem(memberId, entry);
      if (refused) {
        setWriteError(refused);
        return;
      }
      apply(memberId, entry);
    };
    const ask = (memberId: string, which: 'arrived' | 'left') => {
      const { meeting: m, timeZone: tz, members: people } = latest.current;
      const previous = latest.current.entries.get(memberId)?.[which === 'arrived' ? 'arrivedAt' : 'departedAt'];
      const initial = previous ?? (m.status === 'in_session' ? new Date().toISOString() : (m.openedAt ?? m.startsAt));
      setPrompt({ memberId, name: displayName(people.get(memberId)), which, initial: instantToTime(initial, tz) });
    };
    const move = (memberId: string, to: 'next' | 'previous' | 'first' | 'last') => {
      const list = latest.current.visible;
      const index = list.findIndex((r) => r.memberId === memberId);
      const target = to === 'first' ? 0 : to === 'last' ? list.length - 1 : to === 'next' ? Math.min(index + 1, list.length - 1) : Math.max(index - 1, 0);
      const id = list[target]?.memberId;
      if (id) {
        setFocusedId(id);
        rowElements.current.get(id)?.focus();
      }
    };
    return {
      key: (memberId, event) => {
        if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
        const moves: Record<string, 'next' | 'previous' | 'first' | 'last'> = { ArrowDown: 'next', ArrowUp: 'previous', Home: 'first', End: 'last' };
        const move$ = moves[event.key];
        if (move$) {
          event.preventDefault();
          move(memberId, move$);
          return;
        }
        if (!latest.current.open) return;
        const status = STATUS_KEYS[event.key.toLowerCase()];
        if (status === 'late' || status === 'left_early') {
          event.preventDefault();
          ask(memberId, status === 'late' ? 'arrived' : 'left');
        } else if (status) {
          event.preventDefault();
          setStatus(memberId, status);
        } else if (event.key === 'Delete' || event.key === 'Backspace') {
          event.preventDefault();
          setStatus(memberId, '');
        }
      },
      focus: (memberId) => setFocusedId(memberId),
      status: setStatus,
      check: (memberId, which, instant) => {
        const previous = latest.current.entries.get(memberId);
        const refused = timeProblem(memberId, { arrivedAt: previous?.arrivedAt, departedAt: previous?.departedAt, [which]: instant });
        setWriteError(refused);
        return refused;
      },
      time: (memberId, which, instant) => {
        const previous = latest.current.entries.get(memberId);
        if (previous) apply(memberId, { ...previous, [which]: instant });
      },
      leave: (memberId, granted) => {
        const previous = latest.current.entries.get(memberId);
        if (previous && latest.current.open) apply(memberId, { ...previous, leaveOfAbsence: granted });
      },
    };
  }, [apply, timeProblem, setPrompt, setWriteError]);

  const recordPrompted = (time: string): string | null => {
    if (!prompt) return null;
    const instant = zonedToInstant(meetingDate, time, timeZone);
    const previous = entries.get(prompt.memberId);
    const entry: AttendanceEntry = { id: previous?.id ?? memberEntryId(prompt.memberId), kind: 'member', memberId: prompt.memberId, status: prompt.which === 'arrived' ? 'late' : 'left_early' };
    if (prompt.which === 'arrived') {
      entry.arrivedAt = instant;
      if (previous?.departedAt) entry.departedAt = previous.departedAt;
    } else {
      entry.departedAt = instant;
      if (previous?.arrivedAt) entry.arrivedAt = previous.arrivedAt;
    }
    const refused = timeProblem(prompt.memberId, entry);
    if (refused) return refused;
    apply(prompt.memberId, entry);
    return null;
  };

  const markAllPresent = () => {
    const missing = rows.filter((r) => !entries.has(r.memberId)).map((r) => r.memberId);
    if (missing.length === 0) return;
    setWriteError(null);
    const added = new Map(pending);
    for (const memberId of missing) added.set(memberId, { id: memberEntryId(memberId), kind: 'member', memberId, status: 'present' });
    setPending(added);
    const write = writes.current.then(() => repos.meetings.markPresent(meeting.id, missing));
    writes.current = write.then(
      () => undefined,
      () => undefined,
    );
    write.catch((error: unknown) => {
      setWriteError(errorMessage(error));
      setPending((current) => {
        const next = new Map(current);
        for (const memberId of missing) if (next.get(memberId)?.status === 'present' && !meeting.attendance.some((e) => e.memberId === memberId)) next.delete(memberId);
        return next;
      });
    });
  };

  const focusFirstRow = useCallback(() => {
    const first = latest.current.visible[0];
    if (!first) return;
    setFocusedId(first.memberId);
    rowElements.current.get(first.memberId)?.focus();
  }, []);
  const error = writeError;

  return (
    <Paper variant="outlined" component="section" aria-label="Attendance" sx={{ p: 2 }}>
      <Box sx={{ mb: 1 }}>
        <Typography variant="h2" component="h2">
          Attendance register
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {open ? 'Changes are saved as you make them.' : (refusal ?? 'The register opens when the notice is issued.')} {recorded} of {rows.length} members recorded.
        </Typography>
      </Box>
      <Box
        role="group"
        aria-label="Quorum and register tools"
        sx={{
          position: 'sticky',
          top: { xs: 56, sm: 64 },
          zIndex: 3,
          bgcolor: 'background.paper',
          mx: -2,
          px: 2,
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <QuorumIndicator state={quorum} when={meeting.status === 'in_session' ? `now, ${formatTime(at, timeZone)}` : undefined} />
          <Box sx={{ flex: 1 }} />
          <SearchField value={search} onChange={setSearch} onEnter={focusFirstRow} />
          {open ? (
            <Button variant="outlined" size="small" onClick={markAllPresent} disabled={recorded === rows.length}>
              Mark everyone else present
            </Button>
          ) : null}
        </Box>
        {error ? (
          <Alert severity="error" onClose={() => setWriteError(null)} sx={{ mt: 1 }}>
            {error}
          </Alert>
        ) : null}
      </Box>
      <KeyLegend id={legendId} open={open} />
      <TableContainer>
        <Table size="small" aria-label="Attendance register" sx={REGISTER_TABLE_SX}>
          <RegisterHead />
          <TableBody>
            {visible.map((row) => (
              <RegisterRow
                key={row.memberId}
                row={row}
                entry={entries.get(row.memberId)}
                tabbable={row.memberId === tabbableId}
                open={open}
                meetingDate={meetingDate}
                timeZone={timeZone}
                legendId={legendId}
                actions={actions}
                rowRef={rowRef}
              />
            ))}
            {visible.length === 0 ? (
              <TableRow>
                <TableCell colSpan={7}>No member matches “{search.trim()}”.</TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
      {prompt ? <TimePrompt key={`${prompt.memberId}-${prompt.which}`} request={prompt} onClose={() => setPrompt(null)} onRecord={recordPrompted} /> : null}

      <OfficialsAndGuests meetingId={meeting.id} others={others} members={members} open={open} />
    </Paper>
  );
}
