/** Adding or editing a councillor, official or traditional leader. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Member } from '@shared/schemas';
import { PERSON_KIND_LABELS, PERSON_KINDS, type CouncillorSeat, type PersonKind } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { useRecordErrors } from '../../../ui/form-errors';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';

type TextKey = 'title' | 'fullName' | 'party' | 'ward' | 'position' | 'email' | 'phone';
const FIELD_OF: Partial<Record<string, TextKey>> = { title: 'title', fullName: 'fullName', party: 'party', ward: 'ward', position: 'position', email: 'email', phone: 'phone' };

export function MemberDialog({ member, kind, departments, onClose }: { member: Member | null; kind: PersonKind; departments: Department[]; onClose: () => void }) {
  const repos = useRepositories();
  const [values, setValues] = useState({
    title: member?.title ?? (kind === 'councillor' ? 'Cllr' : ''),
    fullName: member?.fullName ?? '',
    kind: member?.kind ?? kind,
    seat: member?.seat ?? (kind === 'councillor' ? 'ward' : 'none') as CouncillorSeat,
    party: member?.party ?? '',
    ward: member?.ward ?? '',
    position: member?.position ?? '',
    departmentId: member?.departmentId ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
    active: member?.active ?? true,
  });
  const { fields: errors, general, capture, reset } = useRecordErrors<TextKey>(FIELD_OF);
  const councillor = values.kind !== 'official';

  const save = async () => {
    reset();
    if (councillor && values.seat === 'ward' && !values.ward.trim()) {
      reset({ ward: 'Enter the ward this councillor represents.' });
      return;
    }
    const optional = (v: string) => v.trim() || undefined;
    const record = {
      title: optional(values.title),
      fullName: values.fullName.trim(),
      kind: values.kind,
      seat: councillor ? values.seat : ('none' as const),
      party: councillor ? optional(values.party) : undefined,
      ward: councillor && values.seat === 'ward' ? optional(values.ward) : undefined,
      position: optional(values.position),
      departmentId: values.departmentId || undefined,
      email: optional(values.email),
      phone: optional(values.phone),
      active: values.active,
    };
    try {
      if (member) await repos.members.update(member.id, () => record);
      else await repos.members.create(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as typeof record);
      onClose();
    } catch (error) {
      capture(error);
    }
  };

  const text = (field: TextKey, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      label={label}
      value={values[field]}
      onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      error={!!errors[field]}
      helperText={errors[field]}
      {...extra}
    />
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="member-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="member-dialog-title">{member ? `Edit ${member.fullName}` : `Add ${PERSON_KIND_LABELS[kind].toLowerCase()}`}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general ? <Alert severity="error">{general}</Alert> : null}
            <Stack direction="row" spacing={2}>
              {text('title', 'Title', { sx: { width: 120 } })}
              {text('fullName', 'Full name', { required: true, sx: { flex: 1 } })}
            </Stack>
            <TextField select label="Kind" value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value as PersonKind })}>
              {PERSON_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {PERSON_KIND_LABELS[k]}
                </MenuItem>
              ))}
            </TextField>
            {councillor ? (
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField select label="Seat" value={values.seat} onChange={(e) => setValues({ ...values, seat: e.target.value as CouncillorSeat })} sx={{ flex: 1 }}>
                  <MenuItem value="ward">Ward councillor</MenuItem>
                  <MenuItem value="pr">Proportional representation</MenuItem>
                  <MenuItem value="none">No seat</MenuItem>
                </TextField>
                {values.seat === 'ward' ? text('ward', 'Ward', { required: true, sx: { flex: 1 } }) : null}
                {text('party', 'Party', { sx: { flex: 2 } })}
              </Stack>
            ) : null}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              {text('position', 'Position', { sx: { flex: 1 } })}
              <DepartmentSelect departments={departments} value={values.departmentId} onChange={(departmentId) => setValues({ ...values, departmentId })} sx={{ flex: 1 }} />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              {text('email', 'Email', { sx: { flex: 1 } })}
              {text('phone', 'Phone', { sx: { flex: 1 } })}
            </Stack>
            <FormControlLabel control={<Checkbox checked={values.active} onChange={(e) => setValues({ ...values, active: e.target.checked })} />} label="Active (serving)" />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            {member ? 'Save' : 'Add'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
