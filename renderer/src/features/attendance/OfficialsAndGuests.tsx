import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import type { Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { useRepositories } from '../../db/DataProvider';
import { useAction } from '../../ui/useAction';
import { AddOfficialOrGuestForm } from './AddOfficialOrGuestForm';
import { displayName } from './register-model';

/** Officials and guests in attendance, and the form that adds one (AddOfficialOrGuestForm). */
export const OfficialsAndGuests = memo(function OfficialsAndGuests({
  meetingId,
  others,
  members,
  open,
}: {
  meetingId: string;
  others: AttendanceEntry[];
  members: Map<string, Member>;
  open: boolean;
}) {
  const repos = useRepositories();
  const action = useAction();
  const officials = useMemo(() => [...members.values()].filter((m) => m.kind === 'official' && m.active), [members]);
  return (
    <>
      <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 1 }}>
        Officials and guests in attendance
      </Typography>
      {others.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          None recorded.
        </Typography>
      ) : (
        <Box component="ul" aria-label="Officials and guests" sx={{ pl: 2, my: 1 }}>
          {others.map((entry) => {
            const name = entry.memberId ? displayName(members.get(entry.memberId)) : (entry.name ?? '');
            return (
              <Box component="li" key={entry.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <span>
                  {name}
                  {entry.capacity ? `, ${entry.capacity}` : ''} ({entry.kind === 'official' ? 'official' : 'guest'})
                </span>
                {open ? (
                  <IconButton
                    size="small"
                    aria-label={`Remove ${name} from the register`}
                    onClick={() => void action.run(() => repos.meetings.removeAttendance(meetingId, entry.id))}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                ) : null}
              </Box>
            );
          })}
        </Box>
      )}
      {open ? <AddOfficialOrGuestForm meetingId={meetingId} officials={officials} others={others} /> : null}
      {action.error ? (
        <Alert severity="error" onClose={action.clear} sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      ) : null}
    </>
  );
});
