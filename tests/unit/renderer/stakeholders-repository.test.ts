/** The stakeholder directory: adding, merging two records of one person, and POPIA export and erasure. */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestData, type TestData } from '../support/test-database';

let data: TestData;
const now = new Date('2026-04-14T08:00:00.000Z');

afterEach(async () => {
  await data.db.remove();
});

async function setUp() {
  data = await createTestData('Thuli Officer', () => now);
  await data.repos.settings.saveArea('municipality', { name: 'Mopane Ridge', timeZone: 'Africa/Johannesburg' });
}

const resident = (name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'person' as const,
  category: 'resident' as const,
  name,
  consentPurpose: 'To answer her queries',
  consentGiven: true,
  ...extra,
});

async function queryFor(stakeholderId: string, subject: string) {
  return data.repos.queries.logQuery({ stakeholderId, channel: 'phone', subject, description: '', category: 'Other', ward: '4', priority: 'normal' });
}

describe('the stakeholder directory', () => {
  it('records the purpose and consent for a person, and refuses a person without a purpose', async () => {
    await setUp();
    const person = await data.repos.stakeholders.add(resident('Mrs Dorah Mashele', { phone: ' 072 000 0101 ', email: '' }));
    expect(person).toMatchObject({ phone: '072 000 0101', consentGiven: true, consentAt: now.toISOString() });
    expect(person.email).toBeUndefined();
    await expect(data.repos.stakeholders.add({ kind: 'person', category: 'resident', name: 'No Purpose' })).rejects.toMatchObject({
      fieldErrors: { consentPurpose: "Record why the municipality keeps this person's details (POPIA)." },
    });
    await expect(data.repos.stakeholders.add(resident('Bad Email', { email: 'not-an-email' }))).rejects.toMatchObject({
      fieldErrors: { email: 'Enter an email address such as name@example.org.' },
    });
    const organisation = await data.repos.stakeholders.add({ kind: 'organisation', category: 'ngo_cbo', name: 'Water Watch' });
    const member = await data.repos.stakeholders.add(resident('Zodwa Sibiya', { organisationId: organisation.id }));
    expect(await firstValueFrom(data.repos.stakeholders.watchPeopleOf(organisation.id))).toEqual([member]);
  });

  it('merges two records of one person: queries re-pointed with a timeline entry, the merged record kept as a tombstone', async () => {
    await setUp();
    const kept = await data.repos.stakeholders.add(resident('Mrs Dorah Mashele', { ward: '4' }));
    const duplicate = await data.repos.stakeholders.add(resident('D. Mashele', { phone: '+27 72 000 0101', notes: 'Prefers SMS' }));
    const query = await queryFor(duplicate.id, 'Burst pipe');
    const merged = await data.repos.stakeholderMerge.merge(duplicate.id, kept.id);
    expect(merged).toMatchObject({ id: kept.id, name: 'Mrs Dorah Mashele', phone: '+27 72 000 0101', notes: 'Prefers SMS', ward: '4' });
    expect((await data.repos.queries.findById(query.id))?.stakeholderId).toBe(kept.id);
    expect(await data.repos.stakeholders.findById(duplicate.id)).toMatchObject({ mergedIntoId: kept.id, name: 'D. Mashele' });
    const listed = await firstValueFrom(data.repos.stakeholders.watchAll());
    expect(listed.map((s) => s.id)).toEqual([kept.id]);
    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    expect(timeline.map((e) => e.kind)).toEqual(['created', 'stakeholder_merged']);
    expect(timeline[1]?.stakeholderId).toBe(duplicate.id);
  });

  it('refuses to merge a record into itself, or a merged record again, and writes nothing', async () => {
    await setUp();
    const one = await data.repos.stakeholders.add(resident('Dorah Mashele'));
    const two = await data.repos.stakeholders.add(resident('D Mashele'));
    const auditBefore = await data.db.audit.count().exec();
    await expect(data.repos.stakeholderMerge.merge(one.id, one.id)).rejects.toMatchObject({
      fieldErrors: { mergedIntoId: 'A record cannot be merged into itself.' },
    });
    expect(await data.db.audit.count().exec()).toBe(auditBefore);
    await data.repos.stakeholderMerge.merge(two.id, one.id);
    await expect(data.repos.stakeholderMerge.merge(two.id, one.id)).rejects.toMatchObject({
      fieldErrors: { mergedIntoId: 'This record has already been merged into another.' },
    });
    const organisation = await data.repos.stakeholders.add({ kind: 'organisation', category: 'media', name: 'Ridge FM' });
    await expect(data.repos.stakeholderMerge.merge(organisation.id, one.id)).rejects.toMatchObject({
      fieldErrors: { mergedIntoId: 'A person and an organisation cannot be merged.' },
    });
  });

  it('exports everything held about a person, with each query and its timeline', async () => {
    await setUp();
    const person = await data.repos.stakeholders.add(resident('Mrs Dorah Mashele', { phone: '072 000 0101' }));
    const query = await queryFor(person.id, 'Burst pipe <b>urgent</b> 🚰');
    await data.repos.queries.acknowledge(query.id, 'Acknowledged by SMS.');
    const exported = await data.repos.stakeholders.exportPersonalData(person.id, { municipality: 'Mopane Ridge' });
    expect(exported.stakeholder).toMatchObject({ name: 'Mrs Dorah Mashele', phone: '072 000 0101', consentPurpose: 'To answer her queries' });
    expect(exported.stakeholder).not.toHaveProperty('hasConflict');
    expect(exported.queries).toHaveLength(1);
    expect(exported.queries[0]).toMatchObject({ reference: query.reference, subject: 'Burst pipe <b>urgent</b> 🚰' });
    expect((exported.queries[0]?.timeline as unknown[]).length).toBe(2);
    expect(exported).toMatchObject({ exportedBy: 'Thuli Officer', municipality: 'Mopane Ridge', exportedAt: now.toISOString() });
  });

  it('erases a person on request: name replaced, contact details gone, queries kept with an anonymised entry', async () => {
    await setUp();
    const person = await data.repos.stakeholders.add(
      resident('Mrs Dorah Mashele', { phone: '072 000 0101', email: 'dorah@example.org', address: '12 Marula Street', notes: 'Walks with a stick', ward: '4' }),
    );
    const query = await queryFor(person.id, 'Burst pipe');
    await expect(data.repos.stakeholders.erase(person.id, ' ')).rejects.toMatchObject({ fieldErrors: { reason: expect.any(String) as string } });
    // A request too long for the timelines is refused before anything is erased.
    await expect(data.repos.stakeholders.erase(person.id, 'x'.repeat(2_001))).rejects.toMatchObject({
      fieldErrors: { reason: expect.stringContaining('at most 2') as string },
    });
    expect((await data.repos.stakeholders.findById(person.id))?.name).toBe('Mrs Dorah Mashele');
    const erased = await data.repos.stakeholders.erase(person.id, 'Requested by email on 14 April 2026.');
    expect(erased.name).toBe(`Anonymised stakeholder ${person.id.slice(0, 8).toUpperCase()}`);
    for (const field of ['phone', 'email', 'address', 'notes', 'consentPurpose', 'consentAt'] as const) expect(erased[field]).toBeUndefined();
    expect(erased).toMatchObject({ anonymisedAt: now.toISOString(), consentGiven: false, ward: '4' });
    const stored = await data.repos.queries.findById(query.id);
    expect(stored?.stakeholderId).toBe(person.id);
    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    expect(timeline.map((e) => e.kind)).toEqual(['created', 'stakeholder_anonymised']);
    const audit = await firstValueFrom(data.repos.audit.watchRecord('stakeholders', person.id));
    expect(JSON.stringify(audit)).not.toContain('Mashele');
    await expect(data.repos.stakeholders.edit(person.id, { phone: '072 000 0101' })).rejects.toMatchObject({
      fieldErrors: { '': "This person's details were erased on request and cannot be filled in again." },
    });
  });
});

