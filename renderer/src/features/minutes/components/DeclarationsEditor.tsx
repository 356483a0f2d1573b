/**
 * Declarations of interest on an item: the member, the interest, and whether they left. Only
 * members of the body who attended the meeting are offered (shared/domain/meeting-integrity.ts);
 * the agenda repository refuses anyone else with the reason.
 */
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
import { Controller, useForm } from 'react-hook-form';
import { declarationRefusal } from '@shared/domain/meeting-integrity';
import type { AgendaItem, Body, Meeting, Member } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { useAction } from '../../../ui/useAction';
import { displayName } from '../../attendance/AttendanceRegister';
import { declarationResolver, EMPTY_DECLARATION, INTEREST_MAX, type DeclarationValues } from './minutes-entry-form';
import { clearSaved } from '../../../ui/clear-saved';

export function DeclarationsEditor({
  item,
  meeting,
  body,
  members,
  editable,
}: {
  item: AgendaItem;
  meeting: Meeting;
  body: Body;
  members: Map<string, Member>;
  editable: boolean;
}) {
  const repos = useRepositories();
  const action = useAction();
  const declarations = item.declarations ?? [];
  // Saved over the list shown: a declaration synced in meanwhile is merged in, not written over.
  const shown = { seen: { declarations: item.declarations } };
  const attended = body.memberships.map((m) => m.memberId).filter((id) => declarationRefusal(id, { meeting, body, members }) === null);
  const { control, handleSubmit, getValues, resetField, formState } = useForm<DeclarationValues>({
    resolver: declarationResolver(declarations.map((d) => d.memberId)),
    defaultValues: EMPTY_DECLARATION,
  });
  const errors = formState.errors;

  const add = handleSubmit(async (values) => {
    const ok = await action.run(() =>
      repos.agenda.saveDeclarations(
        item.id,
        [...declarations, { memberId: values.memberId, interest: values.interest.trim(), leftMeeting: values.leftMeeting }],
        shown,
      ),
    );
    if (!ok) return;
    // Clear only what was saved: a field changed while the save ran keeps what was typed.
    clearSaved(values, ['memberId', 'interest', 'leftMeeting'], getValues, resetField);
  });

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
                          shown,
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
          <Controller
            name="memberId"
            control={control}
            render={({ field }) => (
              <TextField
                select
                size="small"
                label="Member declaring"
                {...bindField(field)}
                error={!!errors.memberId}
                helperText={
                  errors.memberId?.message ??
                  (attended.length === 0 ? 'Nobody is in the attendance register as attending yet: record the attendance first.' : undefined)
                }
                sx={{ minWidth: 240 }}
              >
                {attended.map((id) => (
                  <MenuItem key={id} value={id}>
                    {displayName(members.get(id))}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            name="interest"
            control={control}
            render={({ field }) => (
              <LimitedTextField
                size="small"
                label="Interest declared"
                {...bindField(field)}
                maxLength={INTEREST_MAX}
                error={!!errors.interest}
                helperText={errors.interest?.message}
                sx={{ flex: '1 1 260px' }}
              />
            )}
          />
          <Controller
            name="leftMeeting"
            control={control}
            render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Left the meeting" />
            )}
          />
          <Button variant="outlined" onClick={() => void add()} disabled={action.busy}>
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
