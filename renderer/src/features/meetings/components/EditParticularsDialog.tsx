/** Correcting a meeting's particulars (date, times, venue, number, chairperson) before it opens. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { instantToDate, instantToTime, isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { useRecordErrors } from '../../../ui/form-errors';
import { TimeField } from '../../../ui/TimeField';
import { displayName } from '../../attendance/AttendanceRegister';

type Field = 'title' | 'date' | 'start' | 'end' | 'venue' | 'sequence' | 'chairpersonId';
const FIELD_OF: Partial<Record<string, Field>> = { title: 'title', startsAt: 'start', endsAt: 'end', venue: 'venue', sequence: 'sequence', chairpersonId: 'chairpersonId' };

export function EditParticularsDialog({
  meeting,
  body,
  members,
  timeZone,
  onClose,
}: {
  meeting: Meeting;
  body: Body | null;
  members: Map<string, Member>;
  timeZone: string;
  onClose: () => void;
}) {
  const repos = useRepositories();
  const [values, setValues] = useState({
    title: meeting.title,
    date: instantToDate(meeting.startsAt, timeZone),
    start: instantToTime(meeting.startsAt, timeZone),
    end: meeting.endsAt ? instantToTime(meeting.endsAt, timeZone) : '',
    venue: meeting.venue,
    sequence: meeting.sequence ? String(meeting.sequence) : '',
    chairpersonId: meeting.chairpersonId ?? '',
  });
  const { fields: errors, general, capture, reset } = useRecordErrors<Field>(FIELD_OF);

  const save = async () => {
    const found: Partial<Record<Field, string>> = {};
    const start = normalizeClockTime(values.start);
    const end = values.end.trim() ? normalizeClockTime(values.end) : '';
    const sequence = values.sequence.trim() ? Number(values.sequence) : undefined;
    if (!isCalendarDate(values.date)) found.date = 'Enter the date of the meeting.';
    if (!start) found.start = 'Enter the start time as HH:MM (24-hour clock).';
    if (end === null) found.end = 'Enter the end time as HH:MM (24-hour clock).';
    if (sequence !== undefined && (!Number.isInteger(sequence) || sequence < 1 || sequence > 999)) found.sequence = 'A whole number from 1 to 999.';
    reset(found);
    if (Object.keys(found).length > 0 || !start || end === null) return;
    try {
      await repos.meetings.updateParticulars(meeting.id, {
        title: values.title.trim(),
        venue: values.venue.trim(),
        startsAt: zonedToInstant(values.date, start, timeZone),
        endsAt: end ? zonedToInstant(values.date, end, timeZone) : undefined,
        sequence,
        chairpersonId: values.chairpersonId || undefined,
      });
      onClose();
    } catch (error) {
      capture(error);
    }
  };

  const field = (name: Field) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value }),
    error: !!errors[name],
    helperText: errors[name],
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="edit-particulars-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="edit-particulars-title">Edit particulars</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general ? <Alert severity="error">{general}</Alert> : null}
            <TextField label="Title" required {...field('title')} />
            <TextField label="Meeting number in the year" {...field('sequence')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <DateField label="Date" required value={values.date} onChange={(date) => setValues({ ...values, date })} error={!!errors.date} helperText={errors.date} sx={{ flex: 1 }} />
              <TimeField label="Starts" required value={values.start} onChange={(start) => setValues({ ...values, start })} error={!!errors.start} helperText={errors.start} sx={{ flex: 1 }} />
              <TimeField label="Ends" value={values.end} onChange={(end) => setValues({ ...values, end })} error={!!errors.end} helperText={errors.end} sx={{ flex: 1 }} />
            </Stack>
            <TextField label="Venue" required {...field('venue')} />
            <TextField select label="Chairperson" {...field('chairpersonId')}>
              <MenuItem value="">Not set</MenuItem>
              {(body?.memberships ?? []).map((m) => (
                <MenuItem key={m.memberId} value={m.memberId}>
                  {displayName(members.get(m.memberId))}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            Save particulars
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
