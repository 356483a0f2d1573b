/** Who implements a resolution and by when: the department, the responsible official (a person, not a typed name) and the due date. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { showSaveError } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { useMembers } from '../../bodies/hooks';
import { OfficialSelect } from '../../bodies/components/OfficialSelect';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { useDepartments } from '../../settings/hooks';
import { RESPONSIBILITY_FIELD_OF, responsibilityDefaults, responsibilityRecord, responsibilityResolver, type ResponsibilityValues } from './resolution-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';

export function ResolutionResponsibility({ resolution }: { resolution: Resolution }) {
  const repos = useRepositories();
  const departments = useDepartments();
  const members = useMembers();
  const [general, setGeneral] = useState<string[]>([]);
  // Said once the record holds the save; a new attempt replaces it.
  const [saved, setSaved] = useState(false);
  const memberList = members.data;
  const resolver = useMemo(() => responsibilityResolver(memberList ?? [], resolution.responsibleOfficialId), [memberList, resolution.responsibleOfficialId]);
  const { control, handleSubmit, setError, formState } = useForm<ResponsibilityValues>({
    resolver,
    // The record as it is now (after this save, another note's, or a sync), keeping choices not yet saved.
    values: responsibilityDefaults(resolution),
    resetOptions: { keepDirtyValues: true },
  });
  const unmatched = !resolution.responsibleOfficialId && resolution.responsibleOfficial ? resolution.responsibleOfficial : '';
  const save = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await repos.resolutions.setResponsibility(resolution.id, responsibilityRecord(values));
      setSaved(true);
    } catch (error) {
      showSaveError(error, RESPONSIBILITY_FIELD_OF, setError, setGeneral);
    }
  });
  const errors = formState.errors;
  const departmentId = useWatch({ control, name: 'departmentId' });
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label="Responsibility"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void save(event);
      }}
    >
      <GeneralErrors messages={general} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <Controller
          name="departmentId"
          control={control}
          render={({ field }) => (
            <DepartmentSelect
              {...bindField(field)}
              label="Responsible department"
              departments={departments.data ?? []}
              error={!!errors.departmentId}
              helperText={errors.departmentId?.message}
              sx={{ minWidth: 240 }}
            />
          )}
        />
        <Controller
          name="responsibleOfficialId"
          control={control}
          render={({ field }) => (
            <OfficialSelect
              {...bindField(field)}
              label="Responsible official"
              emptyLabel={unmatched ? `As typed: ${unmatched} (not on the list)` : 'None yet'}
              members={memberList ?? []}
              departments={departments.data ?? []}
              departmentId={departmentId}
              error={!!errors.responsibleOfficialId}
              helperText={errors.responsibleOfficialId?.message}
              sx={{ minWidth: 260 }}
            />
          )}
        />
        <Controller
          name="dueDate"
          control={control}
          render={({ field }) => <DateField {...bindField(field)} label="Due date" error={!!errors.dueDate} helperText={errors.dueDate?.message} />}
        />
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          Save responsibility
        </Button>
      </Stack>
      {saved && !formState.isDirty ? (
        <Alert severity="success" role="status">
          Responsibility saved.
        </Alert>
      ) : null}
    </Stack>
  );
}
