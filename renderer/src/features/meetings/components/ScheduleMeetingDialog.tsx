/**
 * The form that schedules a meeting. What the person types is checked by the meetings
 * repository (schema and domain rules); its messages appear beside the fields, and nothing is
 * saved until every field is right.
 */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting } from '@shared/schemas';
import { meetingSchema } from '@shared/schemas/meeting';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField, schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';
import { TimeField } from '../../../ui/TimeField';

export interface ScheduleFormValues {
  bodyId: string;
  type: MeetingType;
  title: string;
  sequence: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
}

type FormValues = ScheduleFormValues;
type FormField = keyof FormValues;

const RECORD_FIELD_TO_FORM: Partial<Record<string, FormField>> = {
  bodyId: 'bodyId',
  type: 'type',
  title: 'title',
  sequence: 'sequence',
  startsAt: 'startTime',
  endsAt: 'endTime',
  venue: 'venue',
};

/** What the meeting schema cannot check: the date and times as typed, the number as text. */
export function scheduleFormChecks(values: FormValues): FormMessages<FormValues> {
  const messages: FormMessages<FormValues> = {};
  if (!values.bodyId) messages.bodyId = 'Choose the body that meets.';
  if (!isCalendarDate(values.date)) messages.date = 'Enter the date of the meeting.';
  if (!normalizeClockTime(values.startTime)) messages.startTime = 'Enter the start time as HH:MM (24-hour clock).';
  if (values.endTime.trim() && !normalizeClockTime(values.endTime)) messages.endTime = 'Enter the end time as HH:MM (24-hour clock).';
  const sequence = values.sequence.trim() ? Number(values.sequence) : undefined;
  if (sequence !== undefined && (!Number.isInteger(sequence) || sequence < 1 || sequence > 999)) {
    messages.sequence = 'The meeting number is a whole number from 1 to 999.';
  }
  return messages;
}

export const scheduleResolver = schemaResolver<FormValues>({
  schema: meetingSchema,
  fields: { bodyId: 'bodyId', type: 'type', title: 'title', venue: 'venue' },
  check: scheduleFormChecks,
});

const TITLE_MAX = schemaMaxLength(meetingSchema, 'title') ?? 200;
const VENUE_MAX = schemaMaxLength(meetingSchema, 'venue') ?? 200;

export interface ScheduleMeetingDialogProps {
  open: boolean;
  bodies: Body[];
  timeZone: string;
  onClose: () => void;
  onScheduled: (meeting: Meeting) => void;
}

export function ScheduleMeetingDialog({ open, bodies, timeZone, onClose, onScheduled }: ScheduleMeetingDialogProps) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, reset, setValue, getValues, formState } = useForm<FormValues>({
    resolver: scheduleResolver,
    defaultValues: { bodyId: '', type: 'ordinary', title: '', sequence: '', date: '', startTime: '10:00', endTime: '', venue: '' },
  });

  const close = () => {
    reset();
    setGeneral([]);
    onClose();
  };

  const suggestTitle = (bodyId: string, type: MeetingType) => {
    const body = bodies.find((b) => b.id === bodyId);
    if (body && !getValues('title').trim()) setValue('title', `${MEETING_TYPE_LABELS[type]} ${body.name} Meeting`);
  };

  // Suggest the body's next meeting number in the year of the chosen date.
  const suggestSequence = (bodyId: string, date: string) => {
    if (!bodyId || !isCalendarDate(date) || getValues('sequence').trim()) return;
    void repos.meetingWorkflow.nextSequence(bodyId, date).then((next) => {
      if (!getValues('sequence').trim()) setValue('sequence', String(next));
    });
  };

  const submit = handleSubmit(async (values) => {
    setGeneral([]);
    // The resolver has checked every field; these are the typed values made whole.
    const startTime = normalizeClockTime(values.startTime) ?? values.startTime;
    const endTime = values.endTime.trim() ? (normalizeClockTime(values.endTime) ?? '') : '';
    const sequence = values.sequence.trim() ? Number(values.sequence) : undefined;
    try {
      const meeting = await repos.meetingWorkflow.schedule({
        bodyId: values.bodyId,
        type: values.type,
        title: values.title,
        ...(sequence !== undefined ? { sequence } : {}),
        venue: values.venue,
        startsAt: zonedToInstant(values.date, startTime, timeZone),
        ...(endTime ? { endsAt: zonedToInstant(values.date, endTime, timeZone) } : {}),
      });
      reset();
      onScheduled(meeting);
    } catch (error) {
      showSaveError(error, RECORD_FIELD_TO_FORM, setError, setGeneral, 'The meeting was not saved: ');
    }
  });

  const errors = formState.errors;
  return (
    <FormDialog
      open={open}
      title="Schedule a meeting"
      submitLabel="Schedule meeting"
      onSubmit={(event) => void submit(event)}
      onClose={close}
      submitting={formState.isSubmitting}
      general={general}
    >
      <Controller
        name="bodyId"
        control={control}
        render={({ field }) => (
          <TextField
            {...bindField(field)}
            select
            label="Body"
            required
            error={!!errors.bodyId}
            helperText={errors.bodyId?.message ?? 'Council or the committee that meets'}
            onChange={(event) => {
              field.onChange(event);
              suggestTitle(event.target.value, getValues('type'));
              suggestSequence(event.target.value, getValues('date'));
            }}
          >
            {bodies.map((body) => (
              <MenuItem key={body.id} value={body.id}>
                {body.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        name="type"
        control={control}
        render={({ field }) => (
          <TextField {...bindField(field)} select label="Type of meeting" error={!!errors.type} helperText={errors.type?.message}>
            {MEETING_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {MEETING_TYPE_LABELS[type]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
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
            helperText={errors.sequence?.message ?? 'Resolution numbers are derived from it; suggested once body and date are chosen'}
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
              name={field.name}
              value={field.value}
              inputRef={field.ref}
              onBlur={field.onBlur}
              onChange={(value) => {
                field.onChange(value);
                suggestSequence(getValues('bodyId'), value);
              }}
              label="Date"
              required
              error={!!errors.date}
              helperText={errors.date?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name="startTime"
          control={control}
          render={({ field }) => (
            <TimeField {...bindField(field)} label="Starts" required error={!!errors.startTime} helperText={errors.startTime?.message} sx={{ flex: 1 }} />
          )}
        />
        <Controller
          name="endTime"
          control={control}
          render={({ field }) => (
            <TimeField {...bindField(field)} label="Ends" error={!!errors.endTime} helperText={errors.endTime?.message} sx={{ flex: 1 }} />
          )}
        />
      </Stack>
      <Controller
        name="venue"
        control={control}
        render={({ field }) => (
          <LimitedTextField {...bindField(field)} label="Venue" maxLength={VENUE_MAX} required error={!!errors.venue} helperText={errors.venue?.message} />
        )}
      />
    </FormDialog>
  );
}
