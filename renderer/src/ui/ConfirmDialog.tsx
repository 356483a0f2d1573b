/**
 * Asks before an action that cannot be undone, or asks for the reason an action needs
 * (postponing, cancelling, adjourning). A promise-returning hook keeps callers linear.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useCallback, useState, type ReactNode } from 'react';

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
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = useCallback(
    (options: Omit<Request, 'resolve'>) =>
      new Promise<{ confirmed: boolean; reason: string }>((resolve) => {
        setReason('');
        setMissing(false);
        setRequest({ ...options, resolve });
      }),
    [],
  );
  const finish = (confirmed: boolean) => {
    if (!request) return;
    if (confirmed && request.reason && !reason.trim()) {
      setMissing(true);
      return;
    }
    request.resolve({ confirmed, reason: reason.trim() });
    setRequest(null);
  };
  const dialog = request ? (
    <Dialog open onClose={() => finish(false)} aria-labelledby="confirm-title" fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          finish(true);
        }}
      >
        <DialogTitle id="confirm-title">{request.title}</DialogTitle>
        <DialogContent>
          <DialogContentText component="div">{request.message}</DialogContentText>
          {request.reason ? (
            <TextField
              label={request.reason.label}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              autoFocus
              fullWidth
              multiline
              minRows={2}
              maxRows={10}
              error={missing}
              helperText={missing ? `${request.reason.label} is required.` : undefined}
              sx={{ mt: 2 }}
            />
          ) : null}
          {missing && !request.reason ? <Alert severity="error">Required.</Alert> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => finish(false)}>Cancel</Button>
          <Button type="submit" variant="contained" autoFocus={!request.reason}>
            {request.confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  ) : null;
  return { confirm, dialog };
}
