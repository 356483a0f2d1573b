/**
 * A choice of the municipality's departments, with "none" (or "all", in a filter) first. Retired
 * departments are offered for no new choice: only the one already chosen shows, marked
 * "(retired)"; a filter (`includeRetired`) offers them all, to find old records.
 */
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { departmentLabel, departmentsOffered } from '@shared/domain/departments';
import type { Department } from '@shared/settings/areas';

export type DepartmentSelectProps = Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'children'> & {
  departments: readonly Department[];
  value: string;
  onChange: (departmentId: string) => void;
  emptyLabel?: string;
  /** Offer retired departments too (filters over old records). */
  includeRetired?: boolean;
};

export function DepartmentSelect({
  departments,
  value,
  onChange,
  emptyLabel = 'None',
  label = 'Department',
  includeRetired = false,
  ...rest
}: DepartmentSelectProps) {
  const offered = includeRetired ? departments : departmentsOffered(departments, value);
  return (
    <TextField {...rest} select label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      <MenuItem value="">{emptyLabel}</MenuItem>
      {offered.map((d) => (
        <MenuItem key={d.id} value={d.id}>
          {departmentLabel(d)}
        </MenuItem>
      ))}
    </TextField>
  );
}
