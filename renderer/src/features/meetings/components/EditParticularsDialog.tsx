/** Correcting a meeting's particulars (date, times, venue, number, chairperson) before it opens. */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { instantToDate, instantToTime, isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import { meetingSchema } from '@shared/schemas/meeting';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField, schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';
import { TimeField } from '../../../ui/TimeField';
import { displayName } from '../../attendance/AttendanceRegister';

export interface ParticularsValues {
  title: string;
  date: string;
  start: string;
  end: string;
  venue: string;
  sequence: string;
  chairpersonId: string;
}
type Field = keyof ParticularsValues;
const FIELD_OF: Partial<Record<string, Field>> = {
  title: 'title',
  startsAt: 'start',
  endsAt: 'end',
  venue: 'venue',
  sequence: 'sequence',
  chairpersonId: 'chairpersonId',
};

/** What the meeting schema cannot check: the date and times as typed, the number as text. */
function particularsChecks(values: ParticularsValues): FormMessages<ParticularsValues> {
  const found: FormMessages<ParticularsValues> = {};
  const sequence = values.sequence.trim() ? Number(values.sequence) : undefined;
  if (!isCalendarDate(values.date)) found.date = 'Enter the date of the meeting.';
  if (!normalizeClockTime(values.start)) found.start = 'Enter the start time as HH:MM (24-hour clock).';
  if (values.end.trim() && !normalizeClockTime(values.end)) found.end = 'Enter the end time as HH:MM (24-hour clock).';
  if (sequence !== undefined && (!Number.isInteger(sequence) || sequence < 1 || sequence > 999)) found.sequence = 'A whole number from 1 to 999.';
  return found;
}

export const particularsResolver = schemaResolver<ParticularsValues>({
  schema: meetingSchema,
  fields: { title: 'title', venue: 'venue' },
  check: particularsChecks,
});

const TITLE_MAX = schemaMaxLength(meetingSchema, 'title') ?? 200;
const VENUE_MAX = schemaMaxLength(meetingSchema, 'venue') ?? 200;

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
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<ParticularsValues>({
    resolver: particularsResolver,
    defaultValues: {
      title: meeting.title,
      date: instantToDate(meeting.startsAt, timeZone),
      start: instantToTime(meeting.startsAt, timeZone),
      end: meeting.endsAt ? instantToTime(meeting.endsAt, timeZone) : '',
      venue: meeting.venue,
      sequence: meeting.sequence ? String(meeting.sequence) : '',
      chairpersonId: meeting.chairpersonId ?? '',
    },
  });

  const save = handleSubmit(async (values) => {
    setGeneral([]);
    // The resolver has checked every field; these are the typed values made whole.
    const start = normalizeClockTime(values.start) ?? values.start;
    const end = values.end.trim() ? (normalizeClockTime(values.end) ?? '') : '';
    try {
      await repos.meetings.updateParticulars(meeting.id, {
        title: values.title.trim(),
        venue: values.venue.trim(),
        startsAt: zonedToInstant(values.date, start, timeZone),
        endsAt: end ? zonedToInstant(values.date, end, timeZone) : undefined,
        sequence: values.sequence.trim() ? Number(values.sequence) : undefined,
        chairpersonId: values.chairpersonId || undefined,
      });
      onClose();
    } catch (error) {
      showSaveError(error, FIELD_OF, setError, setGeneral);
    }
  });

  const errors = formState.errors;
  return (
    <FormDialog
      open
      title="Edit particulars"
      submitLabel="Save particulars"
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
    >
      <Controller
        name="title"
        control={control}
        render={({ field }) => (
          <LimitedTextField {...bindField(field)} label="Title" maxLength={TITLE_MAX} required error={!!errors.title} helperText={errors.title?.message} />
        )}
      />
      <Controller
        name="sequence"
        control={control}
        render={({ field }) => (
          <TextField
            {...bindField(field)}
            label="Meeting number in the year"
            error={!!errors.sequence}
            helperText={errors.sequence?.message}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name="date"
          control={control}
          render={({ field }) => (
            <DateField
              label="Date"
              required
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={!!errors.date}
              helperText={errors.date?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name="start"
          control={control}
          render={({ field }) => (
            <TimeField {...bindField(field)} label="Starts" required error={!!errors.start} helperText={errors.start?.message} sx={{ flex: 1 }} />
          )}
        />
        <Controller
          name="end"
          control={control}
          render={({ field }) => <TimeField {...bindField(field)} label="Ends" error={!!errors.end} helperText={errors.end?.message} sx={{ flex: 1 }} />}
        />
      </Stack>
      <Controller
        name="venue"
        control={control}
        render={({ field }) => (
          <LimitedTextField {...bindField(field)} label="Venue" maxLength={VENUE_MAX} required error={!!errors.venue} helperText={errors.venue?.message} />
        )}
      />
      <Controller
        name="chairpersonId"
        control={control}
        render={({ field }) => (
          <TextField {...bindField(field)} select label="Chairperson" error={!!errors.chairpersonId} helperText={errors.chairpersonId?.message}>
            <MenuItem value="">Not set</MenuItem>
            {(body?.memberships ?? []).map((m) => (
              <MenuItem key={m.memberId} value={m.memberId}>
                {displayName(members.get(m.memberId))}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </FormDialog>
  );
}
