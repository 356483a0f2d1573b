/** Adding or editing a body: its name, code and kind, its members and chairperson, and its quorum rule. */
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { majorityRuleInWords } from '@shared/domain/quorum';
import type { Body, Member } from '@shared/schemas';
import { BODY_KIND_LABELS, BODY_KINDS, type BodyKind } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import type { AgendaTemplate } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { useRecordErrors } from '../../../ui/form-errors';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { displayName } from '../../attendance/AttendanceRegister';

type Field = 'name' | 'code' | 'kind' | 'memberships' | 'quorumFixed' | 'secretaryName';
const FIELD_OF: Partial<Record<string, Field>> = { name: 'name', code: 'code', kind: 'kind', memberships: 'memberships', quorumFixed: 'quorumFixed', secretaryName: 'secretaryName' };

export function BodyDialog({
  body,
  members,
  departments,
  templates,
  onClose,
}: {
  body: Body | null;
  members: Member[];
  departments: Department[];
  templates: AgendaTemplate[];
  onClose: () => void;
}) {
  const repos = useRepositories();
  const eligible = members.filter((m) => m.kind !== 'official' && m.active);
  const [values, setValues] = useState({
    name: body?.name ?? '',
    code: body?.code ?? '',
    kind: body?.kind ?? ('portfolio_committee'),
    memberIds: body?.memberships.map((m) => m.memberId) ?? [],
    chairId: body?.memberships.find((m) => m.role === 'chairperson')?.memberId ?? '',
    deputyId: body?.memberships.find((m) => m.role === 'deputy_chairperson')?.memberId ?? '',
    quorumRule: body?.quorumRule ?? 'majority',
    quorumFixed: body?.quorumFixed ? String(body.quorumFixed) : '',
    secretaryName: body?.secretaryName ?? '',
    departmentId: body?.departmentId ?? '',
    agendaTemplateId: body?.agendaTemplateId ?? '',
  });
  const { fields: errors, general, capture, reset } = useRecordErrors<Field>(FIELD_OF);
  const byId = new Map(members.map((m) => [m.id, m]));
  const selected = values.memberIds.map((id) => byId.get(id)).filter((m): m is Member => !!m);

  const save = async () => {
    reset();
    const quorumFixed = values.quorumRule === 'fixed' ? Number(values.quorumFixed) : undefined;
    if (values.quorumRule === 'fixed' && (!Number.isInteger(quorumFixed) || (quorumFixed ?? 0) < 1)) {
      reset({ quorumFixed: 'Enter the number of members that form a quorum.' });
      return;
    }
    const memberships = values.memberIds.map((memberId) => ({
      memberId,
      role: memberId === values.chairId ? ('chairperson' as const) : memberId === values.deputyId ? ('deputy_chairperson' as const) : ('member' as const),
    }));
    const record = {
      name: values.name.trim(),
      code: values.code.trim(),
      kind: values.kind,
      memberships,
      quorumRule: values.quorumRule,
      quorumFixed,
      secretaryName: values.secretaryName.trim() || undefined,
      departmentId: values.departmentId || undefined,
      agendaTemplateId: values.agendaTemplateId || undefined,
      archived: false,
    };
    try {
      if (body) await repos.bodies.update(body.id, () => record);
      else await repos.bodies.create(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as typeof record & { archived: false });
      onClose();
    } catch (error) {
      capture(error);
    }
  };

  const text = (field: 'name' | 'code' | 'secretaryName' | 'quorumFixed') => ({
    value: values[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [field]: e.target.value }),
    error: !!errors[field],
    helperText: errors[field],
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="body-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="body-dialog-title">{body ? `Edit ${body.name}` : 'Add a council or committee'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general ? <Alert severity="error">{general}</Alert> : null}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label="Name" required {...text('name')} sx={{ flex: 2 }} />
              <TextField label="Code" required {...text('code')} sx={{ flex: 1 }} helperText={errors.code ?? 'Starts resolution numbers, e.g. C'} />
            </Stack>
            <TextField select label="Kind of body" value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value as BodyKind })}>
              {BODY_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {BODY_KIND_LABELS[k]}
                </MenuItem>
              ))}
            </TextField>
            <Autocomplete
              multiple
              options={eligible}
              value={selected}
              getOptionLabel={(m) => `${displayName(m)}${m.party ? ` (${m.party})` : ''}`}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              onChange={(_e, next) => setValues({ ...values, memberIds: next.map((m) => m.id) })}
              renderInput={(params) => <TextField {...params} label="Members" error={!!errors.memberships} helperText={errors.memberships ?? `${selected.length} members`} />}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select label="Chairperson" value={values.chairId} onChange={(e) => setValues({ ...values, chairId: e.target.value })} sx={{ flex: 1 }}>
                <MenuItem value="">Not set</MenuItem>
                {selected.map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {displayName(m)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label="Deputy chairperson" value={values.deputyId} onChange={(e) => setValues({ ...values, deputyId: e.target.value })} sx={{ flex: 1 }}>
                <MenuItem value="">Not set</MenuItem>
                {selected.filter((m) => m.id !== values.chairId).map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {displayName(m)}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select label="Quorum rule" value={values.quorumRule} onChange={(e) => setValues({ ...values, quorumRule: e.target.value as 'majority' | 'fixed' })} sx={{ flex: 1 }}>
                <MenuItem value="majority">{majorityRuleInWords(selected.length)}</MenuItem>
                <MenuItem value="fixed">A fixed number of members</MenuItem>
              </TextField>
              {values.quorumRule === 'fixed' ? <TextField label="Members that form a quorum" {...text('quorumFixed')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ flex: 1 }} /> : null}
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label="Secretary" {...text('secretaryName')} sx={{ flex: 1 }} />
              <DepartmentSelect
                label="Supporting department"
                departments={departments}
                value={values.departmentId}
                onChange={(departmentId) => setValues({ ...values, departmentId })}
                sx={{ flex: 1 }}
              />
              <TextField select label="Agenda template" value={values.agendaTemplateId} onChange={(e) => setValues({ ...values, agendaTemplateId: e.target.value })} sx={{ flex: 1 }}>
                <MenuItem value="">Standard</MenuItem>
                {templates.map((t) => (
                  <MenuItem key={t.id} value={t.id}>
                    {t.name}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            {body ? 'Save body' : 'Add body'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
