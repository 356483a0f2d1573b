/** Adding or editing a body: its name, code and kind, its members and chairperson, and its quorum rule. */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Body, Member } from '@shared/schemas';
import { BODY_KIND_LABELS, BODY_KINDS } from '@shared/schemas/vocabulary';
import { seenFields } from '@shared/sync/seen-edit';
import type { Department } from '@shared/settings/areas';
import type { AgendaTemplate } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { BODY_FIELD_OF, bodyRecord, bodyResolver, bodyValues, CODE_MAX, NAME_MAX, SECRETARY_MAX, type BodyValues } from './body-form';
import { BodyMembershipFields } from './BodyMembershipFields';

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
  // The body as the dialog opened with it: a colleague's change synced in meanwhile is kept beside.
  const [opened] = useState(body);
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<BodyValues>({
    resolver: bodyResolver,
    defaultValues: bodyValues(body),
  });
  const save = handleSubmit(async (values) => {
    setGeneral([]);
    const record = bodyRecord(values);
    try {
      if (body && opened) await repos.bodies.update(body.id, () => record, { seen: seenFields(opened, record) });
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
      <BodyMembershipFields control={control} errors={errors} members={members} />
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
          render={({ field }) => <DepartmentSelect label="Supporting department" departments={departments} {...bindField(field)} sx={{ flex: 1 }} />}
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
