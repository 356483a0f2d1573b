/**
 * The model of the first screen: the person's name, how they start (the demo, their own
 * municipality, joining a server, a backup) and, for their own, its name. The name is checked in
 * the profile store's words (userNameProblem), the municipality's name in its settings schema's;
 * both are said at once on the first submit, and the stores check again when they save.
 */
import type { Resolver } from 'react-hook-form';
import { municipalitySettingsSchema } from '@shared/settings/areas';
import { schemaResolver, type FormMessages } from '../../ui/schema-resolver';
import { lengthProblem, schemaMaxLength } from '../../ui/text-limits';
import { USER_NAME_MAX, userNameProblem } from '../settings/components/profile-form';

export { USER_NAME_MAX };

export const STARTS = ['demo', 'own', 'join', 'restore'] as const;
export type Start = (typeof STARTS)[number];

export interface WelcomeValues {
  userName: string;
  start: Start;
  municipalityName: string;
}

export const MUNICIPALITY_NAME_MAX = schemaMaxLength(municipalitySettingsSchema, 'name') ?? 200;

/**
 * Every problem at once. `existing`: the laptop already holds a municipality, so only the name is
 * asked; otherwise a municipality of one's own needs its name.
 */
export function welcomeProblems(values: WelcomeValues, existing: boolean): FormMessages<WelcomeValues> {
  const problems: FormMessages<WelcomeValues> = {};
  const name = userNameProblem(values.userName);
  if (name) problems.userName = name;
  if (!existing && values.start === 'own') {
    const municipality = values.municipalityName.trim();
    if (!municipality) problems.municipalityName = 'Enter the name of your municipality.';
    else {
      const tooLong = lengthProblem('Municipality name', municipality, MUNICIPALITY_NAME_MAX);
      if (tooLong) problems.municipalityName = tooLong;
    }
  }
  return problems;
}

export function welcomeResolver(existing: boolean): Resolver<WelcomeValues> {
  return schemaResolver<WelcomeValues>({ schema: {}, fields: {}, check: (values) => welcomeProblems(values, existing) });
}

/** Where the settings store's messages go: the municipality's name is its record's `value.name`. */
export const WELCOME_FIELD_OF: Partial<Record<string, keyof WelcomeValues>> = { 'value.name': 'municipalityName' };

/** The button says what it will do. */
export function beginLabel(start: Start, existing: boolean, busy: boolean): string {
  if (busy) return 'Setting up…';
  if (existing) return 'Continue';
  return { demo: 'Load demo municipality', own: 'Start', join: 'Continue', restore: 'Choose backup file' }[start];
}
