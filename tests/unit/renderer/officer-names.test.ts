/** Officer names typed before officials were people: listed, then matched to an official by a person. */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestData, type TestData } from '../support/test-database';

let data: TestData;
afterEach(async () => {
  await data.db.remove();
});

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'a', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'a', hasConflict: false };
const unmatchedQuery = (id: string, officer: string) => ({
  id,
  reference: `Q-2026-000${id}-K7`,
  stakeholderId: 's1',
  channel: 'phone' as const,
  subject: 'Burst pipe',
  category: 'Water and sanitation',
  priority: 'normal' as const,
  status: 'assigned' as const,
  receivedAt: '2026-04-01T08:00:00.000Z',
  dueDate: '2026-04-20',
  departmentId: 'dept-tech',
  officer,
  officerId: '',
  ...stamp,
});

describe('officer names that match no official', () => {
  it('are listed once per person and, once matched, name the official by id and by their one name', async () => {
    data = await createTestData();
    await data.db.queries.bulkInsert([unmatchedQuery('1', 'Field Officer'), unmatchedQuery('2', 'Mr  field officer'), unmatchedQuery('3', 'Sipho')]);
    expect(await firstValueFrom(data.repos.officerNames.watchUnmatched())).toEqual([
      { name: 'Field Officer', queries: 2, resolutions: 0, actions: 0 },
      { name: 'Sipho', queries: 1, resolutions: 0, actions: 0 },
    ]);
    await expect(data.repos.officerNames.match('Field Officer', '')).rejects.toMatchObject({
      fieldErrors: { officialId: 'Choose the official this name stands for.' },
    });
    const official = await data.repos.members.create({ fullName: 'Thabo Field', kind: 'official', seat: 'none', active: true });
    expect(await data.repos.officerNames.match('field officer', official.id)).toBe(2);
    const queries = await data.db.queries.find({ sort: [{ reference: 'asc' }] }).exec();
    expect(queries.map((q) => [q.officer, q.officerId])).toEqual([
      ['Thabo Field', official.id],
      ['Thabo Field', official.id],
      ['Sipho', ''],
    ]);
    expect(await firstValueFrom(data.repos.officerNames.watchUnmatched())).toEqual([{ name: 'Sipho', queries: 1, resolutions: 0, actions: 0 }]);
  });
});

describe('officials typed on actions arising, before officials were people', () => {
  const item = (id: string, actions: Record<string, unknown>[]) => ({
    id,
    meetingId: 'm1',
    parentId: '',
    position: Number(id.slice(-1)),
    title: `Item ${id}`,
    kind: 'report',
    inCommittee: false,
    decision: 'resolved',
    actions,
    ...stamp,
  });

  it('are listed with the queries that name the same person, and matching links every one of them', async () => {
    data = await createTestData();
    await data.db.queries.bulkInsert([unmatchedQuery('1', 'Field Officer')]);
    await data.db.agendaitems.bulkInsert([
      item('i1', [
        { id: 'a1', description: 'Report back', officialId: '', official: 'Mr Field Officer', done: false },
        { id: 'a2', description: 'Advertise', officialId: '', official: 'Sipho', done: false },
      ]),
      item('i2', [{ id: 'a3', description: 'Fix the pump', officialId: '', official: 'field officer', done: true }]),
      item('i3', [{ id: 'a4', description: 'No one named', done: false }]),
    ] as never[]);
    expect(await firstValueFrom(data.repos.officerNames.watchUnmatched())).toEqual([
      { name: 'Field Officer', queries: 1, resolutions: 0, actions: 2 },
      { name: 'Sipho', queries: 0, resolutions: 0, actions: 1 },
    ]);
    const official = await data.repos.members.create({ fullName: 'Thabo Field', kind: 'official', seat: 'none', active: true });
    expect(await data.repos.officerNames.match('Field Officer', official.id)).toBe(3);
    const actions = (await data.db.agendaitems.find({ sort: [{ id: 'asc' }] }).exec()).flatMap((doc) => doc.toJSON().actions ?? []);
    expect(actions.map((a) => [a.id, a.officialId, a.official])).toEqual([
      ['a1', official.id, 'Thabo Field'],
      ['a2', '', 'Sipho'],
      ['a3', official.id, 'Thabo Field'],
      ['a4', undefined, undefined],
    ]);
    expect(await firstValueFrom(data.repos.officerNames.watchUnmatched())).toEqual([{ name: 'Sipho', queries: 0, resolutions: 0, actions: 1 }]);
  });
});
