/** The merge rules that decide what happens when two devices changed one record. */
import { describe, expect, it } from 'vitest';
import { chosenVersion, conflictFieldsOf, settleConflictField, valueAt, versionValue, withValueAt } from '../../../shared/sync/conflict-settlement';
import { VERSIONS_PER_ENTRY } from '../../../shared/sync/conflict-pages';
import { mergeAppendOnly, mergeRecord, type ConflictField } from '../../../shared/sync/merge';
import { canonicalJson, sameRecordState, type JsonObject } from '../../../shared/sync/record-state';
import { withPhoneE164 } from '../../../shared/domain/phone';

const DETECTED = '2026-11-24T10:00:00.000Z';

function record(fields: JsonObject, by = 'Base', at = '2026-11-20T08:00:00.000Z'): JsonObject {
  return {
    id: 'item-1',
    title: 'Report on water losses',
    notes: 'Tabled.',
    presenter: 'CFO',
    createdAt: '2026-11-20T08:00:00.000Z',
    createdBy: 'Creator',
    updatedAt: at,
    updatedBy: by,
    hasConflict: false,
    _deleted: false,
    ...fields,
  };
}

function merge(
  base: JsonObject | undefined,
  local: JsonObject,
  remote: JsonObject,
  collection: 'agendaitems' | 'meetings' | 'settings' | 'resolutions' = 'agendaitems',
) {
  return mergeRecord({ collection, base, local, remote, detectedAt: DETECTED });
}

const conflictOf = (result: ReturnType<typeof merge>, field: string): ConflictField | undefined =>
  (result.record.conflict as { fields: ConflictField[] } | undefined)?.fields.find((entry) => entry.field === field);

