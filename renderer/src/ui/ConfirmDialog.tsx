/**
 * Asks before an action that cannot be undone, or asks for the reason an action needs
 * (postponing, cancelling, adjourning). A promise-returning hook keeps callers linear. The reason
 * is held in react-hook-form, checked by `confirmResolver`, in the frame of every form dialog.
 */
import DialogContentText from '@mui/material/DialogContentText';
import { useCallback, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { confirmResolver, type ConfirmContext, type ConfirmValues } from './confirm-form';
import { FormDialog } from './FormDialog';
import { bindField } from './schema-resolver';
import { GrowingTextField } from './GrowingTextField';

interface Request {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  reason?: { label: string };
  resolve: (result: { confirmed: boolean; reason: string }) => void;
}

export function useConfirm(): {
  confirm: (options: Omit<Request, 'resolve'>) => Promise<{ confirmed: boolean; reason: string }>;
  dialog: ReactNode;
} {
  const [request, setRequest] = useState<Request | null>(null);
  const { control, handleSubmit, reset, getValues, formState } = useForm<ConfirmValues, ConfirmContext>({
    resolver: confirmResolver,
    context: { reasonLabel: request?.reason?.label },
    defaultValues: { reason: '' },
  });
  const confirm = useCallback(
    (options: Omit<Request, 'resolve'>) =>
      new Promise<{ confirmed: boolean; reason: string }>((resolve) => {
        reset({ reason: '' });
        setRequest({ ...options, resolve });
      }),
    [reset],
  );
  const finish = (confirmed: boolean, reason: string) => {
    if (!request) return;
    request.resolve({ confirmed, reason: reason.trim() });
    setRequest(null);
  };
  const submit = handleSubmit((values) => finish(true, values.reason));
  const error = formState.errors.reason;
  const dialog = request ? (
    <FormDialog
      open
      title={request.title}
      submitLabel={request.confirmLabel}
      onSubmit={(event) => void submit(event)}
      onClose={() => finish(false, getValues('reason'))}
      maxWidth="xs"
      autoFocusSubmit={!request.reason}
    >
      <DialogContentText component="div">{request.message}</DialogContentText>
      {request.reason ? (
        <Controller
          name="reason"
          control={control}
          render={({ field }) => (
            <GrowingTextField
              {...bindField(field)}
              label={request.reason?.label}
              required
              autoFocus
              fullWidth
              multiline
              minRows={2}
              maxRows={10}
              error={!!error}
              helperText={error?.message}
            />
          )}
        />
      ) : null}
    </FormDialog>
  ) : null;
  return { confirm, dialog };
}
