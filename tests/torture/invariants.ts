/**
 * What must hold once every laptop and the server are online and idle (issue 17):
 * 1. same-records: every laptop and the server hold the same records, field for field;
 * 2. nothing-lost: every value a person saved is the field's value or a competing version kept
 *    for a person to settle (and every attachment added is on its item and on the server);
 * 3. no-duplicates: no record created twice, no resolution number or query reference given twice;
 * 4. conflicts-visible: every laptop counts every record with competing edits, and no conflict
 *    seen before disappeared without a person settling it;
 * 5. audit: the audit trail has an entry for every change a person saved;
 * 6. nothing-refused: the server's validation refused nothing a person was allowed to do.
 */
import type { CollectionName } from '../../shared/schemas/vocabulary';
import { versionValue } from '../../shared/sync/conflict-settlement';
import type { ConflictVersion } from '../../shared/sync/merge';
import { canonical, type SavedModel } from './model';

export type InvariantName = 'same-records' | 'nothing-lost' | 'no-duplicates' | 'conflicts-visible' | 'audit' | 'nothing-refused';

export interface Violation {
  invariant: InvariantName;
  detail: string;
}

type Records = Map<CollectionName, Map<string, Record<string, unknown>>>;

export interface Snapshot {
  laptops: Array<{ name: string; records: Records; conflictCount: number; attachments: Set<string> }>;
  server: Records;
  serverAttachments: Set<string>;
}

const EDITABLE: CollectionName[] = ['settings', 'bodies', 'members', 'meetings', 'agendaitems', 'resolutions', 'stakeholders', 'queries'];

/** Where each collection's records name themselves, to find one record made twice. */
const NATURAL_KEY: Partial<Record<CollectionName, string>> = {
  bodies: 'code',
  meetings: 'title',
  agendaitems: 'title',
  resolutions: 'number',
  stakeholders: 'name',
  queries: 'reference',
};

interface ConflictEntry {
  field: string;
  versions: ConflictVersion[];
}

function conflictsOf(record: Record<string, unknown>): ConflictEntry[] {
  const conflict = record.conflict as { fields?: ConflictEntry[] } | undefined;
  return conflict?.fields ?? [];
}

/**
 * Whether a stored entry of `conflict.fields` holds versions of `field`: the entry named after it,
 * or one of its further pages (`field#2`, ...), read here without the app's own reader.
 */
function isEntryOf(entryField: string, field: string): boolean {
  return entryField === field || (entryField.startsWith(`${field}#`) && /^[1-9][0-9]*$/.test(entryField.slice(field.length + 1)));
}

export interface CheckResult {
  violations: Violation[];
  checked: number;
  conflictsSeen: Set<string>;
}

