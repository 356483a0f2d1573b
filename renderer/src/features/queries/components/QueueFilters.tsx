/** The filters over a work queue: status, department, category, ward, priority, channel, received dates and text. */
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { memo, useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
import { NO_FILTERS, type QueryFilters } from '@shared/domain/query-queues';
import { QUERY_CHANNEL_LABELS, QUERY_CHANNELS, QUERY_PRIORITIES, QUERY_PRIORITY_LABELS, QUERY_STATUS_LABELS, QUERY_STATUSES } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import { DateField } from '../../../ui/DateField';

export interface QueueFiltersProps {
  filters: QueryFilters;
  /** A state setter: each field changes its own filter over the latest filters. */
  onChange: Dispatch<SetStateAction<QueryFilters>>;
  departments: Department[];
  categories: string[];
  /** The queue fixes the department itself. */
  hideDepartment?: boolean;
}

type TextFilter = 'text' | 'ward' | 'receivedFrom' | 'receivedTo';
type ChoiceFilter = Exclude<keyof QueryFilters, TextFilter>;
type SetFilter = <K extends keyof QueryFilters>(key: K, value: QueryFilters[K]) => void;

interface Option {
  value: string;
  label: string;
}

const SMALL = 'small';
const CHOICE_SX = { minWidth: 150 };
const STATUS_OPTIONS: Option[] = QUERY_STATUSES.map((s) => ({ value: s, label: QUERY_STATUS_LABELS[s] }));
const PRIORITY_OPTIONS: Option[] = QUERY_PRIORITIES.map((p) => ({ value: p, label: QUERY_PRIORITY_LABELS[p] }));
const CHANNEL_OPTIONS: Option[] = QUERY_CHANNELS.map((c) => ({ value: c, label: QUERY_CHANNEL_LABELS[c] }));

/**
 * One filter's field, memoised on its own value: choosing a department draws the Department
 * field again, not the other eight (each a MUI TextField of some eight styled parts).
 */
const ChoiceField = memo(function ChoiceField({
  name,
  label,
  anyLabel,
  value,
  options,
  onSet,
}: {
  name: ChoiceFilter;
  label: string;
  anyLabel: string;
  value: string;
  options: Option[];
  onSet: SetFilter;
}) {
  return (
    <TextField size={SMALL} sx={CHOICE_SX} select label={label} value={value} onChange={(event) => onSet(name, event.target.value)}>
      <MenuItem value="">{anyLabel}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
});

const SEARCH_SX = { minWidth: 260, flex: '1 1 260px' };
const WARD_SX = { width: 90 };

const TextFilterField = memo(function TextFilterField({
  name,
  label,
  value,
  onSet,
  helperText,
}: {
  name: 'text' | 'ward';
  label: string;
  value: string;
  onSet: SetFilter;
  helperText?: string;
}) {
  return (
    <TextField
      size={SMALL}
      sx={name === 'text' ? SEARCH_SX : WARD_SX}
      label={label}
      type={name === 'text' ? 'search' : 'text'}
      value={value}
      onChange={(event) => onSet(name, event.target.value)}
      helperText={helperText}
    />
  );
});

/** A date typed only in part does not filter until it is whole. The picker is drawn after the rows (DateField's `deferred`). */
const DateFilterField = memo(function DateFilterField({
  name,
  label,
  value,
  onSet,
}: {
  name: 'receivedFrom' | 'receivedTo';
  label: string;
  value: string;
  onSet: SetFilter;
}) {
  const onChange = useCallback((date: string) => onSet(name, date), [name, onSet]);
  return <DateField size={SMALL} sx={CHOICE_SX} label={label} value={value} onChange={onChange} reportIncomplete={false} deferred />;
});

/** Memoised: the queue's rows arriving do not redraw the filters. */
export const QueueFilters = memo(function QueueFilters({ filters, onChange, departments, categories, hideDepartment = false }: QueueFiltersProps) {
  const set = useCallback<SetFilter>((key, value) => onChange((current) => ({ ...current, [key]: value })), [onChange]);
  const departmentOptions = useMemo(() => departments.map((d) => ({ value: d.id, label: d.name })), [departments]);
  const categoryOptions = useMemo(() => categories.map((c) => ({ value: c, label: c })), [categories]);
  const active = Object.entries(filters).some(([key, value]) => value !== NO_FILTERS[key as keyof QueryFilters]);
  return (
    <Stack role="search" aria-label="Filter the queries" direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'center' }}>
      <TextFilterField name="text" label="Search the queries" value={filters.text} onSet={set} helperText="Reference, subject, stakeholder, officer" />
      <ChoiceField name="status" label="Status" anyLabel="Any status" value={filters.status} options={STATUS_OPTIONS} onSet={set} />
      {hideDepartment ? null : (
        <ChoiceField name="departmentId" label="Department" anyLabel="Any department" value={filters.departmentId} options={departmentOptions} onSet={set} />
      )}
      <ChoiceField name="category" label="Category" anyLabel="Any category" value={filters.category} options={categoryOptions} onSet={set} />
      <TextFilterField name="ward" label="Ward" value={filters.ward} onSet={set} />
      <ChoiceField name="priority" label="Priority" anyLabel="Any priority" value={filters.priority} options={PRIORITY_OPTIONS} onSet={set} />
      <ChoiceField name="channel" label="Channel" anyLabel="Any channel" value={filters.channel} options={CHANNEL_OPTIONS} onSet={set} />
      <DateFilterField name="receivedFrom" label="Received from" value={filters.receivedFrom} onSet={set} />
      <DateFilterField name="receivedTo" label="Received to" value={filters.receivedTo} onSet={set} />
      {active ? (
        <Button onClick={() => onChange(NO_FILTERS)} size="small">
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
});
