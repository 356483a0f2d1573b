/** Adding or editing a councillor, official or traditional leader. */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import type { Member } from '@shared/schemas';
import { memberSchema } from '@shared/schemas/member';
import { PERSON_KIND_LABELS, PERSON_KINDS, type CouncillorSeat, type PersonKind } from '@shared/schemas/vocabulary';
import { seenFields } from '@shared/sync/seen-edit';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField, schemaResolver, type FormMessages, type SchemaFields } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';

export interface MemberValues {
  title: string;
  fullName: string;
  kind: PersonKind;
  seat: CouncillorSeat;
  party: string;
  ward: string;
  position: string;
  departmentId: string;
  email: string;
  phone: string;
  active: boolean;
}
type TextKey = 'title' | 'fullName' | 'party' | 'ward' | 'position' | 'email' | 'phone';
const FIELD_OF: Partial<Record<string, TextKey>> = {
  title: 'title',
  fullName: 'fullName',
  party: 'party',
  ward: 'ward',
  position: 'position',
  email: 'email',
  phone: 'phone',
};

const isCouncillor = (values: MemberValues) => values.kind !== 'official';
const hasWard = (values: MemberValues) => isCouncillor(values) && values.seat === 'ward';

/** What the member schema cannot check: a ward councillor needs a ward. */
function memberChecks(values: MemberValues): FormMessages<MemberValues> {
  return hasWard(values) && !values.ward.trim() ? { ward: 'Enter the ward this councillor represents.' } : {};
}

/**
 * The member form's checks: the member schema's (full name required, every limit) on the
 * fields the form shows (a party or ward typed before the kind changed is not saved, so not checked).
 */
export const memberResolver: Resolver<MemberValues> = (values, context, options) => {
  const fields: SchemaFields<MemberValues> = { title: 'title', fullName: 'fullName', position: 'position', email: 'email', phone: 'phone' };
  if (isCouncillor(values)) fields.party = 'party';
  if (hasWard(values)) fields.ward = 'ward';
  return schemaResolver<MemberValues>({ schema: memberSchema, fields, check: memberChecks })(values, context, options);
};

const MAX = {
  title: schemaMaxLength(memberSchema, 'title') ?? 40,
  fullName: schemaMaxLength(memberSchema, 'fullName') ?? 160,
  party: schemaMaxLength(memberSchema, 'party') ?? 120,
  ward: schemaMaxLength(memberSchema, 'ward') ?? 20,
  position: schemaMaxLength(memberSchema, 'position') ?? 160,
  email: schemaMaxLength(memberSchema, 'email') ?? 200,
  phone: schemaMaxLength(memberSchema, 'phone') ?? 40,
} satisfies Record<TextKey, number>;

export function MemberDialog({
  member,
  kind,
  departments,
  onClose,
}: {
  member: Member | null;
  kind: PersonKind;
  departments: Department[];
  onClose: () => void;
}) {
  const repos = useRepositories();
  // The member as the dialog opened with it: a colleague's change synced in meanwhile is kept beside.
  const [opened] = useState(member);
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<MemberValues>({
    resolver: memberResolver,
    defaultValues: {
      title: member?.title ?? (kind === 'councillor' ? 'Cllr' : ''),
      fullName: member?.fullName ?? '',
      kind: member?.kind ?? kind,
      seat: member?.seat ?? (kind === 'councillor' ? 'ward' : 'none'),
      party: member?.party ?? '',
      ward: member?.ward ?? '',
      position: member?.position ?? '',
      departmentId: member?.departmentId ?? '',
      email: member?.email ?? '',
      phone: member?.phone ?? '',
      active: member?.active ?? true,
    },
  });
  const [currentKind, seat] = useWatch({ control, name: ['kind', 'seat'] });
  const councillor = currentKind !== 'official';

  const save = handleSubmit(async (values) => {
    setGeneral([]);
    const optional = (v: string) => v.trim() || undefined;
    const record = {
      title: optional(values.title),
      fullName: values.fullName.trim(),
      kind: values.kind,
      seat: isCouncillor(values) ? values.seat : ('none' as const),
      party: isCouncillor(values) ? optional(values.party) : undefined,
      ward: hasWard(values) ? optional(values.ward) : undefined,
      position: optional(values.position),
      departmentId: values.departmentId || undefined,
      email: optional(values.email),
      phone: optional(values.phone),
      active: values.active,
    };
    try {
      if (member && opened) await repos.members.update(member.id, () => record, { seen: seenFields(opened, record) });
      else await repos.members.create(Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as typeof record);
      onClose();
    } catch (error) {
      showSaveError(error, FIELD_OF, setError, setGeneral);
    }
  });

  const errors = formState.errors;
  const text = (name: TextKey, label: string, extra: { required?: boolean; sx?: object } = {}) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <LimitedTextField {...bindField(field)} label={label} maxLength={MAX[name]} error={!!errors[name]} helperText={errors[name]?.message} {...extra} />
      )}
    />
  );

  return (
    <FormDialog
      open
      title={member ? `Edit ${member.fullName}` : `Add ${PERSON_KIND_LABELS[kind].toLowerCase()}`}
      submitLabel={member ? 'Save' : 'Add'}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
    >
      <Stack direction="row" spacing={2}>
        {text('title', 'Title', { sx: { width: 120 } })}
        {text('fullName', 'Full name', { required: true, sx: { flex: 1 } })}
      </Stack>
      <Controller
        name="kind"
        control={control}
        render={({ field }) => (
          <TextField {...bindField(field)} select label="Kind">
            {PERSON_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {PERSON_KIND_LABELS[k]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {councillor ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Controller
            name="seat"
            control={control}
            render={({ field }) => (
              <TextField {...bindField(field)} select label="Seat" sx={{ flex: 1 }}>
                <MenuItem value="ward">Ward councillor</MenuItem>
                <MenuItem value="pr">Proportional representation</MenuItem>
                <MenuItem value="none">No seat</MenuItem>
              </TextField>
            )}
          />
          {seat === 'ward' ? text('ward', 'Ward', { required: true, sx: { flex: 1 } }) : null}
          {text('party', 'Party', { sx: { flex: 2 } })}
        </Stack>
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('position', 'Position', { sx: { flex: 1 } })}
        <Controller
          name="departmentId"
          control={control}
          render={({ field }) => <DepartmentSelect departments={departments} {...bindField(field)} sx={{ flex: 1 }} />}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('email', 'Email', { sx: { flex: 1 } })}
        {text('phone', 'Phone', { sx: { flex: 1 } })}
      </Stack>
      <Controller
        name="active"
        control={control}
        render={({ field }) => (
          <FormControlLabel
            control={<Checkbox name={field.name} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} />}
            label="Active (serving)"
          />
        )}
      />
    </FormDialog>
  );
}
