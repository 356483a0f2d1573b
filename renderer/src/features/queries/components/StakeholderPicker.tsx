/**
 * Picks the stakeholder who raised a query, by typing: name, phone or email. The last option adds
 * a new stakeholder with what was typed, so intake never leaves the keyboard.
 */
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { forwardRef } from 'react';
import type { Stakeholder } from '@shared/schemas';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';

export type PickedStakeholder = { kind: 'existing'; stakeholder: Stakeholder } | { kind: 'new'; name: string };

type Option = { type: 'existing'; stakeholder: Stakeholder } | { type: 'new'; name: string };

const matchExisting = createFilterOptions<Option>({
  stringify: (option) => (option.type === 'existing' ? [option.stakeholder.name, option.stakeholder.phone ?? '', option.stakeholder.email ?? ''].join(' ') : ''),
  limit: 30,
});

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
  const selected: Option | null = value ? (value.kind === 'existing' ? { type: 'existing', stakeholder: value.stakeholder } : { type: 'new', name: value.name }) : null;
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
        const found = matchExisting(all, state);
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
              <strong>{option.name ? `Add “${option.name}” as a new stakeholder` : 'Add a new stakeholder'}</strong>
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
