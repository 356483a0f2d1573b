/**
 * Under "Confirmation of the minutes of the previous meeting": choose the earlier meeting whose
 * minutes are before the body, and confirm them. They lock, and each meeting points at the other.
 * The choice is held in react-hook-form and checked by confirmMinutesResolver (confirm-minutes-form.ts).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '@shared/domain/time';
import type { AgendaItem, Meeting } from '@shared/schemas';
import { MEETING_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { showSaveError } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { useBodyMeetings } from '../../meetings/hooks';
import { confirmMinutesResolver, minutesAwaitingConfirmation, type ConfirmMinutesValues } from './confirm-minutes-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';

export function ConfirmPreviousMinutes({ item, meeting, timeZone }: { item: AgendaItem; meeting: Meeting; timeZone: string }) {
  const repos = useRepositories();
  const { confirm, dialog } = useConfirm();
  const meetings = useBodyMeetings(meeting.bodyId);
  const all = meetings.data ?? [];
  const confirmed = item.confirmsMeetingId ? all.find((m) => m.id === item.confirmsMeetingId) : undefined;
  const awaiting = minutesAwaitingConfirmation(meeting, all);
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<ConfirmMinutesValues>({
    resolver: confirmMinutesResolver(awaiting),
    defaultValues: { meetingId: '' },
  });
  const submit = handleSubmit(async ({ meetingId }) => {
    setGeneral([]);
    const target = awaiting.find((m) => m.id === meetingId);
    if (!target) return;
    const { confirmed: yes } = await confirm({
      title: 'Confirm minutes',
      message: `Confirm the minutes of the ${target.title} of ${formatDate(target.startsAt, timeZone)} as a correct record? They will be locked; later corrections are recorded beside them.`,
      confirmLabel: 'Confirm minutes',
    });
    if (!yes) return;
    try {
      await repos.meetingWorkflow.confirmMinutes(target.id, item.id);
    } catch (error) {
      showSaveError(error, {}, setError, setGeneral);
    }
  });
  const error = formState.errors.meetingId?.message;
  if (confirmed) {
    return (
      <Alert severity="success">
        The minutes of the{' '}
        <Link component={RouterLink} to={`/meetings/${confirmed.id}`}>
          {confirmed.title} of {formatDate(confirmed.startsAt, timeZone)}
        </Link>{' '}
        were confirmed under this item.
      </Alert>
    );
  }
  if (meeting.status !== 'in_session') {
    return (
      <Typography variant="body2" color="text.secondary">
        Minutes awaiting confirmation are confirmed here while the meeting is in session.
      </Typography>
    );
  }
  return (
    <Stack component="section" aria-label="Confirm previous minutes" spacing={1}>
      <Typography variant="h3" component="h3">
        Confirm previous minutes
      </Typography>
      {awaiting.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No earlier minutes of this body are awaiting confirmation.
        </Typography>
      ) : (
        <Stack
          component="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit(event);
          }}
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'flex-start' } }}
        >
          <Controller
            name="meetingId"
            control={control}
            render={({ field }) => (
              <TextField
                {...bindField(field)}
                // A choice no longer offered (confirmed meanwhile) shows as none, and the submit says so.
                value={awaiting.some((m) => m.id === field.value) ? field.value : ''}
                select
                size="small"
                label="Minutes to confirm"
                error={!!error}
                helperText={error}
                sx={{ minWidth: 320 }}
              >
                {awaiting.map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {m.title} of {formatDate(m.startsAt, timeZone)} ({MEETING_STATUS_LABELS[m.status].toLowerCase()})
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Confirm these minutes
          </Button>
        </Stack>
      )}
      <GeneralErrors messages={general} />
      {dialog}
    </Stack>
  );
}
