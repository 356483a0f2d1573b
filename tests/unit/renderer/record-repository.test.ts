import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordValidationError } from '../../../shared/validation/record-validator';
import { RecordChangedMeanwhileError, RecordNotFoundError } from '../../../renderer/src/db/record-repository';
import { createTestData, type TestData } from '../support/test-database';

const COUNCIL = {
  name: 'Council',
  code: 'C',
  kind: 'council' as const,
  memberships: [],
  quorumRule: 'majority' as const,
  archived: false,
};

describe('writing records through a repository', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  async function scheduleInput(overrides: Record<string, unknown> = {}) {
    const body = await data.repos.bodies.create(COUNCIL);
    return {
      bodyId: body.id,
      type: 'ordinary' as const,
      title: 'Ordinary Council Meeting',
      startsAt: '2026-11-26T08:00:00.000Z',
      endsAt: '2026-11-26T12:00:00.000Z',
      venue: 'Council Chamber',
      sequence: 1,
      ...overrides,
    };
  }

  it('stamps a new record with who and when, and writes an audit entry', async () => {
    data = await createTestData('Thuli Secretary', () => new Date('2026-11-23T09:00:00.000Z'));
    const meeting = await data.repos.meetings.schedule(await scheduleInput());
    expect(meeting).toMatchObject({ createdBy: 'Thuli Secretary', createdAt: '2026-11-23T09:00:00.000Z', status: 'draft' });
    const history = await firstValueFrom(data.repos.audit.watchRecord('meetings', meeting.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actor: 'Thuli Secretary', device: 'dev1', recordType: 'meetings' });
    expect(history[0]?.summary).toContain('Ordinary Council Meeting');
  });

  it('refuses a meeting that ends before it starts and writes nothing', async () => {
    data = await createTestData();
    const input = await scheduleInput({ endsAt: '2026-11-26T07:00:00.000Z' });
    const auditBefore = await data.db.audit.count().exec();
    const attempt = data.repos.meetings.schedule(input);
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await attempt.catch((error: RecordValidationError) => expect(error.fieldErrors).toEqual({ endsAt: 'The meeting must end after it starts.' }));
    expect(await data.db.meetings.count().exec()).toBe(0);
    expect(await data.db.audit.count().exec()).toBe(auditBefore);
  });

  it('refuses an empty title with a message for that field', async () => {
    data = await createTestData();
    await expect(data.repos.meetings.schedule(await scheduleInput({ title: '  ' }))).rejects.toMatchObject({
      fieldErrors: { title: 'Title is required.' },
    });
    expect(await data.db.meetings.count().exec()).toBe(0);
  });

  it('updates a record, keeps its creation stamp, and audits the changed fields only', async () => {
    let now = new Date('2026-11-23T09:00:00.000Z');
    data = await createTestData('Thuli', () => now);
    const meeting = await data.repos.meetings.schedule(await scheduleInput());
    now = new Date('2026-11-23T10:00:00.000Z');
    const updated = await data.repos.meetings.update(meeting.id, () => ({ venue: 'Committee Room 2' }));
    expect(updated).toMatchObject({ venue: 'Committee Room 2', createdAt: '2026-11-23T09:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(Object.keys(updated).some((k) => k.startsWith('_'))).toBe(false);
    const history = await firstValueFrom(data.repos.audit.watchRecord('meetings', meeting.id));
    expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(history[0]?.fields).toEqual(['venue']);
  });

  it('leaves the stored record unchanged when an update is invalid', async () => {
    data = await createTestData();
    const meeting = await data.repos.meetings.schedule(await scheduleInput());
    await expect(data.repos.meetings.update(meeting.id, () => ({ venue: '' }))).rejects.toBeInstanceOf(RecordValidationError);
    expect((await data.repos.meetings.findById(meeting.id))?.venue).toBe('Council Chamber');
  });

  it('applies concurrent updates one after the other, losing neither', async () => {
    data = await createTestData();
    const body = await data.repos.bodies.create(COUNCIL);
    await Promise.all([data.repos.bodies.update(body.id, () => ({ secretaryName: 'Grace' })), data.repos.bodies.update(body.id, () => ({ code: 'CL' }))]);
    expect(await data.repos.bodies.findById(body.id)).toMatchObject({ secretaryName: 'Grace', code: 'CL' });
  });

  it("keeps a colleague's value that arrived after the person looked beside theirs, never writing over it", async () => {
    data = await createTestData('Thuli', () => new Date('2026-11-23T10:00:00.000Z'));
    const meeting = await data.repos.meetings.schedule(await scheduleInput());
    // Thuli's form shows "Council Chamber"; Sipho's venue syncs in while it is open.
    await data.db.meetings.upsert({ ...(await data.repos.meetings.getById(meeting.id)), venue: 'Town Hall', updatedBy: 'Sipho' });
    const saved = await data.repos.meetings.updateParticulars(meeting.id, { venue: 'Committee Room 2' }, { venue: 'Council Chamber' });
    expect(saved.venue).toBe('Committee Room 2');
    expect(saved.hasConflict).toBe(true);
    expect(saved.conflict?.fields.map((entry) => [entry.field, entry.versions.map((version) => [JSON.parse(version.value) as unknown, version.by])])).toEqual([
      [
        'venue',
        [
          ['Town Hall', 'Sipho'],
          ['Committee Room 2', 'Thuli'],
        ],
      ],
    ]);
    expect(await data.repos.meetings.findById(meeting.id)).toMatchObject({ venue: 'Committee Room 2', hasConflict: true });
    // What the person saw is still what is stored: their change applies as is.
    const again = await data.repos.meetings.updateParticulars(meeting.id, { venue: 'Committee Room 3' }, { venue: 'Committee Room 2' });
    expect(again.conflict?.fields[0]?.versions).toHaveLength(2);
    expect(again.venue).toBe('Committee Room 3');
  });

  it('says clearly when the record to update is gone', async () => {
    data = await createTestData();
    await expect(data.repos.meetings.update('missing', () => ({}))).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('audits a deletion', async () => {
    data = await createTestData();
    const body = await data.repos.bodies.create(COUNCIL);
    await data.repos.bodies.remove(body.id);
    expect(await data.repos.bodies.findById(body.id)).toBeNull();
    const history = await firstValueFrom(data.repos.audit.watchRecord('bodies', body.id));
    expect(history.map((e) => e.action)).toEqual(['delete', 'create']);
  });

  /**
   * Sync writes the record between the deletion's read and its write (the sixth long torture run,
   * pouchdb seed 2003, round 93: RxDB's raw CONFLICT reached the person). `patch` is that write.
   */
  async function deleteWhileSyncWrites(patch: Record<string, unknown>) {
    const body = await data.repos.bodies.create(COUNCIL);
    const collection = data.db.bodies;
    const findOne = collection.findOne.bind(collection);
    const spy = vi.spyOn(collection, 'findOne').mockImplementationOnce((id) => {
      const query = findOne(id);
      return Object.assign(Object.create(query) as typeof query, {
        exec: async () => {
          const read = await query.exec();
          await read!.incrementalPatch(patch);
          return read;
        },
      });
    });
    const result = data.repos.bodies.remove(body.id);
    return { body, result, done: () => spy.mockRestore() };
  }

  it('deletes a record that sync rewrote unchanged between the read and the deletion', async () => {
    data = await createTestData();
    const { body, result, done } = await deleteWhileSyncWrites({});
    await expect(result).resolves.toBeUndefined();
    done();
    expect(await data.repos.bodies.findById(body.id)).toBeNull();
  });

  it('refuses, clearly and deleting nothing, a deletion of a record that sync changed meanwhile', async () => {
    data = await createTestData();
    const { body, result, done } = await deleteWhileSyncWrites({ name: 'Council (renamed on another laptop)' });
    await expect(result).rejects.toBeInstanceOf(RecordChangedMeanwhileError);
    await expect(result).rejects.toThrow('was changed on another device just as you deleted it, so nothing was deleted');
    done();
    expect(await data.repos.bodies.findById(body.id)).toMatchObject({ name: 'Council (renamed on another laptop)' });
    const history = await firstValueFrom(data.repos.audit.watchRecord('bodies', body.id));
    expect(history.map((e) => e.action)).toEqual(['create']);
  });

  it('refuses a member recorded twice on a body', async () => {
    data = await createTestData();
    await expect(
      data.repos.bodies.create({
        ...COUNCIL,
        memberships: [
          { memberId: 'm1', role: 'member' },
          { memberId: 'm1', role: 'chairperson' },
        ],
      }),
    ).rejects.toMatchObject({ fieldErrors: { 'memberships.1.memberId': 'This member is already on the body.' } });
  });

  it('stores hostile text literally', async () => {
    data = await createTestData();
    const title = '<script>alert(1)</script> 🏛️ مجلس \u202e';
    const meeting = await data.repos.meetings.schedule(await scheduleInput({ title }));
    expect((await data.repos.meetings.findById(meeting.id))?.title).toBe(title);
  });

  it('imports records all or nothing, and never overwrites a stored record', async () => {
    data = await createTestData();
    const body = await data.repos.bodies.create(COUNCIL);
    const stored = (await data.repos.bodies.findById(body.id))!;
    const other = { ...stored, id: 'b2', name: 'MPAC', code: 'MPAC' };
    const broken = { ...stored, id: 'b3', name: '' };
    await expect(data.repos.bodies.importMany([other, broken])).rejects.toBeInstanceOf(RecordValidationError);
    expect(await data.db.bodies.count().exec()).toBe(1);

    const result = await data.repos.bodies.importMany([{ ...stored, name: 'Renamed' }, other]);
    expect(result).toEqual({ inserted: 1, skipped: 1 });
    expect((await data.repos.bodies.findById(body.id))?.name).toBe('Council');
  });

  it('delivers live lists that follow writes', async () => {
    data = await createTestData();
    const seen: number[] = [];
    const subscription = data.repos.bodies.watchAll().subscribe((list) => seen.push(list.length));
    await data.repos.bodies.create(COUNCIL);
    await data.repos.bodies.create({ ...COUNCIL, name: 'MPAC', code: 'MPAC', kind: 'mpac' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    subscription.unsubscribe();
    expect(seen.at(-1)).toBe(2);
  });
});
