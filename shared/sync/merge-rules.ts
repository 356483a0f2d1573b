/**
 * How each collection's fields merge when two devices changed a record: which lists are keyed
 * by an identity (attendance, actions, attachments, memberships), which are logs where every
 * entry is kept (status history, progress notes, corrections), and which collections are
 * append-only and so can never hold competing edits.
 *
 * Fields not named here merge as a whole value; plain objects (such as a settings area) merge
 * key by key.
 */
import { withPhoneE164 } from '../domain/phone';
import type { CollectionName } from '../schemas/vocabulary';

export type ListRule =
  /** Items carry an identity: additions on both sides are kept, one side's change to an item is taken. */
  | { kind: 'keyed'; key: string }
  /** Entries are only ever appended: the union of both sides is kept, in time order. */
  | { kind: 'log' };

const KEYED_ID: ListRule = { kind: 'keyed', key: 'id' };
const KEYED_MEMBER: ListRule = { kind: 'keyed', key: 'memberId' };
const LOG: ListRule = { kind: 'log' };

/** List rules by collection and dotted field path. */
export const LIST_RULES: { [K in CollectionName]: Readonly<Record<string, ListRule>> } = {
  bodies: { memberships: KEYED_MEMBER },
  members: {},
  meetings: { history: LOG, attendance: KEYED_ID, corrections: LOG, attachments: KEYED_ID },
  agendaitems: { declarations: KEYED_MEMBER, actions: KEYED_ID, attachments: KEYED_ID },
  resolutions: { namedVotes: KEYED_MEMBER, progress: LOG },
  stakeholders: {},
  queries: {},
  queryevents: {},
  // Departments live in the settings record "departments" under value.items.
  settings: { 'value.items': KEYED_ID },
  audit: {},
};

/**
 * Collections whose records are only ever inserted, with random ids: two devices never write
 * the same record, so they never conflict (the server's validation also refuses any update).
 */
export const APPEND_ONLY_COLLECTIONS: readonly CollectionName[] = ['queryevents', 'audit'];

export function isAppendOnly(collection: CollectionName): boolean {
  return APPEND_ONLY_COLLECTIONS.includes(collection);
}

/**
 * The only fields an append-only record may still change: an audit entry that absorbs a burst
 * of typing grows its `until`, `times` and `fields` (AuditLog.recordCoalesced). Everything else
 * about an entry (who, when, which record, what) is fixed once written, here and on the server.
 */
export const GROWING_FIELDS: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {
  audit: ['until', 'times', 'fields'],
};

export function growingFields(collection: CollectionName): readonly string[] {
  return GROWING_FIELDS[collection] ?? [];
}

/** Stamps the repository writes on every change: merged by rule, never a conflict. */
export const TRACKING_FIELDS: readonly string[] = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy'];

/** The fields that hold competing edits themselves. */
export const CONFLICT_FIELDS: readonly string[] = ['conflict', 'hasConflict'];

export function listRuleFor(collection: CollectionName, path: string): ListRule | undefined {
  return LIST_RULES[collection][path];
}

/** A record of a collection as sync merges it: fields by name. */
type MergedRecord = Record<string, unknown>;

/**
 * Fields a record keeps from its other fields, never typed (a stakeholder's phone number in E.164
 * form): sync never merges them or keeps competing versions of them, it derives them again from
 * the merged record, as the repository does on every write.
 */
export const DERIVED_FIELDS: Readonly<Partial<Record<CollectionName, { fields: readonly string[]; derive: (record: MergedRecord) => MergedRecord }>>> = {
  stakeholders: { fields: ['phoneE164'], derive: (record) => withPhoneE164(record as { phone?: string; phoneE164?: string }) },
};

export function derivedFields(collection: CollectionName): readonly string[] {
  return DERIVED_FIELDS[collection]?.fields ?? [];
}

/** The merged record with its derived fields set again from the others. */
export function deriveFields<T extends MergedRecord>(collection: CollectionName, record: T): T {
  const rule = DERIVED_FIELDS[collection];
  return rule ? (rule.derive(record) as T) : record;
}
