/**
 * The attendance register of a meeting, kept from the keyboard: each member of the body on a row
 * (name, party, seat), a key per state on the focused row (P present, A apology, X absent,
 * L arrived late and D left early, which ask the time), arrows to move, a search by name, party
 * or seat, and the live quorum always in view. A change shows at once and is saved in the
 * background; a refused or failed save is taken back and said. Officials and guests below.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { attendanceTimeProblem, quorumAt } from '@shared/domain/attendance';
import { sittingDate } from '@shared/domain/meeting-integrity';
import { formatTime, instantToTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { type AttendanceStatus } from '@shared/schemas/vocabulary';
import { useNow } from '../../ui/useNow';
import { useWriteRefusal } from '../../ui/access';
import { firstRowsFor, useProgressiveCount, type RowGeometry } from '../../ui/useProgressiveCount';
import { displayName, filterRows, memberLine, promptedLine, registerRows, STATUS_KEYS } from './register-model';
import { TimePrompt, type TimePromptRequest } from './TimePrompt';
import { OfficialsAndGuests } from './OfficialsAndGuests';
import { KeyLegend } from './RegisterControls';
import { RegisterTools } from './RegisterTools';
import { useRegisterWrites } from './use-register-writes';
import { REGISTER_TABLE_SX, RegisterHead, RegisterRow, type RowActions } from './RegisterRow';

export { displayName };

const REGISTER_OPEN = new Set(['notice_issued', 'in_session', 'closed', 'minutes_draft', 'minutes_circulated', 'adjourned_no_quorum']);

/** The moment the quorum is shown for: now in session, otherwise the last moment of the sitting. */
export function quorumMoment(meeting: Meeting, now: Date): string {
  if (meeting.status === 'in_session') return now.toISOString();
  return meeting.closedAt ?? meeting.openedAt ?? meeting.startsAt;
}

/** A register row is at least 36 px tall (compact rows); the table starts at least 300 px down the meeting page, below the quorum and the tools. */
const REGISTER_ROWS: RowGeometry = { rowPx: 36, topPx: 300 };

export function AttendanceRegister({ meeting, body, members, timeZone }: { meeting: Meeting; body: Body; members: Map<string, Member>; timeZone: string }) {
  const now = useNow();
  const refusal = useWriteRefusal('meetings');
  const open = REGISTER_OPEN.has(meeting.status) && refusal === null;
  // Times typed during the sitting belong to the day it was held (opened), not the day scheduled.
  const meetingDate = sittingDate(meeting, timeZone);
  const legendId = useId();

  const { attendance, entries, writeError, setWriteError, apply, markPresent } = useRegisterWrites(meeting);
  const at = quorumMoment(meeting, now);
  const quorum = quorumAt({ attendance }, body, at);
  const others = useMemo(() => meeting.attendance.filter((e) => e.kind !== 'member'), [meeting.attendance]);
  const rows = useMemo(() => registerRows(body, members), [body, members]);
  const [search, setSearch] = useState('');
  const visible = useMemo(() => filterRows(rows, search), [rows, search]);
  // A long register (a metro council) draws its first rows at once and the rest in a deferred render.
  const { shown, drawAll } = useProgressiveCount(visible.length, firstRowsFor(REGISTER_ROWS));
  const drawn = useMemo(() => visible.slice(0, shown), [visible, shown]);
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
  const latest = useRef({ meeting, entries, visible, open, timeZone, meetingDate, members, drawAll });
  useLayoutEffect(() => {
    latest.current = { meeting, entries, visible, open, timeZone, meetingDate, members, drawAll };
  });

  const timeProblem = useCallback((memberId: string, entry: Pick<AttendanceEntry, 'arrivedAt' | 'departedAt'>): string | null => {
    const { meeting: m, timeZone: tz, members: people } = latest.current;
    return attendanceTimeProblem(entry, { meeting: m, now: new Date(), name: displayName(people.get(memberId)), timeZone: tz });
  }, []);

  const actions = useMemo<RowActions>(() => {
    const setStatus = (memberId: string, status: AttendanceStatus | '') => {
      if (!latest.current.open) return;
      if (!status) {
        if (latest.current.entries.has(memberId)) apply(memberId, null);
        return;
      }
      const { meeting: m } = latest.current;
      const previous = latest.current.entries.get(memberId);
      const entry = memberLine(previous, memberId, status);
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
        // A row not drawn yet (the first frames of a long register) is drawn first, so the focus gets there.
        if (!rowElements.current.has(id)) latest.current.drawAll();
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
    const entry = promptedLine(entries.get(prompt.memberId), prompt.memberId, prompt.which, instant);
    const refused = timeProblem(prompt.memberId, entry);
    if (refused) return refused;
    apply(prompt.memberId, entry);
    return null;
  };

  const markAllPresent = () => markPresent(rows.filter((r) => !entries.has(r.memberId)).map((r) => r.memberId));

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
          {open ? 'Changes are saved as you make them.' : (refusal ?? 'The register opens when the notice is issued.')} {recorded} of {rows.length} members
          recorded.
        </Typography>
      </Box>
      <RegisterTools
        quorum={quorum}
        when={meeting.status === 'in_session' ? `now, ${formatTime(at, timeZone)}` : undefined}
        search={search}
        onSearch={setSearch}
        onSearchEnter={focusFirstRow}
        open={open}
        allRecorded={recorded === rows.length}
        onMarkAllPresent={markAllPresent}
        error={error}
        onDismissError={() => setWriteError(null)}
      />
      <KeyLegend id={legendId} open={open} />
      <TableContainer>
        <Table size="small" aria-label="Attendance register" sx={REGISTER_TABLE_SX}>
          <RegisterHead />
          <TableBody>
            {drawn.map((row) => (
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
