/** The register's filters, kept in the URL so a filtered view can be bookmarked, reloaded and exported. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { RegisterFilters as Filters } from '@shared/domain/resolutions';
import type { Body } from '@shared/schemas';
import { IMPLEMENTATION_STATUS_LABELS, IMPLEMENTATION_STATUSES, MOTION_OUTCOME_LABELS, MOTION_OUTCOMES } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { DateField } from '../../../ui/DateField';

const KEYS = ['bodyId', 'from', 'to', 'departmentId', 'status', 'outcome', 'text'] as const;

export function filtersFromParams(params: URLSearchParams): Filters {
  const filters: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function RegisterFilters({
  params,
  onChange,
  bodies,
  departments,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  bodies: Body[];
  departments: Department[];
}) {
  const update = (key: (typeof KEYS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    onChange(next);
  };
  const set = (key: (typeof KEYS)[number]) => (event: React.ChangeEvent<HTMLInputElement>) => update(key, event.target.value);
  const value = (key: (typeof KEYS)[number]) => params.get(key) ?? '';
  return (
    <Box component="search" aria-label="Filter the register" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2, alignItems: 'flex-start' }}>
      <TextField size="small" label="Search number, title or text" value={value('text')} onChange={set('text')} sx={{ flex: '1 1 240px' }} />
      <TextField select size="small" label="Body" value={value('bodyId')} onChange={set('bodyId')} sx={{ minWidth: 200 }}>
        <MenuItem value="">All bodies</MenuItem>
        {bodies.map((b) => (
          <MenuItem key={b.id} value={b.id}>
            {b.name}
          </MenuItem>
        ))}
      </TextField>
      <DepartmentSelect
        size="small"
        departments={departments}
        value={value('departmentId')}
        onChange={(departmentId) => update('departmentId', departmentId)}
        emptyLabel="All departments"
        includeRetired
        sx={{ minWidth: 200 }}
      />
      <TextField select size="small" label="Status" value={value('status')} onChange={set('status')} sx={{ minWidth: 160 }}>
        <MenuItem value="">Any status</MenuItem>
        {IMPLEMENTATION_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {IMPLEMENTATION_STATUS_LABELS[s]}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="Outcome" value={value('outcome')} onChange={set('outcome')} sx={{ minWidth: 160 }}>
        <MenuItem value="">Any outcome</MenuItem>
        {MOTION_OUTCOMES.map((o) => (
          <MenuItem key={o} value={o}>
            {MOTION_OUTCOME_LABELS[o]}
          </MenuItem>
        ))}
      </TextField>
      {/* A date typed only in part does not filter (and is not put in the URL) until it is whole. */}
      <DateField size="small" label="From" value={value('from')} onChange={(from) => update('from', from)} reportIncomplete={false} />
      <DateField size="small" label="To" value={value('to')} onChange={(to) => update('to', to)} reportIncomplete={false} />
      {KEYS.some((k) => params.get(k)) ? <Button onClick={() => onChange(new URLSearchParams())}>Clear filters</Button> : null}
    </Box>
  );
}
