import { describe, expect, it } from 'vitest';
import { collectionDefinitions } from '../../../shared/schemas';
import { createQuorumDatabase } from '../../../renderer/src/db/create-database';
import { fakeIndexedDbStorage } from '../support/test-database';
import { unmatchedOfficerNames } from '../../../shared/domain/officials';
import { linkActionOfficials, MIGRATION_STRATEGIES, upgradeRecord } from '../../../shared/schemas/migrations';

describe('schema migrations', () => {
  it('moves stored records to a new schema version when the database opens', async () => {
    const name = `migrationtest${Date.now()}`;
    const storage = fakeIndexedDbStorage();
    const v0 = await createQuorumDatabase({ name, storage });
    await v0.settings.insert({
      id: 'municipality',
      value: { name: 'Example', timeZone: 'Africa/Johannesburg' },
      createdAt: '2026-01-01T00:00:00.000Z',
      createdBy: 'a',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'a',
      hasConflict: false,
    });
    await v0.close();

    // Version 1 of the settings schema: the strategy fills a new field for old records.
    const definitions = collectionDefinitions();
    const settingsV1 = structuredClone(definitions.settings.schema) as unknown as {
      version: number;
      properties: Record<string, unknown>;
    };
    settingsV1.version = 1;
    settingsV1.properties.note = { type: 'string', maxLength: 100 };
    const migrated = await createQuorumDatabase({
      name,
      storage,
      definitions: {
        ...definitions,
        settings: {
          schema: settingsV1 as never,
          migrationStrategies: { 1: (old: Record<string, unknown>) => ({ ...old, note: 'migrated from v0' }) },
        },
      },
    });
    const doc = await migrated.settings.findOne('municipality').exec();
    expect(doc?.toJSON()).toMatchObject({ id: 'municipality', note: 'migrated from v0', value: { name: 'Example' } });
    await migrated.remove();
  });

  it('has a strategy for every version above 0 of every schema', () => {
    for (const [name, definition] of Object.entries(collectionDefinitions())) {
      for (let version = 1; version <= definition.schema.version; version += 1) {
        expect(typeof definition.migrationStrategies[version], `${name} v${version}`).toBe('function');
      }
    }
  });
});

describe('version 1 of queries and resolutions: officers become officials', () => {
  const stamp = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'a', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'a', hasConflict: false };

  /** The schema as version 0 had it: the officer only as typed text, indexed by name. */
  function version0<T>(schema: T, drop: string, index?: [string, string]): T {
    const old = structuredClone(schema) as unknown as {
      version: number;
      properties: Record<string, unknown>;
      required: string[];
      indexes: (string | string[])[];
    };
    old.version = 0;
    delete old.properties[drop];
    old.required = old.required.filter((f) => f !== drop);
    if (index) old.indexes = old.indexes.map((i) => (Array.isArray(i) && i[0] === index[0] ? [index[1], ...i.slice(1)] : i));
    return old as unknown as T;
  }

  const aQuery = (id: string, officer: string) => ({
    id,
    reference: `Q-2026-000${id}-K7`,
    stakeholderId: 's1',
    channel: 'phone',
    subject: 'Burst pipe',
    category: 'Water and sanitation',
    priority: 'normal',
    status: 'assigned',
    receivedAt: '2026-04-01T08:00:00.000Z',
    dueDate: '2026-04-20',
    departmentId: 'dept-tech',
    officer,
    ...stamp,
  });

  it('links typed names to the official they match, keeps the others as text, and lists those', async () => {
    const name = `officermigration${Date.now()}`;
    const storage = fakeIndexedDbStorage();
    const current = collectionDefinitions();
    const old = await createQuorumDatabase({
      name,
      storage,
      definitions: {
        ...current,
        queries: { schema: version0(current.queries.schema, 'officerId', ['officerId', 'officer']), migrationStrategies: {} },
        resolutions: { schema: version0(current.resolutions.schema, 'responsibleOfficialId'), migrationStrategies: {} },
      },
    });
    await old.members.insert({
      id: 'off-rh',
      fullName: 'Rhulani Hlungwani',
      title: 'Mr',
      kind: 'official',
      seat: 'none',
      active: true,
      departmentId: 'dept-tech',
      ...stamp,
    });
    await old.queries.bulkInsert([
      aQuery('1', 'Rhulani Hlungwani'),
      aQuery('2', 'Mr Rhulani Hlungwani'),
      aQuery('3', 'Field Officer'),
      aQuery('4', ''),
    ] as never[]);
    await old.resolutions.insert({
      id: 'r1',
      number: 'R1/2026',
      meetingId: 'm1',
      bodyId: 'b1',
      adoptedOn: '2026-03-01',
      title: 'Water tariffs',
      voteKind: 'unanimous',
      outcome: 'carried',
      status: 'not_started',
      progress: [],
      responsibleOfficial: 'mr. rhulani  hlungwani',
      ...stamp,
    } as never);
    await old.close();

    const migrated = await createQuorumDatabase({ name, storage });
    const queries = (await migrated.queries.find({ sort: [{ reference: 'asc' }] }).exec()).map((d) => d.toJSON());
    expect(queries.map((q) => [q.officer, q.officerId])).toEqual([
      ['Rhulani Hlungwani', 'off-rh'],
      // The same officer typed two ways is one person now, under one name.
      ['Rhulani Hlungwani', 'off-rh'],
      ['Field Officer', ''],
      ['', ''],
    ]);
    const resolution = (await migrated.resolutions.findOne('r1').exec())?.toJSON();
    expect(resolution).toMatchObject({ responsibleOfficialId: 'off-rh', responsibleOfficial: 'Rhulani Hlungwani' });
    // "My queries" reads the new index.
    expect((await migrated.queries.find({ selector: { officerId: 'off-rh', status: 'assigned' } }).exec()).length).toBe(2);
    expect(unmatchedOfficerNames(queries, [resolution!])).toEqual([{ name: 'Field Officer', queries: 1, resolutions: 0, actions: 0 }]);
    await migrated.remove();
  });

  it('brings a record an older app wrote on the server up to date the same way as it is pulled', () => {
    const officials = [{ id: 'off-rh', fullName: 'Rhulani Hlungwani', title: 'Mr' }];
    expect(upgradeRecord('queries', aQuery('9', 'Mr Rhulani Hlungwani'), officials)).toMatchObject({ officerId: 'off-rh', officer: 'Rhulani Hlungwani' });
    expect(upgradeRecord('queries', aQuery('9', 'Someone Else'), officials)).toMatchObject({ officerId: '', officer: 'Someone Else' });
    // A current record is left as it is, even when its text would match someone.
    const current = { ...aQuery('9', 'Mr Rhulani Hlungwani'), officerId: '' };
    expect(upgradeRecord('queries', current, officials)).toBe(current);
    expect(upgradeRecord('meetings', { id: 'm' }, officials)).toEqual({ id: 'm' });
    expect(upgradeRecord('queries', { id: 'gone', _deleted: true }, officials)).toEqual({ id: 'gone', _deleted: true });
  });
});

