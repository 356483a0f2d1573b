/**
 * The form that schedules a meeting. What the person types is checked by the meetings
 * repository (schema and domain rules); its messages appear beside the fields, and nothing is
 * saved until every field is right.
 */
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
import { Controller, useForm } from 'react-hook-form';
import { isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { Body, Meeting } from '@shared/schemas';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { TimeField } from '../../../ui/TimeField';

interface FormValues {
  bodyId: string;
  type: MeetingType;
  title: string;
  sequence: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
}

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
    let problems = false;
    if (!values.bodyId) {
      setError('bodyId', { message: 'Choose the body that meets.' });
      problems = true;
    }
    if (!isCalendarDate(values.date)) {
      setError('date', { message: 'Enter the date of the meeting.' });
      problems = true;
    }
    const startTime = normalizeClockTime(values.startTime);
    const endTime = values.endTime.trim() ? normalizeClockTime(values.endTime) : '';
    if (!startTime) {
      setError('startTime', { message: 'Enter the start time as HH:MM (24-hour clock).' });
      problems = true;
    }
    if (endTime === null) {
      setError('endTime', { message: 'Enter the end time as HH:MM (24-hour clock).' });
      problems = true;
    }
    const sequence = values.sequence.trim() ? Number(values.sequence) : undefined;
    if (sequence !== undefined && (!Number.isInteger(sequence) || sequence < 1 || sequence > 999)) {
      setError('sequence', { message: 'The meeting number is a whole number from 1 to 999.' });
      problems = true;
    }
    if (problems || !startTime || endTime === null) return;
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
      const mapped = mapRecordErrors(error, RECORD_FIELD_TO_FORM);
      if (!mapped) {
        setGeneral([`The meeting was not saved: ${errorMessage(error)}`]);
        return;
      }
      for (const [field, message] of Object.entries(mapped.fields)) setError(field as FormField, { message: message });
      setGeneral(mapped.general);
    }
  });

  const errors = formState.errors;
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="schedule-meeting-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="schedule-meeting-title">Schedule a meeting</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general.map((message) => (
              <Alert key={message} severity="error">
                {message}
              </Alert>
            ))}
            <Controller
              name="bodyId"
              control={control}
              render={({ field }) => (
                <TextField
                  {...field}
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
                <TextField {...field} select label="Type of meeting" error={!!errors.type} helperText={errors.type?.message}>
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
                <TextField {...field} label="Title" required error={!!errors.title} helperText={errors.title?.message} />
              )}
            />
            <Controller
              name="sequence"
              control={control}
              render={({ field }) => (
                <TextField
                  {...field}
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
                  <TextField
                    {...field}
                    onChange={(event) => {
                      field.onChange(event);
                      suggestSequence(getValues('bodyId'), event.target.value);
                    }}
                    type="date"
                    label="Date"
                    required
                    error={!!errors.date}
                    helperText={errors.date?.message}
                    slotProps={{ inputLabel: { shrink: true } }}
                    sx={{ flex: 1 }}
                  />
                )}
              />
              <Controller
                name="startTime"
                control={control}
                render={({ field }) => (
                  <TimeField
                    {...field}
                    label="Starts"
                    required
                    error={!!errors.startTime}
                    helperText={errors.startTime?.message}
                    sx={{ flex: 1 }}
                  />
                )}
              />
              <Controller
                name="endTime"
                control={control}
                render={({ field }) => (
                  <TimeField
                    {...field}
                    label="Ends"
                    error={!!errors.endTime}
                    helperText={errors.endTime?.message}
                    sx={{ flex: 1 }}
                  />
                )}
              />
            </Stack>
            <Controller
              name="venue"
              control={control}
              render={({ field }) => (
                <TextField {...field} label="Venue" required error={!!errors.venue} helperText={errors.venue?.message} />
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Schedule meeting
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
