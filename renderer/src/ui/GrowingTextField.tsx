/**
 * A text field whose multiline box grows with its text through CSS (`field-sizing: content`),
 * between `minRows` and `maxRows` lines, and scrolls beyond. MUI's own multiline field
 * (TextareaAutosize) measures a hidden copy of itself after every render, a forced layout that
 * cost the minutes panel about 5–20 ms a field on this machine (issue 20: a tab within 100 ms);
 * here the browser sizes the box in its own layout. A single-line field is MUI's TextField as is.
 */
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { forwardRef } from 'react';

/** The textarea's own style: at least `minRows` lines, at most `maxRows` (then it scrolls). */
export function growingTextareaStyle(minRows: number, maxRows: number | undefined): React.CSSProperties {
  return {
    fieldSizing: 'content',
    minHeight: `${minRows}lh`,
    ...(maxRows !== undefined ? { maxHeight: `${Math.max(minRows, maxRows)}lh`, overflowY: 'auto' } : {}),
  };
}

/** A slot's props (an object, or a function of the owner state) with `extra` laid over them. */
function withProps<T>(slot: T, extra: (props: object) => object): T {
  if (typeof slot === 'function') {
    const fn = slot as (state: unknown) => object;
    return ((state: unknown) => {
      const props = fn(state);
      return { ...props, ...extra(props) };
    }) as T;
  }
  const props: object = slot ?? {};
  return { ...props, ...extra(props) } as T;
}

export const GrowingTextField = forwardRef<HTMLDivElement, TextFieldProps>(function GrowingTextField(
  { multiline, minRows, maxRows, rows, slotProps, ...rest },
  ref,
) {
  if (!multiline) return <TextField {...rest} ref={ref} slotProps={slotProps} />;
  const least = Number(rows ?? minRows ?? 1);
  const most = rows !== undefined ? least : maxRows === undefined ? undefined : Number(maxRows);
  const style = growingTextareaStyle(least, most);
  return (
    <TextField
      {...rest}
      ref={ref}
      multiline
      slotProps={{
        ...slotProps,
        // A plain textarea: MUI draws TextareaAutosize only for its default input element.
        input: withProps(slotProps?.input, () => ({ inputComponent: 'textarea' })),
        htmlInput: withProps(slotProps?.htmlInput, (props) => ({ style: { ...style, ...(props as { style?: React.CSSProperties }).style } })),
      }}
    />
  );
});
