/** Adding or editing a body: its name, code and kind, its members and chairperson, and its quorum rule. */
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { majorityRuleInWords } from '@shared/domain/quorum';
import type { Body, Member } from '@shared/schemas';
import { BODY_KIND_LABELS, BODY_KINDS } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import type { AgendaTemplate } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { displayName } from '../../attendance/AttendanceRegister';
import { BODY_FIELD_OF, bodyResolver, CODE_MAX, NAME_MAX, SECRETARY_MAX, type BodyValues } from './body-form';

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
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<BodyValues>({
    resolver: bodyResolver,
    defaultValues: {
      name: body?.name ?? '',
      code: body?.code ?? '',
      kind: body?.kind ?? 'portfolio_committee',
      memberIds: body?.memberships.map((m) => m.memberId) ?? [],
      chairId: body?.memberships.find((m) => m.role === 'chairperson')?.memberId ?? '',
      deputyId: body?.memberships.find((m) => m.role === 'deputy_chairperson')?.memberId ?? '',
      quorumRule: body?.quorumRule ?? 'majority',
      quorumFixed: body?.quorumFixed ? String(body.quorumFixed) : '',
      secretaryName: body?.secretaryName ?? '',
      departmentId: body?.departmentId ?? '',
      agendaTemplateId: body?.agendaTemplateId ?? '',
    },
  });
  const [memberIds, chairId, quorumRule] = useWatch({ control, name: ['memberIds', 'chairId', 'quorumRule'] });
  const byId = new Map(members.map((m) => [m.id, m]));
  const selected = memberIds.map((id) => byId.get(id)).filter((m): m is Member => !!m);

  const save = handleSubmit(async (values) => {
    setGeneral([]);
    const quorumFixed = values.quorumRule === 'fixed' ? Number(values.quorumFixed) : undefined;
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
      showSaveError(error, BODY_FIELD_OF, setError, setGeneral);
    }
  });

  const errors = formState.errors;
  return (
    <FormDialog
      open
      title={body ? `Edit ${body.name}` : 'Add a council or committee'}
      submitLabel={body ? 'Save body' : 'Add body'}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
      maxWidth="md"
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name="name"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="Name"
              required
              maxLength={NAME_MAX}
              error={!!errors.name}
              helperText={errors.name?.message}
              sx={{ flex: 2 }}
            />
          )}
        />
        <Controller
          name="code"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="Code"
              required
              maxLength={CODE_MAX}
              error={!!errors.code}
              helperText={errors.code?.message ?? 'Starts resolution numbers, e.g. C'}
              sx={{ flex: 1 }}
            />
          )}
        />
      </Stack>
      <Controller
        name="kind"
        control={control}
        render={({ field }) => (
          <TextField {...bindField(field)} select label="Kind of body" error={!!errors.kind} helperText={errors.kind?.message}>
            {BODY_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {BODY_KIND_LABELS[k]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
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
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name="secretaryName"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="Secretary"
              maxLength={SECRETARY_MAX}
              error={!!errors.secretaryName}
              helperText={errors.secretaryName?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name="departmentId"
          control={control}
          render={({ field }) => (
            <DepartmentSelect
              label="Supporting department"
              departments={departments}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name="agendaTemplateId"
          control={control}
          render={({ field }) => (
            <TextField {...bindField(field)} select label="Agenda template" sx={{ flex: 1 }}>
              <MenuItem value="">Standard</MenuItem>
              {templates.map((t) => (
                <MenuItem key={t.id} value={t.id}>
                  {t.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
    </FormDialog>
  );
}
