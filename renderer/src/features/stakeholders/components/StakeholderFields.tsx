/**
 * The fields of a stakeholder (stakeholder-form.ts holds the values), for any react-hook-form
 * whose values hold a stakeholder's at `prefix` ('' in the stakeholder's own forms,
 * 'newStakeholder.' inline at intake). Used when adding a stakeholder, at intake, and when
 * correcting one.
 */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import type { TextFieldProps } from '@mui/material/TextField';
import { GrowingTextField } from '../../../ui/GrowingTextField';
import type { ReactNode } from 'react';
import { Controller, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { Stakeholder } from '@shared/schemas';
import { QUERY_CHANNEL_LABELS, QUERY_CHANNELS, STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';
import { bindField } from '../../../ui/schema-resolver';
import type { StakeholderField } from './stakeholder-form';

export interface StakeholderFieldsProps<T extends FieldValues> {
  control: Control<T>;
  /** Where the stakeholder's values sit in the form's values. */
  prefix?: '' | 'newStakeholder.';
  /** The message beside each field, if any. */
  errors: Partial<Record<StakeholderField, string>>;
  organisations: Stakeholder[];
  /** Focus the name first. */
  autoFocusName?: boolean;
  /** Only what intake needs; the rest is filled in on the stakeholder's page later. */
  compact?: boolean;
}

export function StakeholderFields<T extends FieldValues>({
  control,
  prefix = '',
  errors,
  organisations,
  autoFocusName = false,
  compact = false,
}: StakeholderFieldsProps<T>) {
  const name = (field: StakeholderField) => `${prefix}${field}` as Path<T>;
  const person = useWatch({ control, name: name('kind') }) === 'person';
  /** A text field (or a choice, with `children`) bound to the form, with its message. */
  const field = (
    key: StakeholderField,
    label: string,
    { hint, ...props }: { hint?: string } & Omit<TextFieldProps, 'label' | 'error' | 'helperText' | 'select'> = {},
    children?: ReactNode,
  ) => (
    <Controller
      name={name(key)}
      control={control}
      render={({ field: bound }) => (
        <GrowingTextField {...bindField(bound)} {...props} label={label} error={!!errors[key]} helperText={errors[key] ?? hint} select={children !== undefined}>
          {children}
        </GrowingTextField>
      )}
    />
  );
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {field('kind', 'Person or organisation', { sx: { minWidth: 200 } }, [
          <MenuItem key="person" value="person">
            Person
          </MenuItem>,
          <MenuItem key="organisation" value="organisation">
            Organisation
          </MenuItem>,
        ])}
        {field(
          'category',
          'Category',
          { sx: { minWidth: 200 } },
          STAKEHOLDER_CATEGORIES.map((category) => (
            <MenuItem key={category} value={category}>
              {STAKEHOLDER_CATEGORY_LABELS[category]}
            </MenuItem>
          )),
        )}
      </Stack>
      {field('name', person ? 'Full name' : 'Name of the organisation', {
        required: true,
        autoFocus: autoFocusName,
        slotProps: { htmlInput: { maxLength: 200 } },
      })}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {field('phone', 'Phone', { sx: { flex: 1 } })}
        {field('email', 'Email', { type: 'email', sx: { flex: 1 } })}
        {field('ward', 'Ward', { sx: { width: { sm: 110 } } })}
      </Stack>
      {compact ? null : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {person
            ? field('organisationId', 'Organisation', { hint: 'The organisation the person speaks for, if any', sx: { flex: 1 } }, [
                <MenuItem key="" value="">
                  None
                </MenuItem>,
                ...organisations.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {o.name}
                  </MenuItem>
                )),
              ])
            : null}
          {field('preferredChannel', 'Preferred channel', { sx: { flex: 1 } }, [
            <MenuItem key="" value="">
              Not stated
            </MenuItem>,
            ...QUERY_CHANNELS.map((c) => (
              <MenuItem key={c} value={c}>
                {QUERY_CHANNEL_LABELS[c]}
              </MenuItem>
            )),
          ])}
        </Stack>
      )}
      {compact ? null : field('address', 'Address', { multiline: true, minRows: 2 })}
      {person ? (
        <Stack spacing={1}>
          {field('consentPurpose', 'Purpose for keeping the details', {
            required: true,
            hint: 'Required by POPIA: why the municipality keeps this person’s details',
          })}
          <Controller
            name={name('consentGiven')}
            control={control}
            render={({ field: bound }) => (
              <FormControlLabel
                control={<Checkbox checked={Boolean(bound.value)} onChange={(event) => bound.onChange(event.target.checked)} onBlur={bound.onBlur} />}
                label="The person consented to their details being kept for this purpose"
              />
            )}
          />
          {errors.consentGiven ? <FormHelperText error>{errors.consentGiven}</FormHelperText> : null}
        </Stack>
      ) : null}
      {compact ? null : field('notes', 'Notes', { multiline: true, minRows: 2 })}
    </Stack>
  );
}
