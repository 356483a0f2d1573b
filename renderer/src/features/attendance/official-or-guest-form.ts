/**
 * The form that adds an official or a guest to a meeting's register: its values, what it checks
 * before anything is sent (an official chosen and not already there, a guest's name, lengths in
 * the schema's words), the line it records, and where the register's own refusals go.
 */
import type { Resolver } from 'react-hook-form';
import type { Member } from '@shared/schemas';
import { meetingSchema, type AttendanceEntry } from '@shared/schemas/meeting';
import type { FieldErrors } from '@shared/validation/record-validator';
import { schemaResolver, type FormMessages, type SchemaFields } from '../../ui/schema-resolver';
import { displayName } from './register-model';

export type OtherKind = 'official' | 'guest';

export interface OfficialOrGuestValues {
  kind: OtherKind;
  memberId: string;
  name: string;
  capacity: string;
}

export type OfficialOrGuestField = keyof OfficialOrGuestValues;

export function emptyOfficialOrGuest(kind: OtherKind = 'official'): OfficialOrGuestValues {
  return { kind, memberId: '', name: '', capacity: '' };
}

/** A register line: the schema its name and capacity are checked against. */
const ENTRY = meetingSchema.properties.attendance.items;

const trimmed = (value: string) => value.trim() || undefined;

/** The fields this kind of line fills: an official's name is the member's, not typed. */
function boundFields(kind: OtherKind): SchemaFields<OfficialOrGuestValues> {
  const capacity = { property: 'capacity', toRecord: trimmed };
  return kind === 'guest' ? { name: { property: 'name', toRecord: trimmed }, capacity } : { capacity };
}

/** The checks the schema cannot make, all at once. */
export function officialOrGuestProblems(
  values: OfficialOrGuestValues,
  officials: readonly Member[],
  others: readonly AttendanceEntry[],
): FormMessages<OfficialOrGuestValues> {
  const problems: FormMessages<OfficialOrGuestValues> = {};
  if (values.kind === 'guest') {
    if (!values.name.trim()) problems.name = 'Enter the name of the guest.';
    return problems;
  }
  const official = officials.find((o) => o.id === values.memberId);
  if (!values.memberId) problems.memberId = 'Choose the official.';
  else if (!official) problems.memberId = 'That official is no longer active: choose one from the list.';
  else if (others.some((e) => e.memberId === official.id)) problems.memberId = `${displayName(official)} is already in the register.`;
  return problems;
}

export function officialOrGuestResolver(officials: readonly Member[], others: readonly AttendanceEntry[]): Resolver<OfficialOrGuestValues> {
  return (values, context, options) =>
    schemaResolver<OfficialOrGuestValues>({
      schema: ENTRY,
      fields: boundFields(values.kind),
      check: (v) => officialOrGuestProblems(v, officials, others),
    })(values, context, options);
}

/**
 * The line to record, present. An official's capacity is what was typed, else their position;
 * a guest's is what was typed, if anything.
 */
export function officialOrGuestEntry(values: OfficialOrGuestValues, official: Member | undefined, id: string): AttendanceEntry {
  const capacity = values.capacity.trim() || (values.kind === 'official' ? official?.position : undefined);
  return {
    id,
    kind: values.kind,
    status: 'present',
    ...(values.kind === 'official' && official ? { memberId: official.id } : {}),
    ...(values.kind === 'guest' ? { name: values.name.trim() } : {}),
    ...(capacity ? { capacity } : {}),
  };
}

/**
 * Where the register's messages go: a line's path is `attendance.<n>.<property>`; its name or
 * member is the official chosen or the guest's name, as the kind has it.
 */
export function officialOrGuestFieldOf(errors: FieldErrors, kind: OtherKind): Partial<Record<string, OfficialOrGuestField>> {
  const who: OfficialOrGuestField = kind === 'official' ? 'memberId' : 'name';
  const fieldOf: Partial<Record<string, OfficialOrGuestField>> = {};
  for (const path of Object.keys(errors)) {
    const property = /^attendance\.\d+\.(\w+)/.exec(path)?.[1];
    if (property === 'name' || property === 'memberId') fieldOf[path] = who;
    else if (property === 'capacity') fieldOf[path] = 'capacity';
  }
  return fieldOf;
}
