/**
 * A time of day on the 24-hour clock, whatever the computer's locale: native time inputs show
 * AM/PM on machines set to US English. Accepts `0930`, `9:30`, `9h30` and tidies to `09:30`.
 */
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { forwardRef } from 'react';
import { normalizeClockTime } from '@shared/domain/time';

export type TimeFieldProps = Omit<TextFieldProps, 'type' | 'onChange' | 'value'> & {
  value: string;
  onChange(value: string): void;
};

export const TimeField = forwardRef<HTMLDivElement, TimeFieldProps>(function TimeField({ value, onChange, onBlur, helperText, slotProps, ...rest }, ref) {
  return (
    <TextField
      {...rest}
      ref={ref}
      value={value}
      placeholder="HH:MM"
      autoComplete="off"
      helperText={helperText ?? '24-hour clock'}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        const normalized = normalizeClockTime(value);
        if (normalized && normalized !== value) onChange(normalized);
        onBlur?.(event);
      }}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: 'numeric', maxLength: 5, ...(slotProps?.htmlInput as object) },
        inputLabel: { shrink: true, ...(slotProps?.inputLabel as object) },
      }}
    />
  );
});
