/**
 * Under "Confirmation of the minutes of the previous meeting": choose the earlier meeting whose
 * minutes are before the body, and confirm them. They lock, and each meeting points at the other.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '@shared/domain/time';
import type { AgendaItem, Meeting } from '@shared/schemas';
import { MEETING_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { useRepositories } from '../../../db/DataProvider';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { useAction } from '../../../ui/useAction';
import { useBodyMeetings } from '../../meetings/hooks';

export function ConfirmPreviousMinutes({ item, meeting, timeZone }: { item: AgendaItem; meeting: Meeting; timeZone: string }) {
  const repos = useRepositories();
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const meetings = useBodyMeetings(meeting.bodyId);
  const [chosen, setChosen] = useState('');
  const all = meetings.data ?? [];
  const confirmed = item.confirmsMeetingId ? all.find((m) => m.id === item.confirmsMeetingId) : undefined;
  const awaiting = all.filter((m) => m.startsAt < meeting.startsAt && (m.status === 'minutes_draft' || m.status === 'minutes_circulated'));

  if (confirmed) {
    return (
      <Alert severity="success">
        The minutes of the{' '}
        <Link component={RouterLink} to={`/meetings/${confirmed.id}`}>
          {confirmed.title} of {formatDate(confirmed.startsAt, timeZone)}
        </Link>{' '}
        were confirmed under this item.
      </Alert>
    );
  }
  if (meeting.status !== 'in_session') {
    return (
      <Typography variant="body2" color="text.secondary">
        Minutes awaiting confirmation are confirmed here while the meeting is in session.
      </Typography>
    );
  }
  return (
    <Stack component="section" aria-label="Confirm previous minutes" spacing={1}>
      <Typography variant="h3" component="h3">
        Confirm previous minutes
      </Typography>
      {awaiting.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No earlier minutes of this body are awaiting confirmation.
        </Typography>
      ) : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField select size="small" label="Minutes to confirm" value={chosen} onChange={(e) => setChosen(e.target.value)} sx={{ minWidth: 320 }}>
            {awaiting.map((m) => (
              <MenuItem key={m.id} value={m.id}>
                {m.title} of {formatDate(m.startsAt, timeZone)} ({MEETING_STATUS_LABELS[m.status].toLowerCase()})
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="contained"
            disabled={!chosen || action.busy}
            onClick={() => {
              const target = awaiting.find((m) => m.id === chosen);
              if (!target) return;
              void confirm({
                title: 'Confirm minutes',
                message: `Confirm the minutes of the ${target.title} of ${formatDate(target.startsAt, timeZone)} as a correct record? They will be locked; later corrections are recorded beside them.`,
                confirmLabel: 'Confirm minutes',
              }).then(({ confirmed: yes }) => yes && action.run(() => repos.meetingWorkflow.confirmMinutes(target.id, item.id)));
            }}
          >
            Confirm these minutes
          </Button>
        </Stack>
      )}
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
      {dialog}
    </Stack>
  );
}
