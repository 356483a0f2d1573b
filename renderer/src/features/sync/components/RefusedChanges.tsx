/**
 * The changes the server refused, in the sync log: which records they are and why, and a way to
 * discard them once a person knows what will be lost (the server's version comes back). Until
 * then they stay on this laptop and are sent again.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { plural } from '@shared/documents/text';
import { useRepositories } from '../../../db/DataProvider';
import type { RefusedRecord } from '../../../sync/sync-service';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { useAction } from '../../../ui/useAction';
import { useRefusedChanges, useSyncStatus } from '../hooks';

function changeLine(change: RefusedRecord): string {
  return change.deleted ? `${change.label} (deleted here)` : change.label;
}

export function RefusedChanges() {
  const repos = useRepositories();
  const refused = useRefusedChanges();
  const status = useSyncStatus();
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  if (refused.status !== 'ready' || refused.data.length === 0) return null;
  const changes = refused.data;
  // Refusals come from a server that answered; offline, its versions cannot be fetched.
  const connected = status.status === 'ready' && ['syncing', 'up-to-date', 'error'].includes(status.data.phase);
  const discard = async () => {
    const { confirmed } = await confirm({
      title: `Discard ${plural(changes.length, 'refused change')}?`,
      message: (
        <>
          These changes will be lost from this laptop, and the server’s version of each record put back:
          <List dense aria-label="Changes that will be lost">
            {changes.map((change) => (
              <ListItem key={`${change.collection}/${change.id}`} disableGutters>
                <ListItemText primary={changeLine(change)} />
              </ListItem>
            ))}
          </List>
        </>
      ),
      confirmLabel: `Discard ${plural(changes.length, 'change')}`,
    });
    if (confirmed) await action.run(() => repos.sync.discardRefused());
  };
  return (
    <section aria-labelledby="sync-refused-title">
      <Typography variant="h3" component="h2" id="sync-refused-title" gutterBottom>
        Changes the server refused
      </Typography>
      <Typography variant="body2" color="text.secondary">
        They stay on this laptop and are sent again. If the server will never take them (your account’s role does not allow them), discard them to put the
        server’s version back.
      </Typography>
      <List dense aria-labelledby="sync-refused-title">
        {changes.map((change) => (
          <ListItem key={`${change.collection}/${change.id}`} disableGutters>
            <ListItemText primary={changeLine(change)} secondary={change.reason} />
          </ListItem>
        ))}
      </List>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
      <Button variant="outlined" color="warning" disabled={!connected || action.busy} onClick={() => void discard()}>
        Discard refused changes…
      </Button>
      {connected ? null : (
        <Typography variant="body2" color="text.secondary">
          Discarding needs the server’s version of each record: connect to the server first.
        </Typography>
      )}
      {dialog}
    </section>
  );
}
