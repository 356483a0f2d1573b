/** Settings → Departments as the secretariat keeps them: add, rename, retire, and delete only while unused. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../support/test-database';

let data: TestData;

afterEach(async () => {
  await data.db.remove();
});

describe('the department register', () => {
  it('adds departments with a code from their initials and refuses a second one of the same name', async () => {
    data = await createTestData();
    const community = await data.repos.departments.add({ name: '  Community   Services ' });
    expect(community).toMatchObject({ name: 'Community Services', code: 'CS' });
    await expect(data.repos.departments.add({ name: 'community services' })).rejects.toMatchObject({
      fieldErrors: { name: 'There is already a department called “Community Services”.' },
    });
    await expect(data.repos.departments.add({ name: '' })).rejects.toMatchObject({ fieldErrors: { name: 'Enter the department’s name.' } });
    expect(await data.repos.departments.list()).toHaveLength(1);
  });

  it('renames a department and keeps it under the same id', async () => {
    data = await createTestData();
    const d = await data.repos.departments.add({ name: 'Tecnical Services', code: 'TECH' });
    await data.repos.departments.rename(d.id, 'Technical Services');
    expect(await data.repos.departments.list()).toEqual([{ id: d.id, name: 'Technical Services', code: 'TECH' }]);
  });

  it('retires a department that records name instead of deleting it, and says where it is named', async () => {
    data = await createTestData();
    const d = await data.repos.departments.add({ name: 'Old Works' });
    await data.repos.members.create({ fullName: 'Sipho Dlamini', kind: 'official', seat: 'none', active: true, departmentId: d.id });
    await expect(data.repos.departments.remove(d.id)).rejects.toMatchObject({
      fieldErrors: { id: expect.stringContaining('It is named on 1 official.') as string },
    });
    await data.repos.departments.setRetired(d.id, true);
    expect(await data.repos.departments.list()).toEqual([expect.objectContaining({ id: d.id, retired: true })]);
    await data.repos.departments.setRetired(d.id, false);
    expect((await data.repos.departments.list())[0]?.retired).toBeUndefined();
  });

  it('deletes a department no record names', async () => {
    data = await createTestData();
    const d = await data.repos.departments.add({ name: 'Typo Department' });
    await data.repos.departments.remove(d.id);
    expect(await data.repos.departments.list()).toEqual([]);
  });

  it('counts where a department is named, each kind of record asked of its own repository', async () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    const [department] = await data.repos.departments.list();
    const id = department!.id;
    // An item whose only mention of the department is on one of its actions still counts.
    const [meeting] = await data.repos.meetings.listAll();
    await data.repos.agenda.create({
      meetingId: meeting!.id,
      parentId: '',
      position: 999_000,
      title: 'Pothole repairs',
      kind: 'report',
      inCommittee: false,
      decision: 'none',
      actions: [{ id: 'action-1', description: 'Report back on the repairs', departmentId: id, done: false }],
    });
    const stored = async (collection: 'queries' | 'resolutions' | 'members' | 'bodies' | 'agendaitems', selector: object) =>
      (await data.db[collection].find({ selector }).exec()).length;

    const uses = await data.repos.departments.uses(id);

    expect(uses).toEqual({
      queries: await stored('queries', { departmentId: id }),
      resolutions: await stored('resolutions', { departmentId: id }),
      officials: await stored('members', { departmentId: id }),
      bodies: await stored('bodies', { departmentId: id }),
      'agenda items': await stored('agendaitems', { $or: [{ departmentId: id }, { actions: { $elemMatch: { departmentId: id } } }] }),
    });
    expect(uses['agenda items']).toBeGreaterThan(0);
  });
});
