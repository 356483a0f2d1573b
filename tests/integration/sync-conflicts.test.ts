/**
 * Two secretaries edit the same agenda item on their laptops while both are offline. Edits to
 * different fields merge; two edits of the same text keep both versions in the record, which
 * syncs with the conflict so every laptop lists it; a person settles it through the repository
 * (validated and audited), and the settled record reaches the other laptop.
 */
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/schemas';
import { versionValue } from '../../shared/sync/conflict-settlement';
import { fromCouchDoc } from '../../renderer/src/sync/record-transfer';
import { conflictingRevisions, serverDocs, waitFor } from './support/couch';
import { SIPHO, THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate, type Laptop, type LaptopOptions } from './support/laptop';
import { sampleRecord } from './support/records';

const PREFIX = 'quorum_conflicts_';

const server = useTestServer(PREFIX, THULI, SIPHO);

function laptopOptions(account: typeof THULI, actor: string, online = true): LaptopOptions {
  return { server, prefix: PREFIX, account, actor, online, keepSettings: true };
}

/** Opens a laptop, does `work`, and closes it: one laptop in use at a time, as in an office. */
async function session<T>(name: string, options: LaptopOptions, work: (laptop: Laptop) => Promise<T>): Promise<T> {
  const laptop = await openLaptop(name, options);
  try {
    return await work(laptop);
  } finally {
    await laptop.close();
  }
}

async function edit(laptop: Laptop, id: string, changes: Partial<AgendaItem>, by: string): Promise<void> {
  const doc = await laptop.db.agendaitems.findOne(id).exec();
  if (!doc) throw new Error(`No agenda item ${id} on ${laptop.name}`);
  await doc.incrementalPatch({ ...changes, updatedBy: by, updatedAt: new Date().toISOString() });
}

async function item(laptop: Laptop, id: string): Promise<AgendaItem> {
  const found = await laptop.repos.agenda.findById(id);
  if (!found) throw new Error(`No agenda item ${id} on ${laptop.name}`);
  return found;
}

