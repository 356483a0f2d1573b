/** Declarations of interest on an item: the member, the interest, and whether they left. */
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AgendaItem, Body, Member } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';
import { displayName } from '../../attendance/AttendanceRegister';

export function DeclarationsEditor({ item, body, members, editable }: { item: AgendaItem; body: Body; members: Map<string, Member>; editable: boolean }) {
  const repos = useRepositories();
  const action = useAction();
  const declarations = item.declarations ?? [];
  const [draft, setDraft] = useState({ memberId: '', interest: '', leftMeeting: true });
  const [missing, setMissing] = useState<{ memberId?: string; interest?: string }>({});

  const add = () => {
    const found: typeof missing = {};
    if (!draft.memberId) found.memberId = 'Choose the member.';
    if (!draft.interest.trim()) found.interest = 'Describe the interest declared.';
    if (declarations.some((d) => d.memberId === draft.memberId)) found.memberId = 'This member has already declared an interest in the item.';
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    void action
      .run(() =>
        repos.agenda.saveDeclarations(item.id, [
          ...declarations,
          { memberId: draft.memberId, interest: draft.interest.trim(), leftMeeting: draft.leftMeeting },
        ]),
      )
      .then((ok) => ok && setDraft({ memberId: '', interest: '', leftMeeting: true }));
  };

  return (
    <Box component="section" aria-label="Declarations of interest">
      <Typography variant="h3" component="h3" gutterBottom>
        Declarations of interest
      </Typography>
      {declarations.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          None declared.
        </Typography>
      ) : (
        <Box component="ul" sx={{ pl: 2, my: 0 }}>
          {declarations.map((d) => {
            const name = displayName(members.get(d.memberId));
            return (
              <Box component="li" key={d.memberId} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <span>
                  {name}: {d.interest}
                  {d.leftMeeting ? ' (left the meeting for this item; may not vote)' : ' (may not vote on this item)'}
                </span>
                {editable ? (
                  <IconButton
                    size="small"
                    aria-label={`Remove the declaration of ${name}`}
                    onClick={() =>
                      void action.run(() =>
                        repos.agenda.saveDeclarations(
                          item.id,
                          declarations.filter((x) => x.memberId !== d.memberId),
                        ),
                      )
                    }
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                ) : null}
              </Box>
            );
          })}
        </Box>
      )}
      {editable ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'flex-start' }}>
          <TextField
            select
            size="small"
            label="Member declaring"
            value={draft.memberId}
            onChange={(e) => setDraft({ ...draft, memberId: e.target.value })}
            error={!!missing.memberId}
            helperText={missing.memberId}
            sx={{ minWidth: 240 }}
          >
            {body.memberships.map((m) => (
              <MenuItem key={m.memberId} value={m.memberId}>
                {displayName(members.get(m.memberId))}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label="Interest declared"
            value={draft.interest}
            onChange={(e) => setDraft({ ...draft, interest: e.target.value })}
            error={!!missing.interest}
            helperText={missing.interest}
            sx={{ flex: '1 1 260px' }}
          />
          <FormControlLabel
            control={<Checkbox checked={draft.leftMeeting} onChange={(e) => setDraft({ ...draft, leftMeeting: e.target.checked })} />}
            label="Left the meeting"
          />
          <Button variant="outlined" onClick={add} disabled={action.busy}>
            Record declaration
          </Button>
        </Box>
      ) : null}
      {action.error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      ) : null}
    </Box>
  );
}