describe('version 2 of agenda items: the official of an action arising is an official', () => {
  const officials = [
    { id: 'off-rh', fullName: 'Rhulani Hlungwani', title: 'Mr' },
    { id: 'off-rs', fullName: 'Ronel Steyn', title: 'Ms' },
  ];
  const item = (actions: Record<string, unknown>[]) => ({ id: 'i1', meetingId: 'm1', actions });

  it('links each typed name that matches one official, keeps the others as typed and unlinked', () => {
    const migrated = linkActionOfficials(
      item([
        { id: 'a1', description: 'Report', official: 'Mr. Rhulani  Hlungwani', done: false },
        { id: 'a2', description: 'Budget', official: 'Field Officer', done: false },
        { id: 'a3', description: 'Nobody named', done: false },
      ]),
      officials,
    );
    expect(migrated.actions).toEqual([
      { id: 'a1', description: 'Report', officialId: 'off-rh', official: 'Rhulani Hlungwani', done: false },
      { id: 'a2', description: 'Budget', officialId: '', official: 'Field Officer', done: false },
      { id: 'a3', description: 'Nobody named', done: false },
    ]);
  });

  it('leaves a current item (and one without actions) as it is, also when pulled from the server', () => {
    const current = item([{ id: 'a1', description: 'Report', officialId: '', official: 'Rhulani Hlungwani', done: false }]);
    expect(linkActionOfficials(current, officials)).toBe(current);
    const none = { id: 'i2', meetingId: 'm1' };
    expect(upgradeRecord('agendaitems', none, officials)).toBe(none);
    expect(upgradeRecord('agendaitems', item([{ id: 'a1', description: 'R', official: 'Ronel Steyn', done: true }]), officials)).toMatchObject({
      actions: [{ officialId: 'off-rs', official: 'Ronel Steyn' }],
    });
  });
});

describe('version 1 of stakeholders: the phone number’s E.164 form is stored', () => {
  it('fills it for records stored before and for records an older app wrote on the server', () => {
    const strategy = MIGRATION_STRATEGIES.stakeholders[1] as (old: Record<string, unknown>) => Record<string, unknown>;
    expect(strategy({ id: 's1', name: 'Mrs Dorah Mashele', phone: '+27 72 000 0101' })).toEqual({
      id: 's1',
      name: 'Mrs Dorah Mashele',
      phone: '+27 72 000 0101',
      phoneE164: '+27720000101',
    });
    expect(strategy({ id: 's2', name: 'No number' })).toEqual({ id: 's2', name: 'No number' });
    expect(upgradeRecord('stakeholders', { id: 's3', phone: '082 000 0303' }, [])).toEqual({ id: 's3', phone: '082 000 0303', phoneE164: '+27820000303' });
    const current = { id: 's4', phone: '082 000 0303', phoneE164: '+27820000303' };
    expect(upgradeRecord('stakeholders', current, [])).toBe(current);
  });
});
