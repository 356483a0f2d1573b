/**
 * The form under the register that adds an official or a guest, present. Every problem is said
 * beside its field on the first submit and nothing is sent until all is well; the register's own
 * refusals go beside the field they concern, or above the form. Only what was saved is cleared:
 * a name typed while the previous one was being saved is kept. Typing re-renders this form only,
 * never the register.
 */
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { newId } from '@shared/domain/ids';
import type { Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../db/DataProvider';
import { showSaveError } from '../../ui/form-errors';
import { bindField } from '../../ui/schema-resolver';
import {
  emptyOfficialOrGuest,
  officialOrGuestEntry,
  officialOrGuestFieldOf,
  officialOrGuestResolver,
  type OfficialOrGuestValues,
} from './official-or-guest-form';
import { displayName } from './register-model';
import { GeneralErrors } from '../../ui/GeneralErrors';
import { clearSaved } from '../../ui/clear-saved';

export function AddOfficialOrGuestForm({
  meetingId,
  officials,
  others,
}: {
  meetingId: string;
  officials: readonly Member[];
  others: readonly AttendanceEntry[];
}) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const resolver = useMemo(() => officialOrGuestResolver(officials, others), [officials, others]);
  const { control, handleSubmit, setError, getValues, setValue, formState } = useForm<OfficialOrGuestValues>({
    resolver,
    defaultValues: emptyOfficialOrGuest(),
  });
  // Only the kind is watched: it decides whether an official is chosen or a guest's name typed.
  const kind = useWatch({ control, name: 'kind' });
  const errors = formState.errors;

  const add = handleSubmit(async (values) => {
    setGeneral([]);
    const entry = officialOrGuestEntry(
      values,
      officials.find((o) => o.id === values.memberId),
      newId(),
    );
    try {
      await repos.meetings.saveAttendance(meetingId, entry);
    } catch (error) {
      const fieldOf = error instanceof RecordValidationError ? officialOrGuestFieldOf(error.fieldErrors, values.kind) : {};
      showSaveError(error, fieldOf, setError, setGeneral);
      return;
    }
    // Clear only what was saved: what was typed or chosen during the save is the next line.
    const saved: (keyof OfficialOrGuestValues)[] = values.kind === 'official' ? ['memberId', 'capacity'] : ['name', 'capacity'];
    clearSaved(values, saved, getValues, (field) => setValue(field, ''));
  });

  return (
    <Stack
      component="form"
      spacing={1}
      sx={{ mt: 1 }}
      aria-label="Add an official or guest"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add(event);
      }}
    >
      <GeneralErrors messages={general} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
        <Controller
          name="kind"
          control={control}
          render={({ field }) => (
            <TextField select size="small" label="Official or guest" {...bindField(field)} sx={{ minWidth: 160 }}>
              <MenuItem value="official">Official</MenuItem>
              <MenuItem value="guest">Guest</MenuItem>
            </TextField>
          )}
        />
        {kind === 'official' ? (
          <Controller
            name="memberId"
            control={control}
            render={({ field }) => (
              <TextField
                select
                size="small"
                label="Official"
                {...bindField(field)}
                error={!!errors.memberId}
                helperText={errors.memberId?.message}
                sx={{ minWidth: 260 }}
              >
                {officials.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {displayName(o)}
                    {o.position ? `, ${o.position}` : ''}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        ) : (
          <Controller
            name="name"
            control={control}
            render={({ field }) => <TextField size="small" label="Guest name" {...bindField(field)} error={!!errors.name} helperText={errors.name?.message} />}
          />
        )}
        <Controller
          name="capacity"
          control={control}
          render={({ field }) => (
            <TextField
              size="small"
              label="Capacity"
              {...bindField(field)}
              error={!!errors.capacity}
              helperText={errors.capacity?.message ?? (kind === 'official' ? 'Optional: the official’s position when left empty' : undefined)}
            />
          )}
        />
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          Add to register
        </Button>
      </Stack>
    </Stack>
  );
}