describe('competing edits made offline', () => {
  it('merges different fields, keeps both texts of the same field, and lets a person settle them', async () => {
    const original = { ...sampleRecord('agendaitems', 1), notes: 'Report tabled by the CFO.' } as AgendaItem;
    const id = original.id;

    await session('conflict-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.db.agendaitems.insert(original);
      await thuli.until('the item on the server', upToDate);
    });
    await session('conflict-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('the item pulled', upToDate);
      expect((await item(sipho, id)).notes).toBe('Report tabled by the CFO.');
    });

    // Both offline: the same text changed twice, and one different field each.
    await session('conflict-thuli', laptopOptions(THULI, 'Thuli', false), async (thuli) => {
      await edit(thuli, id, { notes: 'Report tabled by the CFO; Council noted the overspend.', presenter: 'Chief Financial Officer' }, 'Thuli');
      const status = await thuli.until('offline with the edit waiting', (s) => s.phase === 'offline' && s.pending === 1);
      expect(status.pending).toBe(1);
    });
    await session('conflict-sipho', laptopOptions(SIPHO, 'Sipho', false), async (sipho) => {
      await edit(sipho, id, { notes: 'Report tabled by the CFO; referred back to the Finance committee.', reportReference: 'FIN 12/2026' }, 'Sipho');
    });

    // Thuli reconnects first and her edit reaches the server as it is.
    await session('conflict-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.until('Thuli up to date', upToDate);
    });

    // Sipho reconnects: the merge keeps both texts and both other fields.
    await session('conflict-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('Sipho up to date', upToDate);
      const merged = await item(sipho, id);
      expect(merged.presenter).toBe('Chief Financial Officer');
      expect(merged.reportReference).toBe('FIN 12/2026');
      expect(merged.hasConflict).toBe(true);
      const notes = merged.conflict?.fields.find((f) => f.field === 'notes');
      expect(notes?.versions.map((v) => versionValue(v)).sort()).toEqual([
        'Report tabled by the CFO; Council noted the overspend.',
        'Report tabled by the CFO; referred back to the Finance committee.',
      ]);
      expect(notes?.versions.find((v) => v.origin === 'local')?.by).toBe('Sipho');
      expect(notes?.versions.find((v) => v.origin === 'server')?.by).toBe('Thuli');
      const listed = await firstValueFrom(sipho.repos.conflicts.watchAll());
      expect(listed).toHaveLength(1);
      expect(listed[0]?.fields.map((f) => f.label)).toEqual(['Notes']);
      const log = sipho.repos.sync.log.entries.map((e) => e.message).join('\n');
      expect(log).toMatch(/two people changed Notes/);
    });

    const onServer = (await serverDocs(server, PREFIX, 'agendaitems')).get(id);
    expect(onServer?.hasConflict).toBe(true);
    expect(await conflictingRevisions(server, PREFIX, 'agendaitems', id)).toEqual([]);

    // Thuli's laptop shows the conflict too, and she settles it with a merged text.
    await session('conflict-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await waitFor('the conflict on Thuli’s laptop', async () => ((await item(thuli, id)).hasConflict ? true : null));
      const [shown] = await firstValueFrom(thuli.repos.conflicts.watchAll());
      const notes = shown?.fields.find((field) => field.path === 'notes');
      if (!notes) throw new Error('The conflict on the notes is not listed.');
      await thuli.repos.conflicts.settle(
        'agendaitems',
        id,
        notes,
        'Report tabled by the CFO; Council noted the overspend and referred it back to the Finance committee.',
        'Notes: wrote a merged text',
      );
      const settled = await item(thuli, id);
      expect(settled.hasConflict).toBe(false);
      expect(settled.conflict).toBeUndefined();
      expect(settled.presenter).toBe('Chief Financial Officer');
      const audit = await thuli.db.audit.find({ selector: { recordId: id } }).exec();
      expect(audit.map((entry) => entry.summary).join('\n')).toMatch(/Settled competing edits .*Notes: wrote a merged text/);
      await thuli.until('the settlement on the server', upToDate);
    });

    await session('conflict-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      const settled = await waitFor('the settlement on Sipho’s laptop', async () => {
        const current = await item(sipho, id);
        return current.hasConflict ? null : current;
      });
      expect(settled.notes).toBe('Report tabled by the CFO; Council noted the overspend and referred it back to the Finance committee.');
      expect(settled.reportReference).toBe('FIN 12/2026');
    });
    expect(fromCouchDoc((await serverDocs(server, PREFIX, 'agendaitems')).get(id)!).hasConflict).toBe(false);
  }, 180_000);

  it('keeps both choices when two people settle the same competing edits differently, apart (torture item 16)', async () => {
    const original = { ...sampleRecord('agendaitems', 2), notes: 'Tabled.' } as AgendaItem;
    const id = original.id;
    await session('settle-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.db.agendaitems.insert(original);
      await thuli.until('the item on the server', upToDate);
    });
    await session('settle-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('the item pulled', upToDate);
    });
    // The same field typed apart: competing versions, Thuli's (on the server first) shown.
    await session('settle-thuli', laptopOptions(THULI, 'Thuli', false), (thuli) => edit(thuli, id, { notes: 'Thuli’s notes.' }, 'Thuli'));
    await session('settle-sipho', laptopOptions(SIPHO, 'Sipho', false), (sipho) => edit(sipho, id, { notes: 'Sipho’s notes.' }, 'Sipho'));
    await session('settle-thuli', laptopOptions(THULI, 'Thuli'), (thuli) => thuli.until('Thuli up to date', upToDate));
    await session('settle-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('Sipho up to date', upToDate);
      expect(await item(sipho, id)).toMatchObject({ notes: 'Thuli’s notes.', hasConflict: true });
    });

    const settle = async (laptop: Laptop, value: string) => {
      await waitFor(`the competing versions on ${laptop.name}`, async () => ((await item(laptop, id)).hasConflict ? true : null));
      const [shown] = await firstValueFrom(laptop.repos.conflicts.watchAll());
      const notes = shown?.fields.find((field) => field.path === 'notes');
      if (!notes) throw new Error('The competing notes are not listed.');
      await laptop.repos.conflicts.settle('agendaitems', id, notes, value, `Notes: chose ${value}`);
    };
    // Thuli receives the versions, goes offline and keeps the shown one (her own, the value the
    // field already had); Sipho, online, chooses his. Neither has seen the other's choice.
    await session('settle-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.until('the versions pulled', upToDate);
      thuli.network.set(false);
      await settle(thuli, 'Thuli’s notes.');
    });
    await session('settle-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await settle(sipho, 'Sipho’s notes.');
      await sipho.until('Sipho’s choice on the server', upToDate);
    });
    // Thuli reconnects: her choice meets Sipho's, and both are kept for a person to settle.
    await session('settle-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.until('Thuli up to date', upToDate);
      const merged = await item(thuli, id);
      expect(merged.hasConflict).toBe(true);
      const notes = merged.conflict?.fields.find((f) => f.field === 'notes');
      expect(notes?.versions.map((v) => versionValue(v)).sort()).toEqual(['Sipho’s notes.', 'Thuli’s notes.']);
    });
    const onServer = fromCouchDoc((await serverDocs(server, PREFIX, 'agendaitems')).get(id)!);
    expect(onServer.hasConflict).toBe(true);
    expect(onServer.notes).toBe('Sipho’s notes.');
  }, 180_000);

  it('keeps a settlement against a value typed meanwhile by someone who had not seen it (torture item 18)', async () => {
    const original = { ...sampleRecord('agendaitems', 4), presenter: 'Municipal Manager' } as AgendaItem;
    const id = original.id;
    await session('typed-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.db.agendaitems.insert(original);
      await thuli.until('the item on the server', upToDate);
    });
    await session('typed-sipho', laptopOptions(SIPHO, 'Sipho'), (sipho) => sipho.until('the item pulled', upToDate));
    // The presenter typed apart: competing versions, Thuli's (on the server first) shown.
    await session('typed-thuli', laptopOptions(THULI, 'Thuli', false), (thuli) => edit(thuli, id, { presenter: 'Director: Finance' }, 'Thuli'));
    await session('typed-sipho', laptopOptions(SIPHO, 'Sipho', false), (sipho) => edit(sipho, id, { presenter: 'Director: Planning' }, 'Sipho'));
    await session('typed-thuli', laptopOptions(THULI, 'Thuli'), (thuli) => thuli.until('Thuli up to date', upToDate));
    await session('typed-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('Sipho up to date', upToDate);
      expect(await item(sipho, id)).toMatchObject({ presenter: 'Director: Finance', hasConflict: true });
      // Sipho goes offline and, with the versions still unsettled, types another presenter.
      sipho.network.set(false);
      await sipho.until('offline', (s) => s.phase === 'offline');
      await edit(sipho, id, { presenter: 'Acting Director: Planning' }, 'Sipho');
    });
    // Thuli, online, first types a presenter, then thinks better of it and settles the versions,
    // choosing the one the field showed before: the server goes back to where Sipho last saw it.
    await session('typed-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.until('Thuli up to date', upToDate);
      await edit(thuli, id, { presenter: 'Chief Financial Officer' }, 'Thuli');
      await waitFor('the competing versions on Thuli', async () => ((await item(thuli, id)).hasConflict ? true : null));
      const [shown] = await firstValueFrom(thuli.repos.conflicts.watchAll());
      const presenter = shown?.fields.find((field) => field.path === 'presenter');
      if (!presenter) throw new Error('The competing presenters are not listed.');
      await thuli.repos.conflicts.settle('agendaitems', id, presenter, 'Director: Finance', 'Presenter: chose Director: Finance');
      await thuli.until('Thuli’s choice on the server', upToDate);
      expect(await item(thuli, id)).toMatchObject({ presenter: 'Director: Finance', hasConflict: false });
    });
    // Sipho reconnects: his typed value meets Thuli's choice, and both are kept for a person to settle.
    await session('typed-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('Sipho up to date', upToDate);
      const merged = await item(sipho, id);
      expect(merged).toMatchObject({ presenter: 'Director: Finance', hasConflict: true });
      const presenter = merged.conflict?.fields.find((f) => f.field === 'presenter');
      expect(presenter?.versions.map((v) => versionValue(v)).sort()).toEqual(['Acting Director: Planning', 'Director: Finance']);
    });
    const onServer = fromCouchDoc((await serverDocs(server, PREFIX, 'agendaitems')).get(id)!);
    expect(onServer).toMatchObject({ presenter: 'Director: Finance', hasConflict: true });
  }, 180_000);

  it('keeps a twenty-first competing version and more, on the server and every laptop (torture item 13)', async () => {
    // An item whose minutes nobody settled while they were typed apart: twenty versions already.
    const earlier = Array.from({ length: 20 }, (_, n) => ({
      value: JSON.stringify(`Draft ${n + 1} of the discussion.`),
      by: n % 2 ? 'Thuli' : 'Sipho',
      origin: 'local' as const,
    }));
    const original = {
      ...sampleRecord('agendaitems', 3),
      notes: 'Draft 20 of the discussion.',
      hasConflict: true,
      conflict: { detectedAt: '2026-12-01T08:00:00.000Z', fields: [{ field: 'notes', versions: earlier }] },
    } as AgendaItem;
    const id = original.id;
    await session('many-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.db.agendaitems.insert(original);
      await thuli.until('up to date', upToDate);
    });
    await session('many-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('up to date', upToDate);
      sipho.network.set(false);
      await sipho.until('offline', (s) => s.phase === 'offline');
      await edit(sipho, id, { notes: 'Sipho’s wording, typed offline.' }, 'Sipho');
    });
    await session('many-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await edit(thuli, id, { notes: 'Thuli’s wording, typed in the meeting.' }, 'Thuli');
      await thuli.until('up to date', upToDate);
    });
    await session('many-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      sipho.network.set(true);
      await sipho.until('up to date', upToDate);
    });

    const expected = [...earlier.map((version) => versionValue(version)), 'Sipho’s wording, typed offline.', 'Thuli’s wording, typed in the meeting.'];
    const onServer = fromCouchDoc((await serverDocs(server, PREFIX, 'agendaitems')).get(id)!) as unknown as AgendaItem;
    // Stored in entries the schema (and the server's validation) accepts, none over twenty.
    expect(onServer.conflict?.fields.map((entry) => [entry.field, entry.versions.length])).toEqual([
      ['notes', 20],
      ['notes#2', 2],
    ]);
    await session('many-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      const field = await waitFor('the twenty-two versions on Thuli’s laptop', async () => {
        const [shown] = await firstValueFrom(thuli.repos.conflicts.watchAll());
        const notes = shown?.fields.find((entry) => entry.path === 'notes');
        return notes && notes.versions.length === 22 ? notes : null;
      });
      expect(new Set(field.versions.map((version) => versionValue(version)))).toEqual(new Set(expected));
      expect((await firstValueFrom(thuli.repos.conflicts.watchAll()))[0]?.fields.map((entry) => entry.label)).toEqual(['Notes']);
      await thuli.repos.conflicts.settle('agendaitems', id, field, 'Thuli’s wording, typed in the meeting.', 'Notes: kept one version');
      const settled = await item(thuli, id);
      expect(settled).toMatchObject({ hasConflict: false, notes: 'Thuli’s wording, typed in the meeting.' });
      expect(settled.conflict).toBeUndefined();
      await thuli.until('the settlement on the server', upToDate);
    });
    expect(fromCouchDoc((await serverDocs(server, PREFIX, 'agendaitems')).get(id)!).conflict).toBeUndefined();
  }, 180_000);

  it('merges edits of different fields without asking anyone', async () => {
    const original = sampleRecord('agendaitems', 2);
    const id = original.id;
    await session('merge-thuli', laptopOptions(THULI, 'Thuli'), async (thuli) => {
      await thuli.db.agendaitems.insert(original);
      await thuli.until('up to date', upToDate);
    });
    await session('merge-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('up to date', upToDate);
      sipho.network.set(false);
      await sipho.until('offline', (s) => s.phase === 'offline');
      await edit(sipho, id, { presenter: 'Director: Community Services' }, 'Sipho');
    });
    await session('merge-thuli', laptopOptions(THULI, 'Thuli', false), async (thuli) => {
      await edit(thuli, id, { title: 'Report on indigent register' }, 'Thuli');
      thuli.network.set(true);
      await thuli.until('up to date', upToDate);
    });
    await session('merge-sipho', laptopOptions(SIPHO, 'Sipho'), async (sipho) => {
      await sipho.until('up to date', upToDate);
      const merged = await item(sipho, id);
      expect(merged.title).toBe('Report on indigent register');
      expect(merged.presenter).toBe('Director: Community Services');
      expect(merged.hasConflict).toBe(false);
    });
    const onServer = fromCouchDoc((await serverDocs(server, PREFIX, 'agendaitems')).get(id)!);
    expect(onServer.title).toBe('Report on indigent register');
    expect(onServer.presenter).toBe('Director: Community Services');
  }, 120_000);
});
