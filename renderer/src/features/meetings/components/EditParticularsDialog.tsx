/** Correcting a meeting's particulars (date, times, venue, number, chairperson) before it opens. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { instantToDate, instantToTime } from '@shared/domain/time';
import type { Body, Meeting, Member } from '@shared/schemas';
import { meetingSchema } from '@shared/schemas/meeting';
import { seenFields } from '@shared/sync/seen-edit';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { bindField, schemaResolver } from '../../../ui/schema-resolver';
import { PARTICULARS_DATES, PARTICULARS_FIELD_OF, particularsChecks, particularsRecord, type ParticularsFieldValues } from '../meeting-particulars-form';
import { ParticularsFields } from './ParticularsFields';
import { displayName } from '../../attendance/register-model';

export interface ParticularsValues extends ParticularsFieldValues {
  chairpersonId: string;
}
type Field = keyof ParticularsValues;
const FIELD_OF: Partial<Record<string, Field>> = { ...PARTICULARS_FIELD_OF, chairpersonId: 'chairpersonId' };

export const particularsResolver = schemaResolver<ParticularsValues>({
  schema: meetingSchema,
  fields: { title: 'title', venue: 'venue' },
  check: particularsChecks,
  dates: PARTICULARS_DATES,
});

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
  // The meeting as the form opened with it (the prop follows sync): what the person saw.
  const [opened] = useState(meeting);
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
    // The resolver has checked every field; these are the typed values made whole. An end or a
    // number taken away is cleared, not kept.
    const record = particularsRecord(values, timeZone);
    try {
      const particulars = {
        ...record,
        endsAt: record.endsAt,
        sequence: record.sequence,
        chairpersonId: values.chairpersonId || undefined,
      };
      await repos.meetings.updateParticulars(meeting.id, particulars, seenFields(opened, particulars));
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
      <ParticularsFields control={control} errors={errors} />
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
