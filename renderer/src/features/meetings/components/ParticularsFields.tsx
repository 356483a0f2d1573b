/**
 * The particulars fields of a meeting form (title, number in the year, date with start and end,
 * venue), for any react-hook-form whose values include them (meeting-particulars-form.ts).
 */
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import { DateField } from '../../../ui/DateField';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { TimeField } from '../../../ui/TimeField';
import { MEETING_TITLE_MAX, MEETING_VENUE_MAX, type ParticularsFieldValues } from '../meeting-particulars-form';

export function ParticularsFields<T extends FieldValues & ParticularsFieldValues>({
  control,
  errors,
  sequenceHint,
  onDateChange,
}: {
  control: Control<T>;
  errors: FieldErrors<T>;
  /** Said under the number until there is a message. */
  sequenceHint?: string;
  /** The date was changed (the next number in its year can be suggested). */
  onDateChange?: (date: string) => void;
}) {
  const name = (field: keyof ParticularsFieldValues) => field as Path<T>;
  const message = (field: keyof ParticularsFieldValues) => errors[field]?.message as string | undefined;
  return (
    <>
      <Controller
        name={name('title')}
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Title"
            maxLength={MEETING_TITLE_MAX}
            required
            error={!!message('title')}
            helperText={message('title')}
          />
        )}
      />
      <Controller
        name={name('sequence')}
        control={control}
        render={({ field }) => (
          <TextField
            {...bindField(field)}
            label="Meeting number in the year"
            error={!!message('sequence')}
            helperText={message('sequence') ?? sequenceHint}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name={name('date')}
          control={control}
          render={({ field }) => (
            <DateField
              name={field.name}
              value={field.value}
              inputRef={field.ref}
              onBlur={field.onBlur}
              onChange={(value) => {
                field.onChange(value);
                onDateChange?.(value);
              }}
              label="Date"
              required
              error={!!message('date')}
              helperText={message('date')}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name={name('start')}
          control={control}
          render={({ field }) => (
            <TimeField {...bindField(field)} label="Starts" required error={!!message('start')} helperText={message('start')} sx={{ flex: 1 }} />
          )}
        />
        <Controller
          name={name('end')}
          control={control}
          render={({ field }) => <TimeField {...bindField(field)} label="Ends" error={!!message('end')} helperText={message('end')} sx={{ flex: 1 }} />}
        />
      </Stack>
      <Controller
        name={name('venue')}
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Venue"
            maxLength={MEETING_VENUE_MAX}
            required
            error={!!message('venue')}
            helperText={message('venue')}
          />
        )}
      />
    </>
  );
}
