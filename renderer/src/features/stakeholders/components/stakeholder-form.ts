/**
 * A stakeholder's form values (who they are, how to reach them, their ward and organisation, and
 * for a person the purpose for keeping their details and whether they consented, POPIA), what a
 * stakeholder record is made from them, and where the register's messages go. Shared by Add a
 * stakeholder, the inline stakeholder at intake, and the stakeholder's own page.
 */
import type { Stakeholder } from '@shared/schemas';
import type { QueryChannel, StakeholderCategory, StakeholderKind } from '@shared/schemas/vocabulary';
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

/** The register checks every field of the record under the field's own name. */
export const STAKEHOLDER_FIELD_OF: Partial<Record<string, StakeholderField>> = Object.fromEntries(
  Object.keys(EMPTY_STAKEHOLDER).map((key) => [key, key as StakeholderField]),
);
