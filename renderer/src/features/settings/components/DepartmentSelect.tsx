/** A choice of the municipality's departments, with "none" (or "all", in a filter) first. */
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { Department } from '@shared/settings/areas';

export type DepartmentSelectProps = Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'children'> & {
  departments: readonly Department[];
  value: string;
  onChange: (departmentId: string) => void;
  emptyLabel?: string;
};

export function DepartmentSelect({ departments, value, onChange, emptyLabel = 'None', label = 'Department', ...rest }: DepartmentSelectProps) {
  return (
    <TextField {...rest} select label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      <MenuItem value="">{emptyLabel}</MenuItem>
      {departments.map((d) => (
        <MenuItem key={d.id} value={d.id}>
          {d.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
