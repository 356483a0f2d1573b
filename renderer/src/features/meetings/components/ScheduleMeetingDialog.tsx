/**
 * The form that schedules a meeting. What the person types is checked by the meetings
 * repository (schema and domain rules); its messages appear beside the fields, and nothing is
 * saved until every field is right.
 */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { isCalendarDate } from '@shared/domain/time';
import type { Body, Meeting } from '@shared/schemas';
import { meetingSchema } from '@shared/schemas/meeting';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { bindField, schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { PARTICULARS_DATES, PARTICULARS_FIELD_OF, particularsChecks, particularsRecord, type ParticularsFieldValues } from '../meeting-particulars-form';
import { ParticularsFields } from './ParticularsFields';

export interface ScheduleFormValues extends ParticularsFieldValues {
  bodyId: string;
  type: MeetingType;
}

type FormValues = ScheduleFormValues;
type FormField = keyof FormValues;

const RECORD_FIELD_TO_FORM: Partial<Record<string, FormField>> = { bodyId: 'bodyId', type: 'type', ...PARTICULARS_FIELD_OF };

/** What the meeting schema cannot check: the body chosen, the date and times as typed, the number as text. */
export function scheduleFormChecks(values: FormValues): FormMessages<FormValues> {
  return { ...(values.bodyId ? {} : { bodyId: 'Choose the body that meets.' }), ...particularsChecks(values) };
}

export const scheduleResolver = schemaResolver<FormValues>({
  schema: meetingSchema,
  fields: { bodyId: 'bodyId', type: 'type', title: 'title', venue: 'venue' },
  check: scheduleFormChecks,
  dates: PARTICULARS_DATES,
});

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
    defaultValues: { bodyId: '', type: 'ordinary', title: '', sequence: '', date: '', start: '10:00', end: '', venue: '' },
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
    try {
      // The resolver has checked every field; these are the typed values made whole.
      const meeting = await repos.meetingWorkflow.schedule({ bodyId: values.bodyId, type: values.type, ...particularsRecord(values, timeZone) });
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
      <ParticularsFields
        control={control}
        errors={errors}
        sequenceHint="Resolution numbers are derived from it; suggested once body and date are chosen"
        onDateChange={(date) => suggestSequence(getValues('bodyId'), date)}
      />
    </FormDialog>
  );
}
