/**
 * The audit trail's journal (renderer/src/db/audit-journal.ts): a page dropped between a record's
 * write and its audit entry loses no entry, and no entry is ever written for a change that did
 * not reach the database (the torture run's item 17).
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories } from '../../../renderer/src/db/repositories';
import { AuditJournal, contentDigest, JOURNAL_ID, REPAIRED_NOTE, type JournaledEntry, type PageLocks } from '../../../renderer/src/db/audit-journal';
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
    vi.spyOn(first.db.audit, 'bulkInsert').mockImplementationOnce(async () => {
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
    vi.spyOn(first.db.audit, 'bulkInsert').mockImplementationOnce(async () => {
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

  it('drops at once the entry of a write the database refused, so a record arriving later gets none', async () => {
    name = `journal${Date.now()}e`;
    const { db, repos } = await open();
    vi.spyOn(db.bodies, 'insert').mockRejectedValueOnce(new Error('Refused by the storage.'));
    const draft = { ...COUNCIL, id: 'body-fixed-id' };
    await expect(repos.bodies.create(draft)).rejects.toThrow('Refused');
    expect((await db.getLocal<{ held: unknown[] }>(JOURNAL_ID))?.toJSON().data.held).toEqual([]);
    // A record with that id arrives (a pull); the next opening writes no "Created" for this person.
    await db.bodies.insert({
      ...draft,
      createdAt: '2026-12-01T08:00:00.000Z',
      createdBy: 'Sipho',
      updatedAt: '2026-12-01T08:00:00.000Z',
      updatedBy: 'Sipho',
      hasConflict: false,
    });
    await db.close();
    const second = await open();
    expect(await second.repos.audit.ready()).toBe(0);
    expect(await second.db.audit.count().exec()).toBe(0);
  });

  it('writes the entries of two changes RxDB stored as one, and none of a change overtaken', async () => {
    name = `journal${Date.now()}f`;
    const first = await open();
    const body = await first.repos.bodies.create(COUNCIL);
    const stored = (await first.repos.bodies.getById(body.id)) as unknown as Record<string, unknown>;
    const renamed = { ...stored, name: 'Municipal Council' };
    const coded = { ...renamed, code: 'MC' };
    const entry = (id: string, field: string) => ({
      id,
      at: '2026-12-07T09:00:00.000Z',
      actor: 'Thuli Secretary',
      device: 'laptop-1',
      action: 'update' as const,
      recordType: 'bodies' as const,
      recordId: body.id,
      summary: `Changed ${field}`,
      fields: [field],
    });
    const content = (from: object, to: object) => ({
      kind: 'content' as const,
      collection: 'bodies' as const,
      id: body.id,
      from: contentDigest(from),
      digest: contentDigest(to),
    });
    // Two changes queued on the record, written as one state; a third, from a state never stored, lost.
    const held: JournaledEntry[] = [
      { entry: entry('entry-rename', 'name'), written: content(stored, renamed) },
      { entry: entry('entry-code', 'code'), written: content(renamed, coded) },
      { entry: entry('entry-lost', 'notes'), written: content({ ...stored, name: 'Council of Thaba' }, { ...stored, name: 'Council of Thaba', notes: 'x' }) },
    ];
    await first.db.bodies
      .findOne(body.id)
      .exec()
      .then((doc) => doc?.incrementalPatch({ name: 'Municipal Council', code: 'MC' }));
    await first.db.upsertLocal(JOURNAL_ID, { held });
    await first.db.close();
    const second = await open();
    expect(await second.repos.audit.ready()).toBe(2);
    const ids = (await history(second.repos, body.id)).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['entry-rename', 'entry-code']));
    expect(ids).not.toContain('entry-lost');
  });

  it('reaches the stored state through an update already in the trail, and keeps what a failed repair could not write', async () => {
    name = `journal${Date.now()}h`;
    const first = await open();
    const body = await first.repos.bodies.create(COUNCIL);
    const s0 = (await first.repos.bodies.getById(body.id)) as unknown as Record<string, unknown>;
    const s1 = { ...s0, name: 'Municipal Council' };
    const s2 = { ...s1, code: 'MC' };
    const update = (id: string, from: object, to: object): JournaledEntry => ({
      entry: {
        id,
        at: '2026-12-07T09:00:00.000Z',
        actor: 'Thuli Secretary',
        device: 'laptop-1',
        action: 'update',
        recordType: 'bodies',
        recordId: body.id,
        summary: 'Changed',
        fields: ['name'],
      },
      written: { kind: 'content', collection: 'bodies', id: body.id, from: contentDigest(from), digest: contentDigest(to) },
    });
    // Two updates stored as one state (s2); the second's entry is in the trail and released, the first's cut off.
    const journal = new AuditJournal(first.db);
    await journal.hold([update('entry-first', s0, s1)]);
    const second = await journal.hold([update('entry-second', s1, s2)]);
    journal.release(second);
    await first.db.bodies
      .findOne(body.id)
      .exec()
      .then((doc) => doc?.incrementalPatch({ name: 'Municipal Council', code: 'MC' }));
    // Another save writes the journal again: the released update stays as a link.
    await journal.hold([
      { entry: { ...update('entry-other', s0, s0).entry, recordId: 'never-written' }, written: { kind: 'exists', collection: 'bodies', id: 'never-written' } },
    ]);
    await first.db.close();

    // The next opening cannot write to the trail: the entry stays journaled through its saves.
    const retry = await open();
    vi.spyOn(retry.db.audit, 'bulkInsert').mockRejectedValueOnce(new Error('The disk is full.'));
    await expect(retry.repos.audit.ready()).rejects.toThrow('full');
    await retry.repos.bodies.update(body.id, () => ({ name: 'Council of Thaba' }));
    await retry.db.close();
    // The one after writes it: the first update reached s2 through the second.
    const third = await open();
    expect(await third.repos.audit.ready()).toBe(1);
    expect(await third.db.audit.findOne('entry-first').exec()).not.toBeNull();
    expect(await third.db.audit.findOne('entry-other').exec()).toBeNull();
  });

  it('empties the stored journal after a large import, so the next opening has nothing to check', async () => {
    name = `journal${Date.now()}i`;
    const { db, repos } = await open();
    const stamp = {
      createdAt: '2026-12-01T08:00:00.000Z',
      createdBy: 'Import',
      updatedAt: '2026-12-01T08:00:00.000Z',
      updatedBy: 'Import',
      hasConflict: false,
    };
    const bodies = Array.from({ length: 60 }, (_, n) => ({ ...COUNCIL, ...stamp, id: `body-${n}`, name: `Ward committee ${n}`, code: `W${n}` }));
    expect(await repos.bodies.importMany(bodies)).toEqual({ inserted: 60, skipped: 0 });
    await vi.waitFor(async () => expect((await db.getLocal<{ held: unknown[] }>(JOURNAL_ID))?.toJSON().data.held).toEqual([]));
    expect(await db.audit.count().exec()).toBe(60);
  });

  it("never takes another open page's saves under way for an unexpected close", async () => {
    name = `journal${Date.now()}g`;
    const locks = new FakeLocks();
    const { db } = await open();
    const pageA = locks.page();
    const a = new AuditJournal(db, pageA);
    const held: JournaledEntry = {
      entry: {
        id: 'entry-a',
        at: '2026-12-07T09:00:00.000Z',
        actor: 'Thuli',
        device: 'tab-a',
        action: 'delete',
        recordType: 'bodies',
        recordId: 'gone-body',
        summary: 'Deleted',
        fields: [],
      },
      written: { kind: 'gone', collection: 'bodies', id: 'gone-body' },
    };
    // Page A has journaled a deletion and is about to write it (the record is already absent).
    await a.hold([held]);
    // Page B opens on the same database: it takes another slot and leaves A's journal alone.
    const b = new AuditJournal(db, locks.page());
    expect(await b.repairOnce()).toBe(0);
    expect((await db.getLocal<{ held: JournaledEntry[] }>(JOURNAL_ID))?.toJSON().data.held).toHaveLength(1);
    // Page A is dropped. A page opened while B is still open takes A's free slot, but B may have
    // pulled since: a record gone is no proof of A's deletion, and no entry is written for it.
    pageA.crash();
    const c = new AuditJournal(db, locks.page());
    expect(await c.repairOnce()).toBe(0);
    expect(await db.audit.findOne('entry-a').exec()).toBeNull();
    expect((await db.getLocal<{ held: JournaledEntry[] }>(JOURNAL_ID))?.toJSON().data.held).toEqual([]);
  });
});

/** Web Locks for pages in one test: a page's locks go when it crashes. */
class FakeLocks {
  private readonly held = new Map<string, number>();
  private pages = 0;

  page(): PageLocks & { crash(): void } {
    const page = (this.pages += 1);
    return {
      request: async (name, _options, callback) => {
        if (this.held.has(name)) return callback(null);
        this.held.set(name, page);
        try {
          return await callback({ name });
        } finally {
          if (this.held.get(name) === page) this.held.delete(name);
        }
      },
      crash: () => {
        for (const [name, owner] of this.held) if (owner === page) this.held.delete(name);
      },
      query: () => Promise.resolve({ held: [...this.held.keys()].map((name) => ({ name })) }),
    };
  }
}
