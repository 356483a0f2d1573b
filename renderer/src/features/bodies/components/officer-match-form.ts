/**
 * The model of matching an officer name that records give to an official (Members & committees →
 * Officials): one of the officials on the list must be chosen, as the register requires
 * (features/bodies/officer-names.ts); it checks again when it links the records.
 */
import type { Resolver } from 'react-hook-form';
import type { Member } from '@shared/schemas';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';

export interface OfficerMatchValues {
  officialId: string;
}

/** Where the register's messages go: its refusal (a record it could not link) is about the choice. */
export const OFFICER_MATCH_FIELD_OF: Partial<Record<string, keyof OfficerMatchValues>> = { officialId: 'officialId' };

export function officerMatchProblems(values: OfficerMatchValues, members: readonly Member[]): FormMessages<OfficerMatchValues> {
  if (!values.officialId) return { officialId: 'Choose the official this name stands for.' };
  const official = members.find((m) => m.id === values.officialId);
  return official?.kind === 'official' ? {} : { officialId: 'That person is not one of the officials: choose the official from the list.' };
}

export function officerMatchResolver(members: readonly Member[]): Resolver<OfficerMatchValues> {
  return schemaResolver<OfficerMatchValues>({ schema: {}, fields: {}, check: (values) => officerMatchProblems(values, members) });
}
