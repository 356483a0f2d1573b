/**
 * The audit trail's journal (renderer/src/db/audit-journal.ts): a page dropped between a record's
 * write and its audit entry loses no entry, and no entry is ever written for a change that did
 * not reach the database (the torture run's item 17).
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories } from '../../../renderer/src/db/repositories';
import { JOURNAL_ID, REPAIRED_NOTE } from '../../../renderer/src/db/audit-journal';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';
import { fixedWriteContext } from '../../../renderer/src/db/write-context';
import { createTestDatabase, fakeIndexedDbStorage } from '../support/test-database';

const COUNCIL = { name: 'Council', code: 'C', kind: 'council' as const, memberships: [], quorumRule: 'majority' as const, archived: false };

let name = '';
let opened: QuorumDatabase[] = [];

/** The laptop's database, opened (again) under one name, as the app opens it after a restart. */
async function open(clock: () => Date = () => new Date('2026-12-07T09:00:00.000Z')): Promise<{ db: QuorumDatabase; repos: Repositories }> {
  const db = await createTestDatabase(fakeIndexedDbStorage(), name);
  opened.push(db);
  return { db, repos: createRepositories(db, fixedWriteContext('Thuli Secretary', 'laptop-1', clock)) };
}

/** The page is dropped: nothing more is written, whatever was under way. */
async function drop(db: QuorumDatabase): Promise<void> {
  await db.close();
}

const history = async (repos: Repositories, id: string) => firstValueFrom(repos.audit.watchRecord('bodies', id));

describe('the audit journal', () => {
  afterEach(async () => {
    for (const db of opened) if (!db.closed) await db.close();
    opened = [];
    vi.restoreAllMocks();
  });

  it('writes, on reopening, the entry of a change saved just before the page was dropped', async () => {
    name = `journal${Date.now()}a`;
    const first = await open();
    const body = await first.repos.bodies.create(COUNCIL);
    // The record is written; the page goes before its entry is.
    vi.spyOn(first.db.audit, 'insert').mockImplementationOnce(async () => {
      await drop(first.db);
      throw new Error('The page was closed.');
    });
    await expect(first.repos.bodies.update(body.id, () => ({ name: 'Municipal Council' }))).rejects.toThrow('closed');

    const second = await open();
    expect((await second.repos.bodies.getById(body.id)).name).toBe('Municipal Council');
    expect(await second.repos.audit.ready()).toBe(1);
    const entries = await history(second.repos, body.id);
    expect(entries.map((entry) => entry.action).sort()).toEqual(['create', 'update']);
    expect(entries.find((entry) => entry.action === 'update')).toMatchObject({
      actor: 'Thuli Secretary',
      device: 'laptop-1',
      fields: ['name'],
      at: '2026-12-07T09:00:00.000Z',
    });
    expect(entries.find((entry) => entry.action === 'update')?.summary).toContain(REPAIRED_NOTE);
    expect(entries.find((entry) => entry.action === 'create')?.summary).not.toContain(REPAIRED_NOTE);
    // Repaired once: the journal is empty after, and a third opening writes nothing.
    const third = await (async () => {
      await second.db.close();
      return open();
    })();
    expect(await third.repos.audit.ready()).toBe(0);
    expect(await history(third.repos, body.id)).toHaveLength(2);
  });

  it('writes no entry for a change that never reached the database, and none twice', async () => {
    name = `journal${Date.now()}b`;
    const first = await open();
    const kept = await first.repos.bodies.create(COUNCIL);
    // The new body's entry is journaled, then the page goes before the body itself is written.
    vi.spyOn(first.db.bodies, 'insert').mockImplementationOnce(async () => {
      await drop(first.db);
      throw new Error('The page was closed.');
    });
    await expect(first.repos.bodies.create({ ...COUNCIL, name: 'Finance Committee', code: 'FIN', kind: 'portfolio_committee' as const })).rejects.toThrow(
      'closed',
    );

    const second = await open();
    expect(await second.repos.audit.ready()).toBe(0);
    expect(await second.db.bodies.count().exec()).toBe(1);
    expect(await second.db.audit.count().exec()).toBe(1);
    expect((await history(second.repos, kept.id))[0]?.summary).not.toContain(REPAIRED_NOTE);
  });

  it('writes the entry of a deletion cut off after the record went', async () => {
    name = `journal${Date.now()}c`;
    const first = await open();
    const body = await first.repos.bodies.create(COUNCIL);
    vi.spyOn(first.db.audit, 'insert').mockImplementationOnce(async () => {
      await drop(first.db);
      throw new Error('The page was closed.');
    });
    await expect(first.repos.bodies.remove(body.id)).rejects.toThrow('closed');

    const second = await open();
    expect(await second.repos.audit.ready()).toBe(1);
    expect((await history(second.repos, body.id)).map((entry) => entry.action).sort()).toEqual(['create', 'delete']);
  });

  it('journals the first save of a burst of typing and not the saves that grow its entry', async () => {
    name = `journal${Date.now()}d`;
    // Typing: a save a second.
    let tick = Date.parse('2026-12-07T09:00:00.000Z');
    const { db, repos } = await open(() => new Date((tick += 1_000)));
    const body = await repos.bodies.create(COUNCIL);
    const journalWrites = vi.spyOn(db, 'upsertLocal');
    for (const word of ['Municipal', 'Municipal Council', 'Municipal Council of Thaba']) {
      await repos.bodies.update(body.id, () => ({ name: word }), { coalesceAuditMs: 60_000 });
    }
    expect(journalWrites.mock.calls.filter(([id]) => id === JOURNAL_ID)).toHaveLength(1);
    const burst = (await history(repos, body.id)).filter((entry) => entry.action === 'update');
    expect(burst).toHaveLength(1);
    expect(burst[0]).toMatchObject({ action: 'update', times: 3, fields: ['name'] });
  });
});
