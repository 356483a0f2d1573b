/**
 * A calendar date typed and shown the en-ZA way (`2026/12/04`) whatever the browser's locale;
 * native date inputs follow the browser and show mm/dd/yyyy on US-English machines. The value
 * in and out is the record's `YYYY-MM-DD` ('' when empty or not yet a whole date), so callers
 * keep their data as it is. The picker loads with the first screen that shows a date field.
 */
import type { SxProps, Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import { lazy, Suspense, type FocusEventHandler, type Ref } from 'react';

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
}

const DatePickerField = lazy(() => import('./DatePickerField'));

export function DateField(props: DateFieldProps) {
  const { label, required, size, fullWidth, sx, helperText, error } = props;
  return (
    <Suspense
      fallback={
        <TextField
          label={label}
          required={required}
          size={size}
          fullWidth={fullWidth}
          sx={sx}
          disabled
          placeholder="YYYY/MM/DD"
          error={error}
          helperText={helperText}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      }
    >
      <DatePickerField {...props} />
    </Suspense>
  );
}
