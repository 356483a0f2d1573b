/**
 * The records inside a backup: bringing ones written under an older schema version up to date
 * with the app's migration strategies, checking every one against its collection's JSON schema
 * with the same validator the repositories use, and naming a record in words for messages.
 */
import { RECORD_SCHEMAS, recordValidator, type RecordTypes } from '../schemas';
import type { OfficialRef } from '../domain/officials';
import { migrationStrategiesWith } from '../schemas/migrations';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/vocabulary';

export type BackupRecords = { [K in CollectionName]: RecordTypes[K][] };
export type SchemaVersions = Record<CollectionName, number>;

/** One step of a migration: the record under version N-1 in, under version N out (null drops it). */
export type MigrationStep = (record: Record<string, unknown>) => unknown;
export type MigrationTable = Record<CollectionName, Record<number, MigrationStep>>;

export function currentSchemaVersions(): SchemaVersions {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, RECORD_SCHEMAS[name].version])) as SchemaVersions;
}

/**
 * The app's own strategies (shared/schemas/migrations.ts), which are pure and use no collection;
 * `officials` are those typed officer names are matched to (the backup's own).
 */
export function appMigrations(officials: readonly OfficialRef[] = []): MigrationTable {
  const strategies = migrationStrategiesWith(officials);
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      Object.fromEntries(
        Object.entries(strategies[name]).map(([version, strategy]) => [
          Number(version),
          // RxDB passes the collection as a second argument; Quorum's strategies never use it.
          (record: Record<string, unknown>) => (strategy as (doc: Record<string, unknown>) => unknown)(record),
        ]),
      ),
    ]),
  ) as MigrationTable;
}

export class MissingMigrationError extends Error {}

/** Runs each step from `from` + 1 to `to` on every record; records a step returns null for are dropped. */
export async function migrateRecords(
  name: CollectionName,
  records: readonly Record<string, unknown>[],
  from: number,
  to: number,
  table: MigrationTable,
): Promise<Record<string, unknown>[]> {
  let current: Record<string, unknown>[] = [...records];
  for (let version = from + 1; version <= to; version += 1) {
    const step = table[name][version];
    if (!step) throw new MissingMigrationError(`There is no way to bring ${name} records from version ${version - 1} to ${version}.`);
    const next: Record<string, unknown>[] = [];
    for (const record of current) {
      const migrated = await step(record);
      if (migrated !== null && typeof migrated === 'object') next.push(migrated as Record<string, unknown>);
    }
    current = next;
  }
  return current;
}

const COLLECTION_TITLES: Record<CollectionName, string> = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, RECORD_SCHEMAS[name].title ?? name]),
) as Record<CollectionName, string>;

function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** `Meeting "Ordinary Council" (2026-11-26)`: the record's kind and what a person calls it. */
export function describeRecord(name: CollectionName, record: Record<string, unknown>): string {
  const title = COLLECTION_TITLES[name];
  if (name === 'settings') {
    // Settings are named by their area: `Settings: Municipality`.
    const area = (text(record, 'id') ?? 'unknown').replace(/[-_]+/g, ' ');
    return `Settings: ${area.charAt(0).toUpperCase()}${area.slice(1)}`;
  }
  const label =
    (name === 'resolutions' && text(record, 'number') ? `${text(record, 'number')} ${text(record, 'title') ?? ''}`.trim() : undefined) ??
    (name === 'queries' && text(record, 'reference') ? `${text(record, 'reference')} ${text(record, 'subject') ?? ''}`.trim() : undefined) ??
    text(record, 'title') ??
    text(record, 'name') ??
    text(record, 'fullName') ??
    text(record, 'summary') ??
    text(record, 'id') ??
    'without an identifier';
  const day = name === 'meetings' ? text(record, 'startsAt')?.slice(0, 10) : undefined;
  const shortLabel = label.length > 80 ? `${label.slice(0, 79)}…` : label;
  return `${title} "${shortLabel}"${day ? ` (${day})` : ''}`;
}

export interface RecordProblem {
  collection: CollectionName;
  id: string;
  description: string;
  message: string;
}

/** Every record checked against its schema, and no id twice in a collection. */
export function checkRecords(collections: Record<CollectionName, readonly Record<string, unknown>[]>): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const name of COLLECTION_NAMES) {
    const validator = recordValidator(name);
    const seen = new Set<string>();
    for (const record of collections[name]) {
      const id = typeof record.id === 'string' ? record.id : '';
      const description = describeRecord(name, record);
      const errors = validator.check(record);
      const first = Object.values(errors)[0];
      if (first) problems.push({ collection: name, id, description, message: first });
      else if (seen.has(id)) problems.push({ collection: name, id, description, message: 'It appears twice in the backup.' });
      seen.add(id);
    }
  }
  return problems;
}

/** The officials among a backup's member records, as the officer migration matches names to them. */
export function officialsIn(members: readonly Record<string, unknown>[]): OfficialRef[] {
  return members
    .filter((m) => m.kind === 'official' && typeof m.id === 'string' && typeof m.fullName === 'string')
    .map((m) => ({ id: m.id as string, fullName: m.fullName as string, ...(typeof m.title === 'string' ? { title: m.title } : {}) }));
}
