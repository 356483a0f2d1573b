/**
 * A body's members and who chairs them, and its quorum: the members chosen from the active
 * councillors, the chairperson and deputy from those members, and the majority rule said for the
 * number chosen. The dialog holds the values and the messages.
 */
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import { majorityRuleInWords } from '@shared/domain/quorum';
import type { Member } from '@shared/schemas';
import { bindField } from '../../../ui/schema-resolver';
import { displayName } from '../../attendance/AttendanceRegister';
import type { BodyValues } from './body-form';

export function BodyMembershipFields({ control, errors, members }: { control: Control<BodyValues>; errors: FieldErrors<BodyValues>; members: Member[] }) {
  const eligible = members.filter((m) => m.kind !== 'official' && m.active);
  const [memberIds, chairId, quorumRule] = useWatch({ control, name: ['memberIds', 'chairId', 'quorumRule'] });
  const byId = new Map(members.map((m) => [m.id, m]));
  const selected = memberIds.map((id) => byId.get(id)).filter((m): m is Member => !!m);
  return (
    <>
      <Controller
        name="memberIds"
        control={control}
        render={({ field }) => (
          <Autocomplete
            multiple
            options={eligible}
            value={selected}
            getOptionLabel={(m) => `${displayName(m)}${m.party ? ` (${m.party})` : ''}`}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            onChange={(_e, next) => field.onChange(next.map((m) => m.id))}
            onBlur={field.onBlur}
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                label="Members"
                error={!!errors.memberIds}
                helperText={errors.memberIds?.message ?? `${selected.length} members`}
              />
            )}
          />
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name="chairId"
          control={control}
          render={({ field }) => (
            <TextField {...bindField(field)} select label="Chairperson" sx={{ flex: 1 }}>
              <MenuItem value="">Not set</MenuItem>
              {selected.map((m) => (
                <MenuItem key={m.id} value={m.id}>
                  {displayName(m)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          name="deputyId"
          control={control}
          render={({ field }) => (
            <TextField {...bindField(field)} select label="Deputy chairperson" sx={{ flex: 1 }}>
              <MenuItem value="">Not set</MenuItem>
              {selected
                .filter((m) => m.id !== chairId)
                .map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {displayName(m)}
                  </MenuItem>
                ))}
            </TextField>
          )}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name="quorumRule"
          control={control}
          render={({ field }) => (
            <TextField {...bindField(field)} select label="Quorum rule" sx={{ flex: 1 }}>
              <MenuItem value="majority">{majorityRuleInWords(selected.length)}</MenuItem>
              <MenuItem value="fixed">A fixed number of members</MenuItem>
            </TextField>
          )}
        />
        {quorumRule === 'fixed' ? (
          <Controller
            name="quorumFixed"
            control={control}
            render={({ field }) => (
              <TextField
                {...bindField(field)}
                label="Members that form a quorum"
                error={!!errors.quorumFixed}
                helperText={errors.quorumFixed?.message}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                sx={{ flex: 1 }}
              />
            )}
          />
        ) : null}
      </Stack>
    </>
  );
}
