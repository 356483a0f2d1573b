/**
 * The date picker behind DateField, loaded with the screen that first shows a date field (it is
 * too large for the start-up bundle). en-ZA through date-fns, whatever the browser's locale.
 */
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import type { DateValidationError } from '@mui/x-date-pickers/models';
import { enZA } from 'date-fns/locale/en-ZA';
import { useEffect, useRef, useState } from 'react';
import type { DateFieldProps } from './DateField';
import { calendarDateToDate, DATE_FIELD_FORMAT, DATE_FIELD_PLACEHOLDER, dateToCalendarDate, formatTypedDate } from './date-text';

function validationMessage(error: DateValidationError, min?: string, max?: string): string | undefined {
  if (!error) return undefined;
  if (error === 'minDate' && min) return `The date is before ${formatTypedDate(min)}.`;
  if (error === 'maxDate' && max) return `The date is after ${formatTypedDate(max)}.`;
  return `Enter the date as ${DATE_FIELD_PLACEHOLDER}.`;
}

export default function DatePickerField({
  label,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  required,
  min,
  max,
  disabled,
  autoFocus,
  name,
  inputRef,
  sx,
  size,
  fullWidth,
}: DateFieldProps) {
  // What the person has typed, even while it is not yet a whole date: the value given back to the
  // form is '' until it is, and the field says so instead of dropping the text.
  const [draft, setDraft] = useState<Date | null>(() => calendarDateToDate(value));
  const [problem, setProblem] = useState<DateValidationError>(null);
  const published = useRef(value);
  useEffect(() => {
    if (value !== published.current) {
      published.current = value;
      setDraft(calendarDateToDate(value));
      setProblem(null);
    }
  }, [value]);
  const own = validationMessage(problem, min, max);
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={enZA}>
      <DatePicker
        label={label}
        value={draft}
        format={DATE_FIELD_FORMAT}
        minDate={calendarDateToDate(min ?? '') ?? undefined}
        maxDate={calendarDateToDate(max ?? '') ?? undefined}
        disabled={disabled}
        autoFocus={autoFocus}
        name={name}
        inputRef={inputRef}
        onChange={(next, context) => {
          setDraft(next);
          setProblem(context.validationError);
          const iso = dateToCalendarDate(next);
          published.current = iso;
          onChange(iso);
        }}
        slotProps={{
          textField: {
            required,
            error: Boolean(error) || Boolean(own),
            helperText: (error && helperText) || own || helperText,
            onBlur,
            sx,
            size,
            fullWidth,
          },
          field: { clearable: !required },
        }}
      />
    </LocalizationProvider>
  );
}
