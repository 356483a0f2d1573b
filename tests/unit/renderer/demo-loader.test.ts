import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITY_NAME } from '../../../shared/demo/demo-municipality';
import { loadDemoMunicipality, MunicipalityAlreadySetUpError, setUpEmptyMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../support/test-database';

describe('the demo municipality', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  it('loads a living municipality: bodies, councillors, meetings, resolutions and queries', async () => {
    data = await createTestData();
    await loadDemoMunicipality(data.repos, new Date('2026-11-23T08:00:00.000Z'));
    expect((await data.repos.settings.getArea('municipality')).name).toBe(DEMO_MUNICIPALITY_NAME);
    expect(await data.db.bodies.count().exec()).toBe(7);
    expect((await data.db.members.find({ selector: { kind: 'councillor' } }).exec()).length).toBe(45);
    expect(await data.db.meetings.count().exec()).toBeGreaterThanOrEqual(3);
    expect(await data.db.resolutions.count().exec()).toBeGreaterThan(0);
    expect(await data.db.queries.count().exec()).toBeGreaterThan(0);
    expect(await data.db.queryevents.count().exec()).toBeGreaterThan(0);
    // Every imported record has its audit entry.
    const records = await Promise.all(
      (['members', 'bodies', 'meetings', 'agendaitems', 'resolutions', 'stakeholders', 'queries', 'queryevents'] as const).map((name) =>
        data.db[name].count().exec(),
      ),
    );
    const imports = (await data.db.audit.find({ selector: { action: 'import' } }).exec()).length;
    expect(imports).toBe(records.reduce((a, b) => a + b, 0));
  });

  it('refuses to load into a municipality that is already set up', async () => {
    data = await createTestData();
    await setUpEmptyMunicipality(data.repos, 'Example Local Municipality');
    await expect(loadDemoMunicipality(data.repos, new Date())).rejects.toBeInstanceOf(MunicipalityAlreadySetUpError);
    expect(await data.db.bodies.count().exec()).toBe(0);
  });

  it('completes a load that was interrupted, without duplicates', async () => {
    data = await createTestData();
    const now = new Date('2026-11-23T08:00:00.000Z');
    // Simulate a crash after the members were written.
    await loadDemoMunicipality(data.repos, now);
    await data.repos.settings.remove('municipality');
    await data.db.meetings.find().remove();
    await loadDemoMunicipality(data.repos, now);
    expect(await data.db.members.count().exec()).toBe(53);
    expect(await data.db.meetings.count().exec()).toBe(4);
  });
});
