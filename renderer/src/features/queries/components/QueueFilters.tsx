/** The filters over a work queue: status, department, category, ward, priority, channel, received dates and text. */
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { NO_FILTERS, type QueryFilters } from '@shared/domain/query-queues';
import {
  QUERY_CHANNEL_LABELS,
  QUERY_CHANNELS,
  QUERY_PRIORITIES,
  QUERY_PRIORITY_LABELS,
  QUERY_STATUS_LABELS,
  QUERY_STATUSES,
  type QueryChannel,
  type QueryPriority,
  type QueryStatus,
} from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import { DateField } from '../../../ui/DateField';

export interface QueueFiltersProps {
  filters: QueryFilters;
  onChange: (filters: QueryFilters) => void;
  departments: Department[];
  categories: string[];
  /** The queue fixes the department itself. */
  hideDepartment?: boolean;
}

const small = { size: 'small' as const, sx: { minWidth: 150 } };

/** Memoised: the queue's rows arriving do not redraw the filters. */
export const QueueFilters = memo(function QueueFilters({ filters, onChange, departments, categories, hideDepartment = false }: QueueFiltersProps) {
  const set = <K extends keyof QueryFilters>(key: K, value: QueryFilters[K]) => onChange({ ...filters, [key]: value });
  const active = Object.entries(filters).some(([key, value]) => value !== NO_FILTERS[key as keyof QueryFilters]);
  return (
    <Stack role="search" aria-label="Filter the queries" direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'center' }}>
      <TextField
        {...small}
        sx={{ minWidth: 260, flex: '1 1 260px' }}
        label="Search the queries"
        type="search"
        value={filters.text}
        onChange={(event) => set('text', event.target.value)}
        helperText="Reference, subject, stakeholder, officer"
      />
      <TextField {...small} select label="Status" value={filters.status} onChange={(event) => set('status', event.target.value as QueryStatus | '')}>
        <MenuItem value="">Any status</MenuItem>
        {QUERY_STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {QUERY_STATUS_LABELS[status]}
          </MenuItem>
        ))}
      </TextField>
      {hideDepartment ? null : (
        <TextField {...small} select label="Department" value={filters.departmentId} onChange={(event) => set('departmentId', event.target.value)}>
          <MenuItem value="">Any department</MenuItem>
          {departments.map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField {...small} select label="Category" value={filters.category} onChange={(event) => set('category', event.target.value)}>
        <MenuItem value="">Any category</MenuItem>
        {categories.map((category) => (
          <MenuItem key={category} value={category}>
            {category}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...small} sx={{ width: 90 }} label="Ward" value={filters.ward} onChange={(event) => set('ward', event.target.value)} />
      <TextField {...small} select label="Priority" value={filters.priority} onChange={(event) => set('priority', event.target.value as QueryPriority | '')}>
        <MenuItem value="">Any priority</MenuItem>
        {QUERY_PRIORITIES.map((p) => (
          <MenuItem key={p} value={p}>
            {QUERY_PRIORITY_LABELS[p]}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...small} select label="Channel" value={filters.channel} onChange={(event) => set('channel', event.target.value as QueryChannel | '')}>
        <MenuItem value="">Any channel</MenuItem>
        {QUERY_CHANNELS.map((c) => (
          <MenuItem key={c} value={c}>
            {QUERY_CHANNEL_LABELS[c]}
          </MenuItem>
        ))}
      </TextField>
      {/* A date typed only in part does not filter until it is whole. */}
      <DateField {...small} label="Received from" value={filters.receivedFrom} onChange={(from) => set('receivedFrom', from)} reportIncomplete={false} />
      <DateField {...small} label="Received to" value={filters.receivedTo} onChange={(to) => set('receivedTo', to)} reportIncomplete={false} />
      {active ? (
        <Button onClick={() => onChange(NO_FILTERS)} size="small">
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
});
