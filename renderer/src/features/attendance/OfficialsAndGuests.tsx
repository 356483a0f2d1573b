import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useMemo, useState } from 'react';
import { newId } from '@shared/domain/ids';
import type { Member } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { useRepositories } from '../../db/DataProvider';
import { useAction } from '../../ui/useAction';
import { displayName } from './register-model';

/** Officials and guests in attendance, and the form that adds one. */
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
  const [guest, setGuest] = useState({ kind: 'official' as 'official' | 'guest', memberId: '', name: '', capacity: '' });
  const save = (entry: AttendanceEntry) => action.run(() => repos.meetings.saveAttendance(meetingId, entry));
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
      {open ? (
        <Stack
          component="form"
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ mt: 1, alignItems: { md: 'flex-start' } }}
          aria-label="Add an official or guest"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const official = guest.kind === 'official' ? members.get(guest.memberId) : undefined;
            const entry: AttendanceEntry = {
              id: newId(),
              kind: guest.kind,
              status: 'present',
              ...(official ? { memberId: official.id, capacity: official.position ?? guest.capacity.trim() } : {}),
              ...(guest.kind === 'guest' ? { name: guest.name.trim(), ...(guest.capacity.trim() ? { capacity: guest.capacity.trim() } : {}) } : {}),
            };
            void save(entry).then((ok) => ok && setGuest({ kind: guest.kind, memberId: '', name: '', capacity: '' }));
          }}
        >
          <TextField
            select
            size="small"
            label="Official or guest"
            value={guest.kind}
            onChange={(e) => setGuest({ ...guest, kind: e.target.value as 'official' | 'guest' })}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="official">Official</MenuItem>
            <MenuItem value="guest">Guest</MenuItem>
          </TextField>
          {guest.kind === 'official' ? (
            <TextField
              select
              size="small"
              label="Official"
              value={guest.memberId}
              onChange={(e) => setGuest({ ...guest, memberId: e.target.value })}
              sx={{ minWidth: 260 }}
            >
              {officials.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {displayName(o)}
                  {o.position ? `, ${o.position}` : ''}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField size="small" label="Guest name" value={guest.name} onChange={(e) => setGuest({ ...guest, name: e.target.value })} />
          )}
          <TextField size="small" label="Capacity" value={guest.capacity} onChange={(e) => setGuest({ ...guest, capacity: e.target.value })} />
          <Button type="submit" variant="outlined" disabled={action.busy}>
            Add to register
          </Button>
        </Stack>
      ) : null}
      {action.error ? (
        <Alert severity="error" onClose={action.clear} sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      ) : null}
    </>
  );
});
