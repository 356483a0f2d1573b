/**
 * One member's line in the attendance register: the status chosen from a list or by a key on the
 * focused row, arrival and departure times checked before they are kept, leave of absence. Rows
 * are plain table elements styled from the table (REGISTER_TABLE_SX): 45 rows of MUI cells cost
 * more to render than the change they show.
 */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo, useState, type KeyboardEvent } from 'react';
import { instantToTime, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, MEMBERSHIP_ROLE_LABELS, type AttendanceStatus } from '@shared/schemas/vocabulary';
import { TimeField } from '../../ui/TimeField';
import { type RegisterRowModel } from './register-model';

export function TimeCell({
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
export const REGISTER_TABLE_SX = {
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
export interface RowActions {
  key: (memberId: string, event: KeyboardEvent<HTMLTableRowElement>) => void;
  focus: (memberId: string) => void;
  status: (memberId: string, status: AttendanceStatus | '') => void;
  time: (memberId: string, which: 'arrivedAt' | 'departedAt', instant: string) => void;
  check: (memberId: string, which: 'arrivedAt' | 'departedAt', instant: string) => string | null;
  leave: (memberId: string, granted: boolean) => void;
}

export const RegisterRow = memo(function RegisterRow({
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

export const RegisterHead = memo(function RegisterHead() {
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
