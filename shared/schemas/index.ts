/**
 * The registry of Quorum's ten record collections: each collection's schema, its migration
 * strategies, its validator, and the record type derived from the schema.
 *
 * Ten is deliberate: RxDB's free build refuses a fifteenth open collection, and every
 * collection is one more CouchDB database and one more replication feed.
 */
import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { createRecordValidator, type RecordValidator } from '../validation/record-validator';
import { agendaItemSchema, type AgendaItem } from './agenda-item';
import { auditEntrySchema, type AuditEntry } from './audit-entry';
import { bodySchema, type Body } from './body';
import { meetingSchema, type Meeting } from './meeting';
import { memberSchema, type Member } from './member';
import { migrationStrategiesWith } from './migrations';
import type { OfficialRef } from '../domain/officials';
import { queryEventSchema, type QueryEvent } from './query-event';
import { querySchema, type StakeholderQuery } from './query';
import { resolutionSchema, type Resolution } from './resolution';
import { settingSchema, type Setting } from './setting';
import { stakeholderSchema, type Stakeholder } from './stakeholder';
import type { CollectionName } from './vocabulary';

export interface RecordTypes {
  bodies: Body;
  members: Member;
  meetings: Meeting;
  agendaitems: AgendaItem;
  resolutions: Resolution;
  stakeholders: Stakeholder;
  queries: StakeholderQuery;
  queryevents: QueryEvent;
  settings: Setting;
  audit: AuditEntry;
}

export const RECORD_SCHEMAS: { [K in CollectionName]: RxJsonSchema<RecordTypes[K]> } = {
  bodies: bodySchema,
  members: memberSchema,
  meetings: meetingSchema,
  agendaitems: agendaItemSchema,
  resolutions: resolutionSchema,
  stakeholders: stakeholderSchema,
  queries: querySchema,
  queryevents: queryEventSchema,
  settings: settingSchema,
  audit: auditEntrySchema,
};

export interface CollectionDefinition<K extends CollectionName> {
  schema: RxJsonSchema<RecordTypes[K]>;
  migrationStrategies: MigrationStrategies;
}

/** Each collection's schema and migrations; `officials` are the people typed officer names are matched to. */
export function collectionDefinitions(officials: readonly OfficialRef[] = []): { [K in CollectionName]: CollectionDefinition<K> } {
  const strategies = migrationStrategiesWith(officials);
  const entries = Object.entries(RECORD_SCHEMAS).map(([name, schema]) => [name, { schema, migrationStrategies: strategies[name as CollectionName] }]);
  return Object.fromEntries(entries) as { [K in CollectionName]: CollectionDefinition<K> };
}

const validators = new Map<CollectionName, RecordValidator<unknown>>();

/** The validator of a collection's records, compiled once. */
export function recordValidator<K extends CollectionName>(name: K): RecordValidator<RecordTypes[K]> {
  let validator = validators.get(name);
  if (!validator) {
    validator = createRecordValidator<unknown>(RECORD_SCHEMAS[name]);
    validators.set(name, validator);
  }
  return validator as RecordValidator<RecordTypes[K]>;
}

export type { CollectionName } from './vocabulary';
export type { AgendaItem, AuditEntry, Body, Meeting, Member, QueryEvent, Resolution, Setting, Stakeholder, StakeholderQuery };
