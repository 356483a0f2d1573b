/**
 * The models of Settings → General → You: the person's name on this laptop, and which of the
 * officials they are. The checks are the profile store's own (db/device-profile.ts), said beside
 * the field on the first submit; the store checks again when it saves.
 */
import type { Resolver } from 'react-hook-form';
import type { Member } from '@shared/schemas';
import { USER_NAME_MAX, userNameProblem } from '../../../db/device-profile';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';

export { USER_NAME_MAX, userNameProblem };

export interface ProfileValues {
  name: string;
}

export const profileResolver: Resolver<ProfileValues> = schemaResolver<ProfileValues>({
  schema: {},
  fields: {},
  check: (values) => {
    const problem = userNameProblem(values.name);
    return problem ? { name: problem } : {};
  },
});

export interface OfficialIdentityValues {
  officialId: string;
}

/** None, or one of the officials on the list (the store refuses anyone else). */
export function officialIdentityProblems(values: OfficialIdentityValues, members: readonly Member[]): FormMessages<OfficialIdentityValues> {
  if (!values.officialId) return {};
  const official = members.find((m) => m.id === values.officialId);
  return official?.kind === 'official' ? {} : { officialId: 'Choose one of the officials on the list.' };
}

export function officialIdentityResolver(members: readonly Member[]): Resolver<OfficialIdentityValues> {
  return schemaResolver<OfficialIdentityValues>({ schema: {}, fields: {}, check: (values) => officialIdentityProblems(values, members) });
}

/** What the person is told once the choice is saved. */
export function officialIdentitySaved(officialId: string): string {
  return officialId ? '“My queries” now lists the queries assigned to you.' : 'You are not linked to an official.';
}
