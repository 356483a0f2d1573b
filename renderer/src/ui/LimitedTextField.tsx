/**
 * A text field that shows the limit its schema sets: a counter on long fields ("245 / 300") and,
 * when the text is too long, a message saying by how much. Nothing typed or pasted is cut.
 */
import Box from '@mui/material/Box';
import type { TextFieldProps } from '@mui/material/TextField';
import { forwardRef } from 'react';
import { lengthCounter, lengthProblem } from './text-limits';
import { GrowingTextField } from './GrowingTextField';

export type LimitedTextFieldProps = Omit<TextFieldProps, 'value'> & {
  value: string;
  /** The schema's maxLength for this field. */
  maxLength: number;
  /** The field's name in messages; defaults to the label. */
  limitLabel?: string;
};

export const LimitedTextField = forwardRef<HTMLDivElement, LimitedTextFieldProps>(function LimitedTextField(
  { value, maxLength, limitLabel, label, error, helperText, multiline, maxRows, ...rest },
  ref,
) {
  const tooLong = lengthProblem(limitLabel ?? (typeof label === 'string' ? label : 'The text'), value, maxLength);
  const counter = lengthCounter(value, maxLength);
  const message = (error && helperText) || tooLong || helperText;
  return (
    <GrowingTextField
      {...rest}
      ref={ref}
      label={label}
      value={value}
      multiline={multiline}
      // A long text scrolls inside its field instead of growing the dialog without end.
      maxRows={multiline ? (maxRows ?? 12) : maxRows}
      error={Boolean(error) || Boolean(tooLong)}
      helperText={
        message || counter ? (
          <Box component="span" sx={{ display: 'flex', gap: 2, justifyContent: 'space-between' }}>
            <span>{message}</span>
            {counter ? (
              <Box component="span" sx={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
                {counter}
              </Box>
            ) : null}
          </Box>
        ) : undefined
      }
    />
  );
});
