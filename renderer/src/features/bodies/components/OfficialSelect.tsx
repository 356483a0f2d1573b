/**
 * A choice of one of the municipality's officials, as the responsible officer of a query or a
 * resolution: active officials only (and the one already chosen), those of the chosen
 * department first, each with their department. Names are never typed here.
 */
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { departmentLabel } from '@shared/domain/departments';
import { officialsOffered } from '@shared/domain/officials';
import type { Member } from '@shared/schemas';
import type { Department } from '@shared/settings/areas';

export type OfficialSelectProps = Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'children'> & {
  members: readonly Member[];
  departments: readonly Department[];
  /** The chosen department: its officials are listed first. */
  departmentId: string;
  value: string;
  onChange: (officialId: string) => void;
  /** Offer "none" first (a resolution may have no official yet). */
  emptyLabel?: string;
};

export function OfficialSelect({
  members,
  departments,
  departmentId,
  value,
  onChange,
  emptyLabel,
  label = 'Responsible officer',
  helperText,
  ...rest
}: OfficialSelectProps) {
  const offered = officialsOffered(members, departmentId, value);
  const departmentName = (id?: string) => {
    const department = departments.find((d) => d.id === id);
    return department ? departmentLabel(department) : 'No department';
  };
  const inDepartment = offered.filter((o) => departmentId && o.departmentId === departmentId);
  const others = offered.filter((o) => !(departmentId && o.departmentId === departmentId));
  const item = (o: Member) => (
    <MenuItem key={o.id} value={o.id}>
      {o.fullName} · {departmentName(o.departmentId)}
      {o.active ? '' : ' (no longer active)'}
    </MenuItem>
  );
  const empty = offered.length === 0;
  return (
    <TextField
      {...rest}
      select
      label={label}
      value={offered.some((o) => o.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={empty && !emptyLabel ? true : rest.disabled}
      helperText={empty ? 'No official is on the list yet: add officials under Members & committees → Officials.' : helperText}
    >
      {emptyLabel !== undefined ? <MenuItem value="">{emptyLabel}</MenuItem> : null}
      {inDepartment.length > 0 ? <ListSubheader>{departmentName(departmentId)}</ListSubheader> : null}
      {inDepartment.map(item)}
      {inDepartment.length > 0 && others.length > 0 ? <ListSubheader>Other departments</ListSubheader> : null}
      {others.map(item)}
    </TextField>
  );
}