export function checkInvariants(snapshot: Snapshot, model: SavedModel, syncErrors: Array<{ laptop: string; message: string }>): CheckResult {
  const violations: Violation[] = [];
  let checked = 0;
  const fail = (invariant: InvariantName, detail: string) => {
    if (violations.filter((v) => v.invariant === invariant).length < 8) violations.push({ invariant, detail });
  };
  const { server } = snapshot;

  // 1. The same records everywhere.
  for (const laptop of snapshot.laptops) {
    for (const [collection, onServer] of server) {
      const onLaptop = laptop.records.get(collection) ?? new Map<string, Record<string, unknown>>();
      for (const [id, record] of onServer) {
        checked += 1;
        const mine = onLaptop.get(id);
        if (!mine) fail('same-records', `${laptop.name} lacks ${collection}/${id}`);
        else if (canonical(mine) !== canonical(record)) fail('same-records', `${laptop.name} holds another ${collection}/${id}: ${diff(mine, record)}`);
      }
      for (const id of onLaptop.keys()) if (!onServer.has(id)) fail('same-records', `${laptop.name} holds ${collection}/${id}, the server does not`);
    }
  }

  // 2. Nothing a person saved is gone.
  for (const { collection, id, field, values } of model.liveFields()) {
    const record = server.get(collection)?.get(id);
    for (const [value, op] of values) {
      checked += 1;
      if (!record) {
        fail('nothing-lost', `${collection}/${id} is gone, with ${field} = ${value} saved by op ${op}`);
        continue;
      }
      const here = canonical(record[field]) === value;
      const kept = conflictsOf(record).some(
        (entry) => isEntryOf(entry.field, field) && entry.versions.some((version) => canonical(versionValue(version)) === value),
      );
      if (!here && !kept)
        fail('nothing-lost', `${collection}/${id}.${field}: ${value} (op ${op}) is neither the value (${canonical(record[field])}) nor a kept version`);
    }
  }
  for (const expected of model.attachments) {
    checked += 1;
    const item = server.get('agendaitems')?.get(expected.itemId);
    const refs = (item?.attachments as Array<{ id: string }> | undefined) ?? [];
    const kept = conflictsOf(item ?? {}).some((entry) => entry.field.startsWith('attachments'));
    if (item && !refs.some((ref) => ref.id === expected.attachmentId) && !kept) {
      fail('nothing-lost', `attachment ${expected.attachmentId} (op ${expected.op}) is no longer on agenda item ${expected.itemId}`);
    }
    if (!snapshot.serverAttachments.has(expected.attachmentId))
      fail('nothing-lost', `the file of attachment ${expected.attachmentId} (op ${expected.op}) is not on the server`);
    for (const laptop of snapshot.laptops) {
      if (!laptop.attachments.has(expected.attachmentId))
        fail('nothing-lost', `${laptop.name} lacks the file of attachment ${expected.attachmentId} (op ${expected.op})`);
    }
  }

  // 3. Nothing made twice; numbers and references given once.
  for (const [collection, field] of Object.entries(NATURAL_KEY) as Array<[CollectionName, string]>) {
    const seen = new Map<string, string>();
    for (const [id, record] of server.get(collection) ?? []) {
      checked += 1;
      const unique =
        collection === 'resolutions' || collection === 'queries'
          ? String(record[field])
          : canonical([record.createdBy, record.createdAt, record.parentId, record[field]]);
      const other = seen.get(unique);
      if (other)
        fail(
          'no-duplicates',
          `${collection}/${id} and ${collection}/${other} share ${field} ${String(record[field])}${collection === 'resolutions' || collection === 'queries' ? '' : ' (created at the same moment by the same person)'}`,
        );
      seen.set(unique, id);
    }
  }

  // 4. Conflicts visible on every laptop, and none settled without a person.
  const conflictsSeen = new Set<string>();
  let conflicted = 0;
  for (const collection of EDITABLE) {
    for (const [id, record] of server.get(collection) ?? []) {
      if (record.hasConflict === true) conflicted += 1;
      if (record.hasConflict !== conflictsOf(record).length > 0)
        fail('conflicts-visible', `${collection}/${id}: hasConflict is ${String(record.hasConflict)} with ${conflictsOf(record).length} conflicted fields`);
      // Known by field: a field's further pages (`discussion#2`) are settled with it.
      for (const entry of conflictsOf(record)) conflictsSeen.add(`${collection}/${id}/${entry.field.replace(/#[1-9][0-9]*$/, '')}`);
    }
  }
  for (const laptop of snapshot.laptops) {
    checked += 1;
    if (laptop.conflictCount !== conflicted)
      fail('conflicts-visible', `${laptop.name} counts ${laptop.conflictCount} records with competing edits; the server holds ${conflicted}`);
  }
  for (const known of model.knownConflicts) {
    checked += 1;
    const [collection, id] = known.split('/') as [CollectionName, string];
    if (!server.get(collection)?.has(id)) continue;
    if (!conflictsSeen.has(known)) fail('conflicts-visible', `the competing versions of ${known} disappeared without anyone settling them`);
  }

  // 5. An audit entry for every change.
  const audit = [...(server.get('audit')?.values() ?? [])];
  const byRecord = new Map<string, Array<Record<string, unknown>>>();
  for (const entry of audit) {
    const key = String(entry.recordId);
    byRecord.set(key, [...(byRecord.get(key) ?? []), entry]);
  }
  for (const expected of model.audit) {
    checked += 1;
    const entries = byRecord.get(expected.id) ?? [];
    const found = entries.some(
      (entry) =>
        entry.recordType === expected.collection &&
        entry.action === expected.action &&
        (!expected.field || ((entry.fields as string[] | undefined) ?? []).includes(expected.field)),
    );
    if (!found)
      fail(
        'audit',
        `no audit entry for the ${expected.action} of ${expected.collection}/${expected.id}${expected.field ? ` (${expected.field})` : ''} by op ${expected.op}`,
      );
  }

  // 6. The server refused nothing.
  checked += 1;
  for (const error of syncErrors) fail('nothing-refused', `${error.laptop}: ${error.message}`);

  return { violations, checked, conflictsSeen };
}

/** The first fields that differ, for the report. */
function diff(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((key) => canonical(a[key]) !== canonical(b[key]))
    .slice(0, 3)
    .map((key) => `${key}: ${canonical(a[key]).slice(0, 120)} ≠ ${canonical(b[key]).slice(0, 120)}`)
    .join('; ');
}
