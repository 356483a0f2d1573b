/** Renames a department: records hold its id, so every record that names it shows the new name. */
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DEPARTMENT_NAME_MAX } from '@shared/domain/departments';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { DEPARTMENT_FIELD_OF, departmentResolver, type DepartmentValues } from './department-form';

export function RenameDepartmentDialog({
  department,
  departments,
  onClose,
}: {
  department: Department;
  departments: readonly Department[];
  onClose: () => void;
}) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  // The name the dialog opened with: a rename synced in meanwhile is kept beside this one, not written over.
  const [shownName] = useState(department.name);
  const { control, handleSubmit, setError, formState } = useForm<DepartmentValues>({
    resolver: departmentResolver(departments, department.id),
    defaultValues: { name: department.name, code: '' },
  });
  const save = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await repos.departments.rename(department.id, values.name, shownName);
      onClose();
    } catch (error) {
      showSaveError(error, DEPARTMENT_FIELD_OF, setError, setGeneral);
    }
  });
  return (
    <FormDialog
      open
      title={`Rename ${department.name}`}
      submitLabel="Save name"
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
    >
      <Typography color="text.secondary">Every record that names the department shows the new name.</Typography>
      <Controller
        name="name"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Department’s name"
            autoFocus
            maxLength={DEPARTMENT_NAME_MAX}
            error={!!formState.errors.name}
            helperText={formState.errors.name?.message ?? `${field.value.trim().length} of at most ${DEPARTMENT_NAME_MAX} characters`}
          />
        )}
      />
    </FormDialog>
  );
}
