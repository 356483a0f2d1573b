/** Who implements a resolution and by when: the department, the responsible official (a person, not a typed name) and the due date. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { isCalendarDate } from '@shared/domain/time';
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { useAction } from '../../../ui/useAction';
import { useMembers } from '../../bodies/hooks';
import { OfficialSelect } from '../../bodies/components/OfficialSelect';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { useDepartments } from '../../settings/hooks';

export function ResolutionResponsibility({ resolution }: { resolution: Resolution }) {
  const repos = useRepositories();
  const departments = useDepartments();
  const action = useAction();
  const members = useMembers();
  const [values, setValues] = useState({
    departmentId: resolution.departmentId ?? '',
    responsibleOfficialId: resolution.responsibleOfficialId ?? '',
    dueDate: resolution.dueDate ?? '',
  });
  const unmatched = !resolution.responsibleOfficialId && resolution.responsibleOfficial ? resolution.responsibleOfficial : '';
  const [dateError, setDateError] = useState<string | null>(null);
  return (
    <Stack
      component="form"
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      noValidate
      aria-label="Responsibility"
      onSubmit={(event) => {
        event.preventDefault();
        if (values.dueDate && !isCalendarDate(values.dueDate)) {
          setDateError('Enter a valid date.');
          return;
        }
        setDateError(null);
        void action.run(() =>
          repos.resolutions.setResponsibility(resolution.id, {
            departmentId: values.departmentId || undefined,
            responsibleOfficialId: values.responsibleOfficialId || undefined,
            dueDate: values.dueDate || undefined,
          }),
        );
      }}
      sx={{ alignItems: { md: 'flex-start' } }}
    >
      <DepartmentSelect
        label="Responsible department"
        departments={departments.data ?? []}
        value={values.departmentId}
        onChange={(departmentId) => setValues({ ...values, departmentId })}
        sx={{ minWidth: 240 }}
      />
      <OfficialSelect
        label="Responsible official"
        emptyLabel={unmatched ? `As typed: ${unmatched} (not on the list)` : 'None yet'}
        members={members.data ?? []}
        departments={departments.data ?? []}
        departmentId={values.departmentId}
        value={values.responsibleOfficialId}
        onChange={(responsibleOfficialId) => setValues({ ...values, responsibleOfficialId })}
        sx={{ minWidth: 260 }}
      />
      <DateField
        label="Due date"
        value={values.dueDate}
        onChange={(dueDate) => setValues({ ...values, dueDate })}
        error={!!dateError}
        helperText={dateError ?? undefined}
      />
      <Button type="submit" variant="outlined" disabled={action.busy}>
        Save responsibility
      </Button>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
    </Stack>
  );
}
