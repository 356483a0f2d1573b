/**
 * Picks the stakeholder who raised a query, by typing: name, phone or email. The last option adds
 * a new stakeholder with what was typed, so intake never leaves the keyboard.
 */
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { forwardRef } from 'react';
import { phoneMatches } from '@shared/domain/phone';
import { newStakeholderFromTyped } from '@shared/domain/stakeholders';
import type { Stakeholder } from '@shared/schemas';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';

export type PickedStakeholder = { kind: 'existing'; stakeholder: Stakeholder } | { kind: 'new'; name: string };

type Option = { type: 'existing'; stakeholder: Stakeholder } | { type: 'new'; name: string };

const SHOWN = 30;

const matchExisting = createFilterOptions<Option>({
  stringify: (option) =>
    option.type === 'existing' ? [option.stakeholder.name, option.stakeholder.phone ?? '', option.stakeholder.email ?? ''].join(' ') : '',
  limit: SHOWN,
});

/** Records whose phone number is the one typed, in any form ("072 000 0101" finds "+27 72 000 0101"), then those matching by text. */
function findOptions(all: Option[], state: Parameters<typeof matchExisting>[1]): Option[] {
  const typed = state.inputValue.trim();
  const byPhone = all.filter((o) => o.type === 'existing' && phoneMatches(o.stakeholder.phone, typed, o.stakeholder.phoneE164));
  const byText = matchExisting(all, state).filter((o) => !byPhone.includes(o));
  return [...byPhone, ...byText].slice(0, SHOWN);
}

/** The last choice, said as what it will do with the text typed. */
function newLabel(name: string): string {
  if (!name) return 'Add a new stakeholder';
  const typed = newStakeholderFromTyped(name);
  if (typed.phone) return `Add a new stakeholder with phone number “${typed.phone}”`;
  if (typed.email) return `Add a new stakeholder with email “${typed.email}”`;
  return `Add “${name}” as a new stakeholder`;
}

function describe(stakeholder: Stakeholder): string {
  return [STAKEHOLDER_CATEGORY_LABELS[stakeholder.category], stakeholder.phone, stakeholder.email, stakeholder.ward ? `Ward ${stakeholder.ward}` : '']
    .filter(Boolean)
    .join(' · ');
}

export interface StakeholderPickerProps {
  stakeholders: Stakeholder[];
  value: PickedStakeholder | null;
  onChange: (value: PickedStakeholder | null) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

export const StakeholderPicker = forwardRef<HTMLInputElement, StakeholderPickerProps>(function StakeholderPicker(
  { stakeholders, value, onChange, error, autoFocus = false },
  ref,
) {
  const options: Option[] = stakeholders.filter((s) => !s.anonymisedAt).map((stakeholder) => ({ type: 'existing', stakeholder }));
  const selected: Option | null = value
    ? value.kind === 'existing'
      ? { type: 'existing', stakeholder: value.stakeholder }
      : { type: 'new', name: value.name }
    : null;
  return (
    <Autocomplete<Option>
      options={options}
      value={selected}
      autoHighlight
      selectOnFocus
      handleHomeEndKeys
      onChange={(_event, option) => {
        if (!option) onChange(null);
        else if (option.type === 'existing') onChange({ kind: 'existing', stakeholder: option.stakeholder });
        else onChange({ kind: 'new', name: option.name });
      }}
      isOptionEqualToValue={(a, b) => (a.type === 'existing' && b.type === 'existing' ? a.stakeholder.id === b.stakeholder.id : a.type === b.type)}
      getOptionLabel={(option) => (option.type === 'existing' ? option.stakeholder.name : option.name ? `New stakeholder: ${option.name}` : 'New stakeholder')}
      filterOptions={(all, state) => {
        const found = findOptions(all, state);
        const typed = state.inputValue.trim();
        return [...found, { type: 'new', name: typed.startsWith('New stakeholder') ? '' : typed }];
      }}
      renderOption={(props, option) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <li key={key} {...rest}>
            {option.type === 'existing' ? (
              <span>
                {option.stakeholder.name}
                <br />
                <small>{describe(option.stakeholder)}</small>
              </span>
            ) : (
              <strong>{newLabel(option.name)}</strong>
            )}
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={ref}
          label="Stakeholder"
          required
          autoFocus={autoFocus}
          error={!!error}
          helperText={error ?? 'Type a name, phone number or email; the last choice adds a new stakeholder'}
        />
      )}
    />
  );
});
