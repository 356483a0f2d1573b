/**
 * The fields of a stakeholder: who they are, how to reach them, their ward and organisation, and
 * for a person the purpose for keeping their details and whether they consented (POPIA). Used
 * when adding a stakeholder, inline at intake, and when correcting one.
 */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Stakeholder } from '@shared/schemas';
import {
  QUERY_CHANNEL_LABELS,
  QUERY_CHANNELS,
  STAKEHOLDER_CATEGORIES,
  STAKEHOLDER_CATEGORY_LABELS,
  type QueryChannel,
  type StakeholderCategory,
  type StakeholderKind,
} from '@shared/schemas/vocabulary';
import type { Draft } from '../../../db/record-repository';

export interface StakeholderValues {
  kind: StakeholderKind;
  category: StakeholderCategory;
  name: string;
  organisationId: string;
  email: string;
  phone: string;
  address: string;
  ward: string;
  preferredChannel: QueryChannel | '';
  notes: string;
  consentPurpose: string;
  consentGiven: boolean;
}

export type StakeholderField = keyof StakeholderValues;

export const DEFAULT_PURPOSE = 'To respond to queries raised with the municipality';

export const EMPTY_STAKEHOLDER: StakeholderValues = {
  kind: 'person',
  category: 'resident',
  name: '',
  organisationId: '',
  email: '',
  phone: '',
  address: '',
  ward: '',
  preferredChannel: '',
  notes: '',
  consentPurpose: DEFAULT_PURPOSE,
  consentGiven: false,
};

export function valuesOf(stakeholder: Stakeholder): StakeholderValues {
  return {
    kind: stakeholder.kind,
    category: stakeholder.category,
    name: stakeholder.name,
    organisationId: stakeholder.organisationId ?? '',
    email: stakeholder.email ?? '',
    phone: stakeholder.phone ?? '',
    address: stakeholder.address ?? '',
    ward: stakeholder.ward ?? '',
    preferredChannel: stakeholder.preferredChannel ?? '',
    notes: stakeholder.notes ?? '',
    consentPurpose: stakeholder.consentPurpose ?? '',
    consentGiven: stakeholder.consentGiven ?? false,
  };
}

/** What the repository stores; an organisation keeps no purpose or consent of its own. */
export function toDraft(values: StakeholderValues): Draft<Stakeholder> {
  const person = values.kind === 'person';
  return {
    kind: values.kind,
    category: values.category,
    name: values.name,
    email: values.email,
    phone: values.phone,
    address: values.address,
    ward: values.ward,
    notes: values.notes,
    ...(values.organisationId && person ? { organisationId: values.organisationId } : {}),
    ...(values.preferredChannel ? { preferredChannel: values.preferredChannel } : {}),
    ...(person ? { consentPurpose: values.consentPurpose, consentGiven: values.consentGiven } : {}),
  };
}

export interface StakeholderFieldsProps {
  values: StakeholderValues;
  onChange: (values: StakeholderValues) => void;
  errors: Partial<Record<StakeholderField, string>>;
  organisations: Stakeholder[];
  /** Focus the name first (the inline form at intake). */
  autoFocusName?: boolean;
  /** Only what intake needs; the rest is filled in on the stakeholder's page later. */
  compact?: boolean;
}

export function StakeholderFields({ values, onChange, errors, organisations, autoFocusName = false, compact = false }: StakeholderFieldsProps) {
  const set = <K extends StakeholderField>(key: K, value: StakeholderValues[K]) => onChange({ ...values, [key]: value });
  const person = values.kind === 'person';
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label="Person or organisation"
          value={values.kind}
          onChange={(event) => set('kind', event.target.value as StakeholderKind)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="person">Person</MenuItem>
          <MenuItem value="organisation">Organisation</MenuItem>
        </TextField>
        <TextField
          select
          label="Category"
          value={values.category}
          onChange={(event) => set('category', event.target.value as StakeholderCategory)}
          error={!!errors.category}
          helperText={errors.category}
          sx={{ minWidth: 200 }}
        >
          {STAKEHOLDER_CATEGORIES.map((category) => (
            <MenuItem key={category} value={category}>
              {STAKEHOLDER_CATEGORY_LABELS[category]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        label={person ? 'Full name' : 'Name of the organisation'}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        required
        autoFocus={autoFocusName}
        error={!!errors.name}
        helperText={errors.name}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label="Phone"
          value={values.phone}
          onChange={(event) => set('phone', event.target.value)}
          error={!!errors.phone}
          helperText={errors.phone}
          sx={{ flex: 1 }}
        />
        <TextField
          label="Email"
          type="email"
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
          error={!!errors.email}
          helperText={errors.email}
          sx={{ flex: 1 }}
        />
        <TextField
          label="Ward"
          value={values.ward}
          onChange={(event) => set('ward', event.target.value)}
          error={!!errors.ward}
          helperText={errors.ward}
          sx={{ width: { sm: 110 } }}
        />
      </Stack>
      {compact ? null : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {person ? (
            <TextField
              select
              label="Organisation"
              value={values.organisationId}
              onChange={(event) => set('organisationId', event.target.value)}
              error={!!errors.organisationId}
              helperText={errors.organisationId ?? 'The organisation the person speaks for, if any'}
              sx={{ flex: 1 }}
            >
              <MenuItem value="">None</MenuItem>
              {organisations.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {o.name}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          <TextField
            select
            label="Preferred channel"
            value={values.preferredChannel}
            onChange={(event) => set('preferredChannel', event.target.value as QueryChannel | '')}
            sx={{ flex: 1 }}
          >
            <MenuItem value="">Not stated</MenuItem>
            {QUERY_CHANNELS.map((c) => (
              <MenuItem key={c} value={c}>
                {QUERY_CHANNEL_LABELS[c]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {compact ? null : (
        <TextField
          label="Address"
          value={values.address}
          onChange={(event) => set('address', event.target.value)}
          multiline
          minRows={2}
          error={!!errors.address}
          helperText={errors.address}
        />
      )}
      {person ? (
        <Stack spacing={1}>
          <TextField
            label="Purpose for keeping the details"
            value={values.consentPurpose}
            onChange={(event) => set('consentPurpose', event.target.value)}
            required
            error={!!errors.consentPurpose}
            helperText={errors.consentPurpose ?? 'Required by POPIA: why the municipality keeps this person’s details'}
          />
          <FormControlLabel
            control={<Checkbox checked={values.consentGiven} onChange={(event) => set('consentGiven', event.target.checked)} />}
            label="The person consented to their details being kept for this purpose"
          />
          {errors.consentGiven ? <FormHelperText error>{errors.consentGiven}</FormHelperText> : null}
        </Stack>
      ) : null}
      {compact ? null : (
        <TextField
          label="Notes"
          value={values.notes}
          onChange={(event) => set('notes', event.target.value)}
          multiline
          minRows={2}
          error={!!errors.notes}
          helperText={errors.notes}
        />
      )}
    </Stack>
  );
}
