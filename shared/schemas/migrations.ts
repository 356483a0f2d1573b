/**
 * How stored records move from one schema version to the next.
 *
 * When a schema's `version` goes from N to N+1, add a strategy under key N+1 for that
 * collection: a pure function from the old record to the new one (return null to drop it).
 * RxDB runs them when the database opens, on every device, before the app reads a record.
 * Records pulled from the server that an older app wrote are brought up to date by the same
 * functions (`upgradeRecord`, used by renderer/src/sync). Strategies are plain functions so
 * unit tests can run them on sample records without a database.
 *
 * Version 1 of queries and resolutions links the responsible officer to an official: a name
 * typed before matches an official's name (titles, case and spaces ignored, see
 * shared/domain/officials.ts) or stays as text, unlinked, for a person to match in Settings.
 * Version 2 of agenda items does the same for the responsible official of each action arising.
 * The strategies take the municipality's officials, which the database reads before it opens
 * those collections.
 */
import type { MigrationStrategies } from 'rxdb';
import { matchOfficial, type OfficialRef } from '../domain/officials';
import { withPhoneE164 } from '../domain/phone';
import type { CollectionName } from './vocabulary';

type Doc = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The official a typed name matches, if exactly one does. */
function officialNamed(name: string, officials: readonly OfficialRef[]): OfficialRef | undefined {
  const id = matchOfficial(name, officials);
  return id ? officials.find((o) => o.id === id) : undefined;
}

/**
 * A query under version 0 brought to version 1: a typed officer that matches an official is
 * linked to them and takes the official's one name ("Mr Rhulani Hlungwani" becomes "Rhulani
 * Hlungwani"); any other name stays as typed, unlinked.
 */
export function linkQueryOfficer(old: Doc, officials: readonly OfficialRef[]): Doc {
  if (typeof old.officerId === 'string') return old;
  const official = officialNamed(text(old.officer), officials);
  return official ? { ...old, officerId: official.id, officer: official.fullName.trim() } : { ...old, officerId: '' };
}

/** A resolution under version 0 brought to version 1: its responsible official linked, the same way. */
export function linkResolutionOfficial(old: Doc, officials: readonly OfficialRef[]): Doc {
  if (typeof old.responsibleOfficialId === 'string') return old;
  const official = officialNamed(text(old.responsibleOfficial), officials);
  return official ? { ...old, responsibleOfficialId: official.id, responsibleOfficial: official.fullName.trim() } : old;
}

/**
 * An agenda item under version 1 brought to version 2: the typed official of each action arising
 * is linked to the official it matches (and takes their one name), or kept as typed, unlinked ('').
 */
export function linkActionOfficials(old: Doc, officials: readonly OfficialRef[]): Doc {
  if (!Array.isArray(old.actions) || old.actions.length === 0) return old;
  const actions = (old.actions as Doc[]).map((action) => {
    if (typeof action.officialId === 'string' || !text(action.official).trim()) return action;
    const official = officialNamed(text(action.official), officials);
    return official ? { ...action, officialId: official.id, official: official.fullName.trim() } : { ...action, officialId: '' };
  });
  return actions.some((a, i) => a !== (old.actions as Doc[])[i]) ? { ...old, actions } : old;
}

/** The strategies, with the officials typed names are matched to. */
export function migrationStrategiesWith(officials: readonly OfficialRef[]): Record<CollectionName, MigrationStrategies> {
  return {
    bodies: {},
    members: {},
    meetings: {},
    // Version 1 adds the optional reason of a late item: earlier items were not marked late.
    agendaitems: { 1: (old: Doc) => old, 2: (old: Doc) => linkActionOfficials(old, officials) },
    resolutions: { 1: (old: Doc) => linkResolutionOfficial(old, officials) },
    // Version 1 stores each phone number's E.164 form beside it, as typed numbers are compared.
    stakeholders: { 1: (old: Doc) => withPhoneE164(old) },
    queries: { 1: (old: Doc) => linkQueryOfficer(old, officials) },
    queryevents: {},
    settings: {},
    audit: {},
  };
}

/** The strategies with no officials known (a typed name then stays as text): backups and checks. */
export const MIGRATION_STRATEGIES: Record<CollectionName, MigrationStrategies> = migrationStrategiesWith([]);

/**
 * Required fields an app of an older schema version does not write. The server's validation
 * (shared/couch/validate-doc-update.ts) lets records without them through, so laptops not yet
 * updated keep syncing; the updated app fills them as it reads such a record (`upgradeRecord`).
 */
export const FIELDS_OLDER_APPS_OMIT: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {
  queries: ['officerId'],
};

/** The collections whose migrations read the officials, opened after the members. */
export const COLLECTIONS_LINKING_OFFICIALS: readonly CollectionName[] = ['queries', 'resolutions', 'agendaitems'];

/**
 * A record pulled from the server, written by an app of an older schema version, in the current
 * shape (the same step as the migration); a current record is returned as it is.
 */
export function upgradeRecord(collection: CollectionName, record: Doc, officials: readonly OfficialRef[]): Doc {
  if (record._deleted === true && Object.keys(record).length <= 2) return record;
  if (collection === 'queries') return linkQueryOfficer(record, officials);
  if (collection === 'resolutions') return linkResolutionOfficial(record, officials);
  if (collection === 'agendaitems') return linkActionOfficials(record, officials);
  if (collection === 'stakeholders') return withPhoneE164(record);
  return record;
}
