/**
 * The question before a restore: what the backup is, what it will put back, and, when records
 * on this device are newer than the backup, which ones, with the choice to keep them or to
 * replace them with the backup.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '@shared/domain/time';
import type { RestoreChoice, RestorePlan } from '../backup.service';
import { backupContentsSummary, countOf } from '../restore-summary';

const LISTED = 8;

export interface RestoreDialogProps {
  plan: RestorePlan | null;
  busy: boolean;
  timeZone: string;
  onChoose: (choice: RestoreChoice) => void;
  onCancel: () => void;
}

export function RestoreDialog({ plan, busy, timeZone, onChoose, onCancel }: RestoreDialogProps) {
  const newer = plan?.newerLocal ?? [];
  const changed = newer.filter((c) => c.kind === 'changed').length;
  const added = newer.length - changed;
  return (
    <Dialog open={plan !== null} onClose={busy ? undefined : onCancel} aria-labelledby="restore-title" maxWidth="sm" fullWidth>
      <DialogTitle id="restore-title">Restore from a backup</DialogTitle>
      {plan ? (
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              <strong>{plan.fileName}</strong> is a backup of {plan.header.municipality || 'a municipality'} made on{' '}
              {formatDateTime(plan.header.createdAt, timeZone)} by {plan.header.createdBy || 'an unnamed person'} with Quorum {plan.header.appVersion}. It holds{' '}
              {backupContentsSummary(plan.header)}.
            </DialogContentText>
            <Typography>
              {plan.restoreCount === 0
                ? 'No record is missing from this device or older here than in the backup.'
                : `${countOf(plan.restoreCount, 'record', 'records')} will be put back as they are in the backup.`}{' '}
              {plan.unchangedCount > 0 ? `${countOf(plan.unchangedCount, 'record is', 'records are')} the same here already.` : ''}
            </Typography>
            {newer.length > 0 ? (
              <Alert severity="warning" role="alert">
                <AlertTitle>{countOf(newer.length, 'record on this device is', 'records on this device are')} newer than the backup</AlertTitle>
                {[
                  changed > 0 ? `${countOf(changed, 'was', 'were')} changed after the backup was made` : '',
                  added > 0 ? `${countOf(added, 'is', 'are')} not in the backup` : '',
                ]
                  .filter(Boolean)
                  .join(' and ')}
                :
                <List dense aria-label="Newer records on this device" disablePadding>
                  {newer.slice(0, LISTED).map((change) => (
                    <ListItem key={`${change.collection}/${change.id}`} disableGutters sx={{ py: 0 }}>
                      <ListItemText primary={change.description} secondary={change.kind === 'changed' ? 'changed since the backup' : 'not in the backup'} />
                    </ListItem>
                  ))}
                </List>
                {newer.length > LISTED ? <Typography variant="body2">…and {newer.length - LISTED} more.</Typography> : null}
                <Typography variant="body2" sx={{ mt: 1 }}>
                  <strong>Keep my newer changes</strong> restores everything else and leaves these as they are. <strong>Replace with the backup</strong> makes
                  them as they were in the backup
                  {added > 0 ? ' and removes the records that are not in it' : ''}.
                </Typography>
              </Alert>
            ) : null}
          </Stack>
        </DialogContent>
      ) : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        {newer.length > 0 ? (
          <>
            <Button color="warning" onClick={() => onChoose('replace')} disabled={busy}>
              Replace with the backup
            </Button>
            <Button variant="contained" onClick={() => onChoose('keep-newer')} disabled={busy}>
              Keep my newer changes
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={() => onChoose('keep-newer')} disabled={busy}>
            Restore
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