describe('three-way merge', () => {
  const base = record({});

  it('takes each side’s change to a different field', () => {
    const result = merge(
      base,
      record({ notes: 'Tabled and noted.' }, 'Thuli', '2026-11-21T09:00:00.000Z'),
      record({ presenter: 'Acting CFO' }, 'Sipho', '2026-11-21T10:00:00.000Z'),
    );
    expect(result.record).toMatchObject({ notes: 'Tabled and noted.', presenter: 'Acting CFO', hasConflict: false, _deleted: false });
    expect(result.record.conflict).toBeUndefined();
    expect(result.conflictedFields).toEqual([]);
    expect(result.keptFromLocal).toEqual(['notes']);
    // The last change is the later one; who created it is the server's account.
    expect(result.record).toMatchObject({ updatedAt: '2026-11-21T10:00:00.000Z', updatedBy: 'Sipho', createdBy: 'Creator' });
  });

  it('keeps both versions when both sides changed the same field, the server’s in the field', () => {
    const local = record({ notes: 'Council noted the overspend.' }, 'Thuli', '2026-11-21T09:00:00.000Z');
    const remote = record({ notes: 'Referred back to Finance.' }, 'Sipho', '2026-11-21T10:00:00.000Z');
    const result = merge(base, local, remote);
    expect(result.record.notes).toBe('Referred back to Finance.');
    expect(result.record.hasConflict).toBe(true);
    expect(result.conflictedFields).toEqual(['notes']);
    const entry = conflictOf(result, 'notes');
    expect(entry?.versions).toEqual([
      { value: '"Council noted the overspend."', by: 'Thuli', at: '2026-11-21T09:00:00.000Z', origin: 'local' },
      { value: '"Referred back to Finance."', by: 'Sipho', at: '2026-11-21T10:00:00.000Z', origin: 'server' },
    ]);
    expect((result.record.conflict as { detectedAt: string }).detectedAt).toBe(DETECTED);
  });

  it('takes the same change made on both sides without a conflict', () => {
    const result = merge(base, record({ notes: 'Same words.' }), record({ notes: 'Same words.' }));
    expect(result.record).toMatchObject({ notes: 'Same words.', hasConflict: false });
  });

  it('merges a settings area key by key, and names the nested field of a conflict', () => {
    const area = (value: JsonObject) => ({ id: 'municipality', value, createdAt: 'x', createdBy: 'x', updatedAt: 'x', updatedBy: 'x', hasConflict: false });
    const settingsBase = area({ name: 'Mopane Ridge', address: 'PO Box 1', phone: '015 000 0000' });
    const result = merge(
      settingsBase,
      area({ name: 'Mopane Ridge', address: 'PO Box 1, Mopane', phone: '015 111 1111' }),
      area({ name: 'Mopane Ridge LM', address: 'Private Bag X1', phone: '015 000 0000' }),
      'settings',
    );
    expect(result.record.value).toEqual({ name: 'Mopane Ridge LM', address: 'Private Bag X1', phone: '015 111 1111' });
    expect(result.conflictedFields).toEqual(['value.address']);
  });

  it('merges keyed lists item by item and logs as the union in time order', () => {
    const meeting = (attendance: JsonObject[], history: JsonObject[]) => record({ attendance, history });
    const a1 = { id: 'a1', kind: 'member', status: 'present' };
    const a2 = { id: 'a2', kind: 'member', status: 'apology' };
    const h1 = { at: '2026-11-21T08:00:00.000Z', by: 'T', from: 'draft', to: 'notice_issued' };
    const h2 = { at: '2026-11-21T09:00:00.000Z', by: 'S', from: 'notice_issued', to: 'in_session' };
    const h3 = { at: '2026-11-21T08:30:00.000Z', by: 'T', from: 'notice_issued', to: 'postponed' };
    const result = merge(
      meeting([a1], [h1]),
      meeting(
        [
          { ...a1, status: 'late' },
          { id: 'a3', kind: 'guest', status: 'present' },
        ],
        [h1, h3],
      ),
      meeting([a1, a2], [h1, h2]),
      'meetings',
    );
    expect(result.record.attendance).toEqual([{ ...a1, status: 'late' }, a2, { id: 'a3', kind: 'guest', status: 'present' }]);
    expect(result.record.history).toEqual([h1, h3, h2]);
    expect(result.record.hasConflict).toBe(false);
  });

  it('keeps both whole lists when both sides changed one item differently', () => {
    const a1 = { id: 'a1', kind: 'member', status: 'present' };
    const result = merge(
      record({ attendance: [a1] }),
      record({ attendance: [{ ...a1, status: 'late' }] }),
      record({ attendance: [{ ...a1, status: 'left_early' }] }),
      'meetings',
    );
    expect(result.conflictedFields).toEqual(['attendance']);
    expect(result.record.attendance).toEqual([{ ...a1, status: 'left_early' }]);
  });

  it('without a base, takes what only one side has and flags what differs', () => {
    const result = merge(undefined, record({ notes: 'Mine', phone: '012' }), record({ notes: 'Theirs', email: 'a@b.za' }));
    expect(result.record).toMatchObject({ phone: '012', email: 'a@b.za', notes: 'Theirs', hasConflict: true });
    expect(result.conflictedFields).toEqual(['notes']);
  });

  it('keeps an edit over a deletion on the other side, and a deletion of an untouched record', () => {
    const edited = record({ notes: 'Edited offline' });
    expect(merge(base, edited, { ...base, _deleted: true }).record).toMatchObject({ notes: 'Edited offline', _deleted: false });
    expect(merge(base, { ...base, _deleted: true }, record({ presenter: 'Edited' })).record).toMatchObject({ presenter: 'Edited', _deleted: false });
    expect(merge(base, base, { ...base, _deleted: true }).record._deleted).toBe(true);
  });

  it('drops a conflict settled on one side and adds new competing versions to an unsettled one', () => {
    const first = merge(base, record({ notes: 'A' }, 'Thuli'), record({ notes: 'B' }, 'Sipho'));
    const conflicted = first.record;
    // Settled on the server while this laptop did nothing to it: the settlement wins.
    const settled = { ...conflicted, notes: 'A and B', hasConflict: false, conflict: undefined };
    delete settled.conflict;
    expect(merge(conflicted, conflicted, settled).record).toMatchObject({ notes: 'A and B', hasConflict: false });
    // A third edit of the field on this laptop while the conflict stands: three versions kept.
    const third = merge(conflicted, { ...conflicted, notes: 'C', updatedBy: 'Lerato' }, { ...conflicted, notes: 'D', updatedBy: 'Sipho' });
    expect(conflictOf(third, 'notes')?.versions.map((v) => versionValue(v))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('keeps two settlements of the same competing edits that chose differently as competing in turn (torture item 16)', () => {
    // Laptop A and the server (laptop B's edit) both typed the presenter: the field shows A's value here.
    const conflicted = merge(base, record({ presenter: 'A' }, 'Thuli'), record({ presenter: 'B' }, 'Sipho')).record;
    expect(conflicted.presenter).toBe('B');
    const settle = (state: JsonObject, value: string, by: string) => {
      const out: JsonObject = { ...state, presenter: value, hasConflict: false, updatedBy: by, updatedAt: '2026-11-25T08:00:00.000Z' };
      delete out.conflict;
      return out;
    };
    // Here a person chose B, the value the field already showed (unchanged against the base);
    // on the server another person chose A. Neither decision may vanish: both are kept.
    const both = merge(conflicted, settle(conflicted, 'B', 'Lerato'), settle(conflicted, 'A', 'Sipho'));
    expect(both.record).toMatchObject({ presenter: 'A', hasConflict: true });
    expect(conflictOf(both, 'presenter')?.versions.map((v) => versionValue(v))).toEqual(['B', 'A']);
    expect(both.conflictedFields).toEqual(['presenter']);
    // The other way round: the server kept the shown value, this laptop chose the other one.
    const mirrored = merge(conflicted, settle(conflicted, 'A', 'Lerato'), settle(conflicted, 'B', 'Sipho'));
    expect(mirrored.record).toMatchObject({ presenter: 'B', hasConflict: true });
    expect(
      conflictOf(mirrored, 'presenter')
        ?.versions.map((v) => versionValue(v))
        .sort(),
    ).toEqual(['A', 'B']);
    // The same choice on both sides is one decision: settled, nothing competing.
    const same = merge(conflicted, settle(conflicted, 'A', 'Lerato'), settle(conflicted, 'A', 'Sipho'));
    expect(same.record).toMatchObject({ presenter: 'A', hasConflict: false });
    expect(same.record.conflict).toBeUndefined();
    // A value typed after a settlement is an edit, not a second choice: it is merged as before.
    const typedAfter = merge(conflicted, { ...settle(conflicted, 'B', 'Lerato'), presenter: 'Acting CFO' }, settle(conflicted, 'B', 'Sipho'));
    expect(typedAfter.record).toMatchObject({ presenter: 'Acting CFO', hasConflict: false });
    // So is a text written to settle (not one of the versions offered) against keeping the shown one.
    const written = merge(conflicted, settle(conflicted, 'A and B', 'Lerato'), settle(conflicted, 'B', 'Sipho'));
    expect(written.record).toMatchObject({ presenter: 'A and B', hasConflict: false });
  });

  it('keeps a settlement that kept the shown value against a value typed meanwhile on the other side (torture item 18)', () => {
    // The field shows A, with B competing; both sides know it (the base).
    const conflicted = merge(base, record({ presenter: 'B' }, 'Thuli'), record({ presenter: 'A' }, 'Sipho')).record;
    expect(conflicted.presenter).toBe('A');
    const settle = (state: JsonObject, value: string, by: string) => {
      const out: JsonObject = { ...state, presenter: value, hasConflict: false, updatedBy: by, updatedAt: '2026-11-25T08:00:00.000Z' };
      delete out.conflict;
      return out;
    };
    const typed = (state: JsonObject, value: string, by: string) => ({ ...state, presenter: value, updatedBy: by, updatedAt: '2026-11-25T09:00:00.000Z' });
    const presenterVersions = (result: ReturnType<typeof merge>) =>
      conflictOf(result, 'presenter')
        ?.versions.map((v) => versionValue(v))
        .sort();
    // The server's side settled keeping A; this laptop, still showing A against B, typed C.
    const settledThere = merge(conflicted, typed(conflicted, 'C', 'Lerato'), settle(conflicted, 'A', 'Sipho'));
    expect(settledThere.record).toMatchObject({ presenter: 'A', hasConflict: true });
    expect(presenterVersions(settledThere)).toEqual(['A', 'C']);
    expect(settledThere.conflictedFields).toEqual(['presenter']);
    // This laptop settled keeping A; on the server someone typed C over the unsettled field.
    const settledHere = merge(conflicted, settle(conflicted, 'A', 'Lerato'), typed(conflicted, 'C', 'Sipho'));
    expect(settledHere.record).toMatchObject({ presenter: 'C', hasConflict: true });
    expect(presenterVersions(settledHere)).toEqual(['A', 'C']);
    // A settlement choosing another version against a typed value: the field merge keeps both, once.
    const chose = merge(conflicted, typed(conflicted, 'C', 'Lerato'), settle(conflicted, 'B', 'Sipho'));
    expect(presenterVersions(chose)).toEqual(['B', 'C']);
    // A settlement with nothing typed against it stands alone, as before.
    const alone = merge(conflicted, conflicted, settle(conflicted, 'A', 'Sipho'));
    expect(alone.record).toMatchObject({ presenter: 'A', hasConflict: false });
    expect(alone.record.conflict).toBeUndefined();
    // And an edit of another field on the unsettled side leaves the settlement alone too.
    const elsewhere = merge(conflicted, { ...conflicted, notes: 'Deferred' }, settle(conflicted, 'A', 'Sipho'));
    expect(elsewhere.record).toMatchObject({ presenter: 'A', notes: 'Deferred', hasConflict: false });
  });

  it('keeps every competing version of a field, however many, in entries the schema allows (torture item 13)', () => {
    let current = merge(base, record({ notes: 'v0' }), record({ notes: 'w0' })).record;
    for (let round = 1; round < 30; round++) {
      current = merge(current, { ...current, notes: `v${round}` }, { ...current, notes: `w${round}` }).record;
    }
    const typed = Array.from({ length: 30 }, (_, round) => [`v${round}`, `w${round}`]).flat();
    const [notes, ...others] = conflictFieldsOf(current);
    expect(others).toEqual([]);
    expect(notes?.field).toBe('notes');
    expect(new Set(notes?.versions.map((v) => versionValue(v)))).toEqual(new Set(typed));
    const stored = (current.conflict as { fields: ConflictField[] }).fields;
    expect(stored.map((entry) => entry.field)).toEqual(['notes', 'notes#2', 'notes#3']);
    expect(stored.every((entry) => entry.versions.length <= VERSIONS_PER_ENTRY)).toBe(true);
    // Merged again with itself, the stored pages are the same state: no endless pushes.
    expect(sameRecordState(merge(current, current, current).record, current)).toBe(true);
  });

  it('joins two laptops’ twenty versions each into forty, none lost', () => {
    const conflicted = (prefix: string) => {
      let state = merge(base, record({ notes: `${prefix}0` }), record({ notes: `${prefix}1` })).record;
      for (let n = 2; n < 20; n += 2) state = merge(state, { ...state, notes: `${prefix}${n}` }, { ...state, notes: `${prefix}${n + 1}` }).record;
      return state;
    };
    const here = conflicted('here-');
    const there = conflicted('there-');
    expect(conflictFieldsOf(here)[0]?.versions).toHaveLength(20);
    const joined = merge(undefined, here, there).record;
    const values = conflictFieldsOf(joined)[0]?.versions.map((v) => versionValue(v)) ?? [];
    for (let n = 0; n < 20; n++) expect(values).toEqual(expect.arrayContaining([`here-${n}`, `there-${n}`]));
    // Settling the field settles every page of it.
    const field = conflictFieldsOf(joined)[0] as ConflictField;
    const settled = settleConflictField(joined, 'notes', 'here-3', { current: valueAt(joined, 'notes'), versions: field.versions });
    expect(settled).toMatchObject({ changes: { hasConflict: false, notes: 'here-3' }, removeConflict: true });
  });

  it('is a state the conflict handler sees as equal when merged again (no endless pushes)', () => {
    const once = merge(base, record({ notes: 'A' }), record({ notes: 'B' })).record;
    const again = merge(base, once, once).record;
    expect(sameRecordState(once, again)).toBe(true);
  });
});

describe('append-only records', () => {
  const entry = {
    id: 'e1',
    at: '2026-11-24T08:00:00.000Z',
    actor: 'T',
    action: 'update',
    recordType: 'agendaitems',
    recordId: 'i1',
    summary: 'Edited',
    fields: ['notes'],
    times: 2,
    until: '2026-11-24T08:02:00.000Z',
  };

  it('combines only the growing counters of an audit entry', () => {
    const merged = mergeAppendOnly('audit', { ...entry, times: 5, until: '2026-11-24T08:05:00.000Z', fields: ['notes', 'discussion'] }, entry);
    expect(merged).toMatchObject({ times: 5, until: '2026-11-24T08:05:00.000Z', fields: ['notes', 'discussion'], summary: 'Edited' });
  });

  it('refuses to merge two entries that differ in anything else', () => {
    expect(mergeAppendOnly('audit', { ...entry, summary: 'Rewritten history' }, entry)).toBeNull();
    expect(mergeAppendOnly('queryevents', { id: 'q', text: 'a' }, { id: 'q', text: 'b' })).toBeNull();
  });
});

/** A field's competing edits as a person sees them in the record now. */
function seenIn(record: JsonObject, path: string) {
  return { current: valueAt(record, path), versions: conflictFieldsOf(record).find((entry) => entry.field === path)?.versions ?? [] };
}

describe('settling a conflict', () => {
  it('writes the chosen value, removes the entry and clears the flag once none remain', () => {
    const conflicted = mergeRecord({
      collection: 'settings',
      base: { id: 'municipality', value: { address: 'A', phone: '1' } },
      local: { id: 'municipality', value: { address: 'B', phone: '2' } },
      remote: { id: 'municipality', value: { address: 'C', phone: '3' } },
      detectedAt: DETECTED,
    }).record;
    const first = settleConflictField(conflicted, 'value.address', 'B and C', seenIn(conflicted, 'value.address'));
    expect(first.changes.value).toEqual({ address: 'B and C', phone: '3' });
    expect(first.changes.hasConflict).toBe(true);
    expect(first.removeConflict).toBe(false);
    const after = { ...conflicted, ...first.changes };
    const second = settleConflictField(after, 'value.phone', undefined, seenIn(after, 'value.phone'));
    expect(second.changes).toEqual({ hasConflict: false, value: { address: 'B and C' } });
    expect(second.removeConflict).toBe(true);
    expect(() => settleConflictField({ id: 'x' }, 'venue', 'y', { current: undefined, versions: [] })).toThrow(/no competing edits of "venue"/);
  });

  it('refuses a choice made without an edit that arrived since (torture run, seed 1001): nothing is settled', () => {
    const conflicted = mergeRecord({
      collection: 'agendaitems',
      base: { id: 'item', discussion: 'First wording' },
      local: { id: 'item', discussion: 'Wording typed on laptop A' },
      remote: { id: 'item', discussion: 'Wording typed on laptop B' },
      detectedAt: DETECTED,
    }).record;
    const seen = seenIn(conflicted, 'discussion');
    // A secretary typed over the field meanwhile (the conflict stays): the choice would drop it.
    const typedOver = { ...conflicted, discussion: 'Wording typed later on laptop B' };
    expect(() => settleConflictField(typedOver, 'discussion', 'Wording typed on laptop A', seen)).toThrow(/changed while you were choosing/);
    // A third version arrived by sync: the person has not seen it.
    const entry = conflictFieldsOf(conflicted)[0]!;
    const moreVersions = {
      ...conflicted,
      conflict: { ...(conflicted.conflict as JsonObject), fields: [{ ...entry, versions: [...entry.versions, { value: '"Wording from laptop C"' }] }] },
    };
    expect(() => settleConflictField(moreVersions, 'discussion', 'Wording typed on laptop A', seen)).toThrow(/changed while you were choosing/);
    // The same versions in another order, and the same value, are what the person saw.
    const reordered = { ...conflicted, conflict: { ...(conflicted.conflict as JsonObject), fields: [{ ...entry, versions: [...entry.versions].reverse() }] } };
    expect(settleConflictField(reordered, 'discussion', 'Wording typed on laptop A', seen).changes).toMatchObject({
      discussion: 'Wording typed on laptop A',
      hasConflict: false,
    });
  });

  it('finds the chosen version by what it holds, wherever sync has put it in the list, and not once it is gone', () => {
    const versions = [{ value: '"Wording A"', by: 'Thuli' }, { value: '"Wording B"', by: 'Sipho' }, { value: 'null' }];
    const chosen = versions[1]!;
    expect(chosenVersion(versions, chosen.value)).toBe(chosen);
    // Sync brought the versions back in another order: the place of the choice now holds another.
    const reordered = [versions[2]!, versions[0]!, versions[1]!];
    expect(reordered[1]).not.toBe(chosen);
    expect(chosenVersion(reordered, chosen.value)).toBe(chosen);
    expect(chosenVersion([versions[0]!, versions[2]!], chosen.value)).toBeNull();
  });

  it('sets nested values without touching the original', () => {
    const original = { value: { a: 1 } };
    expect(withValueAt(original, 'value.b', 2)).toEqual({ value: { a: 1, b: 2 } });
    expect(original).toEqual({ value: { a: 1 } });
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });
});

describe('fields derived from others', () => {
  const person = (fields: JsonObject, by = 'Base', at = '2026-11-20T08:00:00.000Z'): JsonObject => ({
    id: 'sh-1',
    kind: 'person',
    category: 'resident',
    name: 'Mrs Dorah Mashele',
    phone: '072 000 0101',
    phoneE164: '+27720000101',
    createdAt: '2026-11-20T08:00:00.000Z',
    createdBy: 'Creator',
    updatedAt: at,
    updatedBy: by,
    hasConflict: false,
    _deleted: false,
    ...fields,
  });
  const mergeStakeholder = (base: JsonObject, local: JsonObject, remote: JsonObject) =>
    mergeRecord({ collection: 'stakeholders', base, local, remote, detectedAt: DETECTED });

  it('a phone number changed on one side brings its E.164 form along', () => {
    const result = mergeStakeholder(person({}), person({ name: 'Dorah Mashele' }, 'A'), person({ phone: '082 000 0303', phoneE164: '+27820000303' }, 'B'));
    expect(result.record).toMatchObject({ name: 'Dorah Mashele', phone: '082 000 0303', phoneE164: '+27820000303', hasConflict: false });
  });

  it('two numbers typed on two laptops are one conflict, of the number; the stored form follows the number kept', () => {
    const result = mergeStakeholder(
      person({}),
      person({ phone: '082 000 0303', phoneE164: '+27820000303' }, 'A', '2026-11-21T08:00:00.000Z'),
      person({ phone: '073 000 0707', phoneE164: '+27730000707' }, 'B', '2026-11-22T08:00:00.000Z'),
    );
    const fields = (result.record.conflict as { fields: ConflictField[] }).fields.map((f) => f.field);
    expect(fields).toEqual(['phone']);
    expect(result.conflictedFields).toEqual(['phone']);
    expect(result.record.phoneE164).toBe(withPhoneE164({ phone: result.record.phone as string, phoneE164: '' }).phoneE164);
  });

  it('two settlements of the number that chose differently: the stored form follows the number left in the field (item 16)', () => {
    const conflicted = mergeStakeholder(
      person({}),
      person({ phone: '082 000 0303', phoneE164: '+27820000303' }, 'A', '2026-11-21T08:00:00.000Z'),
      person({ phone: '073 000 0707', phoneE164: '+27730000707' }, 'B', '2026-11-22T08:00:00.000Z'),
    ).record;
    const settle = (phone: string, phoneE164: string): JsonObject => {
      const out: JsonObject = { ...conflicted, phone, phoneE164, hasConflict: false };
      delete out.conflict;
      return out;
    };
    // The server kept the number shown; this laptop chose the other: the server's stays in the field.
    const result = mergeStakeholder(conflicted, settle('082 000 0303', '+27820000303'), settle('073 000 0707', '+27730000707'));
    expect(result.record).toMatchObject({ phone: '073 000 0707', phoneE164: '+27730000707', hasConflict: true });
  });
});
