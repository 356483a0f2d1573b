/**
 * Settings → General → Departments: the form that adds one. The code is optional (made from the
 * initials); every problem is shown beside its field at once, and nothing is saved until all is
 * well. A name typed while the previous department is being saved is kept: only what was saved
 * is cleared.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DEPARTMENT_CODE_MAX, DEPARTMENT_NAME_MAX } from '@shared/domain/departments';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { DEPARTMENT_FIELD_OF, departmentResolver, type DepartmentValues } from './department-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';
import { clearSaved } from '../../../ui/clear-saved';

export function AddDepartmentForm({ departments }: { departments: readonly Department[] }) {
  const repos = useRepositories();
  const [added, setAdded] = useState<string | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, getValues, resetField, formState } = useForm<DepartmentValues>({
    resolver: departmentResolver(departments),
    defaultValues: { name: '', code: '' },
  });
  const add = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      const department = await repos.departments.add(values);
      // Clear only what was added: a name typed while the save was running is the next one.
      clearSaved(values, ['name', 'code'], getValues, resetField);
      setAdded(`${department.name} (${department.code}) is added.`);
    } catch (error) {
      showSaveError(error, DEPARTMENT_FIELD_OF, setError, setGeneral);
    }
  });
  const errors = formState.errors;
  return (
    <Stack
      component="form"
      aria-label="Add a department"
      noValidate
      spacing={1.5}
      onSubmit={(event) => {
        event.preventDefault();
        // The last "is added" belongs to the last department: a new attempt replaces it.
        setAdded(null);
        void add(event);
      }}
    >
      <GeneralErrors messages={general} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Controller
          name="name"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="New department’s name"
              maxLength={DEPARTMENT_NAME_MAX}
              error={!!errors.name}
              helperText={errors.name?.message ?? `${field.value.trim().length} of at most ${DEPARTMENT_NAME_MAX} characters`}
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
              maxLength={DEPARTMENT_CODE_MAX}
              error={!!errors.code}
              helperText={errors.code?.message ?? 'Optional: made from the initials when left empty'}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ mt: 1 }}>
          Add department
        </Button>
      </Stack>
      {added ? <Alert severity="success">{added}</Alert> : null}
    </Stack>
  );
}
