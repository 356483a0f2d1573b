/**
 * A calendar date typed and shown the en-ZA way (`2026/12/04`) whatever the browser's locale;
 * native date inputs follow the browser and show mm/dd/yyyy on US-English machines. The value
 * in and out is the record's `YYYY-MM-DD`, so callers keep their data as it is: '' when empty,
 * and INCOMPLETE_DATE (incomplete-date.ts) while what is typed is not yet a whole, real date, so a form
 * refuses it instead of saving "no date" (formMessages does for forms with schemaResolver). The
 * picker loads with the first screen that shows a date field.
 */
import type { SxProps, Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import { lazy, Suspense, useDeferredValue, type FocusEventHandler, type Ref } from 'react';
import { DATE_FIELD_PLACEHOLDER } from './incomplete-date';

export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: FocusEventHandler<HTMLElement>;
  error?: boolean;
  helperText?: string;
  required?: boolean;
  /** Earliest and latest dates allowed, `YYYY-MM-DD`. */
  min?: string;
  max?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  sx?: SxProps<Theme>;
  /**
   * Give INCOMPLETE_DATE while a date is typed only in part (default). False for a filter: a date
   * not yet whole gives '' and simply does not filter.
   */
  reportIncomplete?: boolean;
  /**
   * Draw the picker in a second, interruptible render after the page's first one, with the same
   * field (disabled) in its place until then: for a list behind filters, whose two pickers cost
   * about a sixth of drawing the page, so the rows are not kept waiting for them.
   */
  deferred?: boolean;
}

const DatePickerField = lazy(() => import('./DatePickerField'));

export function DateField({ deferred = false, ...props }: DateFieldProps) {
  const { label, required, size, fullWidth, sx, helperText, error } = props;
  // React draws the deferred value in a second, interruptible render after the first is shown.
  const drawn = useDeferredValue(true, !deferred);
  const placeholder = (
    <TextField
      label={label}
      required={required}
      size={size}
      fullWidth={fullWidth}
      sx={sx}
      disabled
      placeholder={DATE_FIELD_PLACEHOLDER}
      error={error}
      helperText={helperText}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  if (!drawn) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <DatePickerField {...props} />
    </Suspense>
  );
}
