/**
 * The models of a resolution's forms on its page: a progress note, who is responsible and by
 * when, and a revocation. Their checks say on the first submit what the register would refuse,
 * in the schema's and the domain's words; the register checks again when it saves.
 */
import type { Resolver } from 'react-hook-form';
import { responsibleOfficerProblem } from '@shared/domain/officials';
import { isCalendarDate } from '@shared/domain/time';
import type { Member, Resolution } from '@shared/schemas';
import { resolutionSchema } from '@shared/schemas/resolution';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';

// ── A progress note ────────────────────────────────────────────────────────────

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'implemented'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface ProgressValues {
  note: string;
  status: ProgressStatus;
}

/** One note of the record's `progress` list: the schema the note is checked against. */
const PROGRESS_ENTRY = resolutionSchema.properties.progress.items;
export const PROGRESS_NOTE_MAX = schemaMaxLength(PROGRESS_ENTRY, 'note') ?? 5_000;

/** An empty note; the status offered is where the work is now (a note usually means it is under way). */
export function progressDefaults(resolution: Pick<Resolution, 'status'>): ProgressValues {
  return { note: '', status: resolution.status === 'implemented' ? 'implemented' : 'in_progress' };
}

/** The note is required and within its limit ("Progress note is required."), in the schema's words. */
export const progressResolver: Resolver<ProgressValues> = schemaResolver<ProgressValues>({
  schema: PROGRESS_ENTRY,
  fields: { note: 'note', status: 'status' },
});

/** Where the register's messages go: a note's path is `progress.<n>.note`. */
export const PROGRESS_FIELD_OF: Partial<Record<string, keyof ProgressValues>> = { progress: 'note', status: 'status' };

// ── Responsibility ────────────────────────────────────────────────────────────

export interface ResponsibilityValues {
  departmentId: string;
  responsibleOfficialId: string;
  dueDate: string;
}

export function responsibilityDefaults(resolution: Resolution): ResponsibilityValues {
  return {
    departmentId: resolution.departmentId ?? '',
    responsibleOfficialId: resolution.responsibleOfficialId ?? '',
    dueDate: resolution.dueDate ?? '',
  };
}

/**
 * The checks the schema cannot make: a due date that is a real date, and an official the
 * register takes (one of the officials, active unless already the resolution's).
 */
export function responsibilityProblems(values: ResponsibilityValues, members: readonly Member[], keepOfficialId = ''): FormMessages<ResponsibilityValues> {
  const problems: FormMessages<ResponsibilityValues> = {};
  if (values.dueDate && !isCalendarDate(values.dueDate)) problems.dueDate = 'Enter the due date as YYYY/MM/DD.';
  if (values.responsibleOfficialId) {
    const official = members.find((m) => m.id === values.responsibleOfficialId) ?? null;
    const problem = responsibleOfficerProblem(values.responsibleOfficialId, official, keepOfficialId);
    if (problem) problems.responsibleOfficialId = problem;
  }
  return problems;
}

const orNothing = (value: string) => value || undefined;

export function responsibilityResolver(members: readonly Member[], keepOfficialId = ''): Resolver<ResponsibilityValues> {
  return schemaResolver<ResponsibilityValues>({
    schema: resolutionSchema,
    fields: {
      departmentId: { property: 'departmentId', toRecord: orNothing },
      responsibleOfficialId: { property: 'responsibleOfficialId', toRecord: orNothing },
      dueDate: { property: 'dueDate', toRecord: orNothing },
    },
    check: (values) => responsibilityProblems(values, members, keepOfficialId),
  });
}

/** What the register is given: a choice left empty is no choice. */
export function responsibilityRecord(values: ResponsibilityValues): Pick<Resolution, 'departmentId' | 'responsibleOfficialId' | 'dueDate'> {
  return {
    departmentId: orNothing(values.departmentId),
    responsibleOfficialId: orNothing(values.responsibleOfficialId),
    dueDate: orNothing(values.dueDate),
  };
}

export const RESPONSIBILITY_FIELD_OF: Partial<Record<string, keyof ResponsibilityValues>> = {
  departmentId: 'departmentId',
  responsibleOfficialId: 'responsibleOfficialId',
  responsibleOfficial: 'responsibleOfficialId',
  dueDate: 'dueDate',
};

// ── Revocation ────────────────────────────────────────────────────────────────

export interface RevocationValues {
  byId: string;
}

/** The resolutions that may revoke this one: carried, adopted on or after it, revoking nothing yet. */
export function revocationCandidates(resolution: Resolution, all: readonly Resolution[]): Resolution[] {
  return all.filter((r) => r.id !== resolution.id && r.outcome === 'carried' && r.adoptedOn >= resolution.adoptedOn && !r.revokesId);
}

export function revocationProblems(values: RevocationValues, candidates: readonly Resolution[]): FormMessages<RevocationValues> {
  if (!values.byId) return { byId: 'Choose the later resolution that revokes this one.' };
  if (!candidates.some((r) => r.id === values.byId)) return { byId: 'That resolution cannot revoke this one: choose one from the list.' };
  return {};
}

export function revocationResolver(candidates: readonly Resolution[]): Resolver<RevocationValues> {
  return schemaResolver<RevocationValues>({ schema: {}, fields: {}, check: (values) => revocationProblems(values, candidates) });
}
