/**
 * The frame of every form in a dialog: the title, content that scrolls inside the dialog (so
 * long text never pushes the buttons off the screen), messages that belong to no field above
 * the fields, and the actions always visible at the bottom.
 */
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, type FormEvent, type ReactNode } from 'react';
import { GeneralErrors } from './GeneralErrors';

export interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  submitting?: boolean;
  /** The submit cannot be undone (an erasure): its button is in the error colour. */
  destructive?: boolean;
  /** Messages about the form as a whole (a save that failed), shown above the fields. */
  general?: readonly string[];
  maxWidth?: DialogProps['maxWidth'];
  /** A form with nothing to type (a confirmation) starts on its submit button, so Enter submits. */
  autoFocusSubmit?: boolean;
  children: ReactNode;
}

export function FormDialog({
  open,
  title,
  submitLabel,
  onSubmit,
  onClose,
  submitting,
  destructive,
  general = [],
  maxWidth = 'sm',
  autoFocusSubmit,
  children,
}: FormDialogProps) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      scroll="paper"
      aria-labelledby={titleId}
      slotProps={{
        // The form is the dialog's paper, so the content between title and actions is what scrolls.
        paper: {
          component: 'form',
          noValidate: true,
          onSubmit: (event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            onSubmit(event);
          },
        } as object,
      }}
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {title}
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <GeneralErrors messages={general} />
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={submitting} autoFocus={autoFocusSubmit}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
