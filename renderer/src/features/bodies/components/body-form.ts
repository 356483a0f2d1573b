/**
 * The body form's values and checks: the body schema's (name and code required, their limits)
 * and the quorum as typed; where the body register's messages go on the form.
 */
import type { Body } from '@shared/schemas';
import { bodySchema } from '@shared/schemas/body';
import type { BodyKind } from '@shared/schemas/vocabulary';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';

export type BodyField = 'name' | 'code' | 'kind' | 'memberIds' | 'quorumFixed' | 'secretaryName';
export const BODY_FIELD_OF: Partial<Record<string, BodyField>> = {
  name: 'name',
  code: 'code',
  kind: 'kind',
  memberships: 'memberIds',
  quorumFixed: 'quorumFixed',
  secretaryName: 'secretaryName',
};

export interface BodyValues {
  name: string;
  code: string;
  kind: BodyKind;
  memberIds: string[];
  chairId: string;
  deputyId: string;
  quorumRule: 'majority' | 'fixed';
  quorumFixed: string;
  secretaryName: string;
  departmentId: string;
  agendaTemplateId: string;
}

/** The form for a body (its members, chairperson and deputy from its memberships), or empty for a new one. */
export function bodyValues(body: Body | null): BodyValues {
  return {
    name: body?.name ?? '',
    code: body?.code ?? '',
    kind: body?.kind ?? 'portfolio_committee',
    memberIds: body?.memberships.map((m) => m.memberId) ?? [],
    chairId: body?.memberships.find((m) => m.role === 'chairperson')?.memberId ?? '',
    deputyId: body?.memberships.find((m) => m.role === 'deputy_chairperson')?.memberId ?? '',
    quorumRule: body?.quorumRule ?? 'majority',
    quorumFixed: body?.quorumFixed ? String(body.quorumFixed) : '',
    secretaryName: body?.secretaryName ?? '',
    departmentId: body?.departmentId ?? '',
    agendaTemplateId: body?.agendaTemplateId ?? '',
  };
}

/** The body as the form says it: each member's role from the chairperson and deputy chosen; what is left empty, undefined. */
export function bodyRecord(values: BodyValues) {
  const quorumFixed = values.quorumRule === 'fixed' ? Number(values.quorumFixed) : undefined;
  const memberships = values.memberIds.map((memberId) => ({
    memberId,
    role: memberId === values.chairId ? ('chairperson' as const) : memberId === values.deputyId ? ('deputy_chairperson' as const) : ('member' as const),
  }));
  return {
    name: values.name.trim(),
    code: values.code.trim(),
    kind: values.kind,
    memberships,
    quorumRule: values.quorumRule,
    quorumFixed,
    secretaryName: values.secretaryName.trim() || undefined,
    departmentId: values.departmentId || undefined,
    agendaTemplateId: values.agendaTemplateId || undefined,
    archived: false,
  };
}

export const QUORUM_MAX = (bodySchema.properties.quorumFixed as { maximum?: number }).maximum ?? 500;

/** What the body schema cannot check: a fixed quorum typed as text. */
function bodyChecks(values: BodyValues): FormMessages<BodyValues> {
  const found: FormMessages<BodyValues> = {};
  if (values.quorumRule === 'fixed') {
    const fixed = Number(values.quorumFixed);
    if (!values.quorumFixed.trim() || !Number.isInteger(fixed) || fixed < 1) found.quorumFixed = 'Enter the number of members that form a quorum.';
    else if (fixed > QUORUM_MAX) found.quorumFixed = `A quorum of at most ${QUORUM_MAX} members.`;
  }
  return found;
}

/** The body form's checks: the body schema's (name and code required, their limits) and the quorum as typed. */
export const bodyResolver = schemaResolver<BodyValues>({
  schema: bodySchema,
  fields: { name: 'name', code: 'code', secretaryName: 'secretaryName' },
  check: bodyChecks,
});

export const NAME_MAX = schemaMaxLength(bodySchema, 'name') ?? 200;
export const CODE_MAX = schemaMaxLength(bodySchema, 'code') ?? 12;
export const SECRETARY_MAX = schemaMaxLength(bodySchema, 'secretaryName') ?? 120;
