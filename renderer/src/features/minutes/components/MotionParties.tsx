/**
 * Who moved and who seconded a motion: only members of the body present at the moment of the
 * motion are offered (shared/domain/meeting-integrity.ts), never the same person twice; one
 * recorded before the rule stays shown with the reason it is wrong. Each choice is saved at once.
 */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { motionMoment, motionRoleRefusal } from '@shared/domain/meeting-integrity';
import { instantToTime } from '@shared/domain/time';
import type { AgendaItem, Body, Meeting, Member, Resolution } from '@shared/schemas';
import type { FieldErrors } from '@shared/validation/record-validator';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';
import { displayName } from '../../attendance/AttendanceRegister';

interface Props {
  resolution: Resolution;
  item: AgendaItem;
  meeting: Meeting;
  body: Body;
  members: Map<string, Member>;
  timeZone: string;
  editable: boolean;
}

export function MotionParties({ resolution, item, meeting, body, members, timeZone, editable }: Props) {
  const repos = useRepositories();
  const [errors, setErrors] = useState<FieldErrors>({});
  const declared = (item.declarations ?? []).map((d) => d.memberId);
  const bodyMembers = body.memberships.map((m) => m.memberId);
  const motionAt = motionMoment(meeting, resolution, new Date());
  const motionCtx = { meeting, body, members, at: motionAt, declaredIds: declared, timeZone };
  /** Only members present at the motion are offered; one already recorded stays shown, with why it is wrong. */
  const offered = (field: 'moverId' | 'seconderId') => {
    const role = field === 'moverId' ? 'mover' : 'seconder';
    const eligibleIds = bodyMembers.filter((id) => motionRoleRefusal(id, role, motionCtx) === null);
    const current = resolution[field];
    return { ids: eligibleIds, stale: current && !eligibleIds.includes(current) ? motionRoleRefusal(current, role, motionCtx) : null };
  };

  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      {(['moverId', 'seconderId'] as const).map((field) => {
        const { ids, stale } = offered(field);
        const other = resolution[field === 'moverId' ? 'seconderId' : 'moverId'];
        const message = errors[field] ?? stale ?? `Members present at ${instantToTime(motionAt, timeZone)}: ${ids.length} of ${bodyMembers.length}.`;
        return (
          <TextField
            key={field}
            select
            label={field === 'moverId' ? 'Mover' : 'Seconder'}
            value={resolution[field] ?? ''}
            disabled={!editable}
            error={!!errors[field] || !!stale}
            helperText={message}
            onChange={(e) => {
              setErrors({});
              void repos.resolutions
                .saveWording(resolution.id, { [field]: e.target.value || undefined }, { [field]: resolution[field] })
                .catch((error: unknown) => setErrors(error instanceof RecordValidationError ? error.fieldErrors : { [field]: errorMessage(error) }));
            }}
            sx={{ flex: 1 }}
          >
            <MenuItem value="">Not recorded</MenuItem>
            {ids.map((id) => (
              <MenuItem key={id} value={id} disabled={id === other}>
                {displayName(members.get(id))}
                {id === other ? (field === 'moverId' ? ' (seconder)' : ' (mover)') : ''}
              </MenuItem>
            ))}
            {stale && resolution[field] ? (
              <MenuItem value={resolution[field]} disabled>
                {displayName(members.get(resolution[field]))} (not eligible)
              </MenuItem>
            ) : null}
          </TextField>
        );
      })}
    </Stack>
  );
}