describe('a stakeholder’s phone number, stored as typed and in E.164 form', () => {
  it('keeps the E.164 form beside the typed number on every write: adding, correcting, clearing, merging, erasing and settling', async () => {
    await setUp();
    const repo = data.repos.stakeholders;
    const person = await repo.add(resident('Mrs Dorah Mashele', { phone: '072 000 0101' }));
    expect(person).toMatchObject({ phone: '072 000 0101', phoneE164: '+27720000101' });
    // A caller cannot store another form: it is set from the number.
    const corrected = await repo.edit(person.id, { phone: '(012) 358-9999', phoneE164: '+2711' });
    expect(corrected).toMatchObject({ phone: '(012) 358-9999', phoneE164: '+27123589999' });
    // Part of a number, or none, has no E.164 form.
    expect((await repo.edit(person.id, { phone: '358 99' })).phoneE164).toBeUndefined();
    expect((await repo.edit(person.id, { phone: '' })).phoneE164).toBeUndefined();
    // Merging gives the kept record the merged one's number, and its E.164 form with it.
    const twin = await repo.add(resident('D. Mashele', { phone: '+27 82 000 0303' }));
    await data.repos.stakeholderMerge.merge(twin.id, person.id);
    expect(await repo.getById(person.id)).toMatchObject({ phone: '+27 82 000 0303', phoneE164: '+27820000303' });
    // Settling competing numbers from sync stores the chosen number's form.
    const stored = await data.db.stakeholders.findOne(person.id).exec();
    await stored!.incrementalPatch({
      hasConflict: true,
      conflict: {
        detectedAt: now.toISOString(),
        fields: [
          {
            field: 'phone',
            versions: [
              { value: '+27 82 000 0303', by: 'Thuli Officer', at: now.toISOString() },
              { value: '073 000 0707', by: 'Sipho Officer', at: now.toISOString() },
            ],
          },
        ],
      },
    });
    const versions = [
      { value: '+27 82 000 0303', by: 'Thuli Officer', at: now.toISOString() },
      { value: '073 000 0707', by: 'Sipho Officer', at: now.toISOString() },
    ];
    // A number typed since the person looked is not overwritten by their choice: nothing is written.
    await expect(
      repo.settleConflict(person.id, 'phone', '073 000 0707', 'kept the version of Sipho Officer', { current: '+27 82 000 0300', versions }),
    ).rejects.toThrow(/changed while you were choosing/);
    expect(await repo.getById(person.id)).toMatchObject({ phone: '+27 82 000 0303', hasConflict: true });
    const settled = await repo.settleConflict(person.id, 'phone', '073 000 0707', 'kept the version of Sipho Officer', {
      current: '+27 82 000 0303',
      versions,
    });
    expect(settled).toMatchObject({ phone: '073 000 0707', phoneE164: '+27730000707', hasConflict: false });
    // Erasing a person removes both.
    const erased = await repo.erase(person.id, 'Asked in writing on 14 April 2026.');
    expect(erased.phone).toBeUndefined();
    expect(erased.phoneE164).toBeUndefined();
  });
});
