/**
 * The date picker behind DateField, loaded with the screen that first shows a date field (it is
 * too large for the start-up bundle). en-ZA through date-fns, whatever the browser's locale.
 */
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import type { DateValidationError } from '@mui/x-date-pickers/models';
import { PickersTextField, type PickersTextFieldProps } from '@mui/x-date-pickers/PickersTextField';
import { enZA } from 'date-fns/locale/en-ZA';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { DateFieldProps } from './DateField';
import {
  calendarDateToDate,
  DATE_FIELD_FORMAT,
  DATE_FIELD_PLACEHOLDER,
  dateToCalendarDate,
  formatTypedDate,
  INCOMPLETE_DATE,
  isIncompleteDate,
} from './date-text';

function validationMessage(error: DateValidationError, min?: string, max?: string): string | undefined {
  if (!error) return undefined;
  if (error === 'minDate' && min) return `The date is before ${formatTypedDate(min)}.`;
  if (error === 'maxDate' && max) return `The date is after ${formatTypedDate(max)}.`;
  return `Enter the date as ${DATE_FIELD_PLACEHOLDER}.`;
}

/** Told the text a date field shows: '' when empty, `2027/03/DD` while typed in part. */
const ShownTextListener = createContext<((text: string) => void) | null>(null);

/**
 * MUI's own text field, saying the text it shows after each drawing: typing part of a date into
 * an empty field changes no value (the picker's value stays null), so only the text tells it.
 */
function TextFieldSayingText(props: PickersTextFieldProps) {
  const listen = useContext(ShownTextListener);
  const { value } = props;
  useEffect(() => listen?.(value));
  return <PickersTextField {...props} />;
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
  reportIncomplete = true,
}: DateFieldProps) {
  // What the person has typed, even while it is not yet a whole date: the value given back to the
  // form is INCOMPLETE_DATE (or '' for a filter) until it is, and the field says so instead of
  // dropping the text. A value given back returns as `value` and leaves the draft alone; any other
  // value set from outside replaces it.
  const [draft, setDraft] = useState<Date | null>(() => calendarDateToDate(value));
  const [problem, setProblem] = useState<DateValidationError>(null);
  // Bumped to draw the field again, empty, when '' is set from outside over text typed in part.
  const [generation, setGeneration] = useState(0);
  const published = useRef(value);
  // The text the field shows (null until first drawn), whether the picker's value is null, and
  // whether it has just become null (the text then says if it is empty or typed in part).
  const shown = useRef<string | null>(null);
  const valueIsNull = useRef(calendarDateToDate(value) === null);
  const becameNull = useRef(false);
  const publish = (next: string) => {
    published.current = next;
    onChange(next);
  };
  useEffect(() => {
    if (value !== published.current) {
      published.current = value;
      const date = calendarDateToDate(value);
      if (date === null && valueIsNull.current && shown.current && !isIncompleteDate(value)) {
        shown.current = null;
        setGeneration((n) => n + 1);
      }
      valueIsNull.current = date === null;
      setDraft(date);
      setProblem(null);
    }
  }, [value]);
  // One value given per change, so that a value coming back is never taken for one from outside.
  const onShownText = (text: string) => {
    const before = shown.current;
    shown.current = text;
    const decide = becameNull.current || (before !== null && before !== text && valueIsNull.current);
    becameNull.current = false;
    if (!decide) return;
    // With no value, the text tells: nothing typed is no date; anything typed (into an empty
    // field, or a part of a whole date cleared) is a date typed in part, not "no date".
    const next = text && reportIncomplete ? INCOMPLETE_DATE : '';
    if (next !== published.current) publish(next);
  };
  const own = validationMessage(problem, min, max);
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={enZA}>
      <ShownTextListener value={onShownText}>
        <DatePicker
          key={generation}
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
            valueIsNull.current = next === null;
            // Null: the text, once drawn, decides (onShownText).
            if (next === null) {
              becameNull.current = true;
              return;
            }
            // An invalid Date: some parts typed and others cleared, or a day the month does not have.
            const whole = dateToCalendarDate(next);
            publish(whole || (reportIncomplete ? INCOMPLETE_DATE : ''));
          }}
          slots={{ textField: TextFieldSayingText }}
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
      </ShownTextListener>
    </LocalizationProvider>
  );
}
