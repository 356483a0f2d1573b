/**
 * The write path refuses, before anything is stored on the laptop, what the signed-in account's
 * role may not change: a viewer writes nothing, operations writes queries and stakeholders only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WriteRefusedError } from '../../../renderer/src/db/access-guard';
import { createTestData, type TestData } from '../support/test-database';

const COUNCIL = { name: 'Council', code: 'C', kind: 'council' as const, memberships: [], quorumRule: 'majority' as const, archived: false };
const RESIDENT = { kind: 'person' as const, name: 'Nomsa Dlamini', category: 'resident' as const, phones: [], emails: [], consent: { given: false } };

describe('the write path and the account role', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  it('lets a laptop without a known account write everything', async () => {
    data = await createTestData();
    expect(data.repos.access.account).toBeNull();
    await expect(data.repos.bodies.create(COUNCIL)).resolves.toMatchObject({ name: 'Council' });
  });

  it('refuses every write of a viewer with the reason, and stores nothing (no audit entry either)', async () => {
    data = await createTestData();
    const body = await data.repos.bodies.create(COUNCIL);
    const auditBefore = await data.db.audit.count().exec();
    data.repos.access.set({ name: 'vusi', roles: ['viewer'] });

    await expect(data.repos.bodies.create({ ...COUNCIL, name: 'Executive Committee', code: 'EXCO' })).rejects.toThrow(WriteRefusedError);
    await expect(data.repos.bodies.update(body.id, () => ({ name: 'Renamed' }))).rejects.toThrow(
      'Your account (viewer) may read council and committees but not change them: that needs the secretariat role.',
    );
    await expect(data.repos.bodies.remove(body.id)).rejects.toThrow(WriteRefusedError);
    await expect(data.repos.stakeholders.create(RESIDENT as never)).rejects.toThrow(WriteRefusedError);

    expect(await data.db.bodies.count().exec()).toBe(1);
    expect((await data.repos.bodies.findById(body.id))?.name).toBe('Council');
    expect(await data.db.stakeholders.count().exec()).toBe(0);
    expect(await data.db.audit.count().exec()).toBe(auditBefore);
    expect(await data.repos.queryEscalation.escalateOverdue()).toBe(0);
  });

  it('lets operations change stakeholders but not council bodies', async () => {
    data = await createTestData();
    data.repos.access.set({ name: 'lerato', roles: ['operations'] });
    await expect(data.repos.bodies.create(COUNCIL)).rejects.toThrow('Your account (operations) may read council and committees but not change them');
    expect(await data.db.bodies.count().exec()).toBe(0);
    data.repos.access.set({ name: 'thuli', roles: ['secretariat'] });
    await expect(data.repos.bodies.create(COUNCIL)).resolves.toMatchObject({ name: 'Council' });
  });
});
