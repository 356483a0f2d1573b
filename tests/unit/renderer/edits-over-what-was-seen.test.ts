/**
 * Forms and editors that save a whole list or a whole settings area save it over what the person
 * saw, not over whatever the record holds when the save lands. A colleague's change synced in
 * meanwhile (here written straight into the database, as sync writes it) is merged in or kept as
 * a competing version, never written over: the torture run's item 12, for the settings forms,
 * renaming a department, declarations and actions arising.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem, Setting } from '../../../shared/schemas';
import { conflictFieldsOf, versionValue } from '../../../shared/sync/conflict-settlement';
import type { JsonObject } from '../../../shared/sync/record-state';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../support/test-database';

let data: TestData;
afterEach(async () => {
  await data.db.remove();
});

const now = new Date('2026-11-23T08:00:00.000Z');

/** A colleague's change arriving by sync: written into the stored record directly. */
async function syncedIn<T extends 'agendaitems' | 'settings'>(collection: T, id: string, changes: JsonObject): Promise<void> {
  const doc = await data.db[collection].findOne(id).exec();
  if (!doc) throw new Error(`No ${collection}/${id}`);
  await doc.incrementalPatch({ ...changes, updatedBy: 'Sipho Secretary', updatedAt: '2026-11-23T08:05:00.000Z' });
}

/** A draft ordinary council meeting of the demo municipality, its agenda laid out from the template. */
function scheduleCouncil() {
  return data.repos.meetingWorkflow.schedule({
    bodyId: 'demo-body-council',
    type: 'ordinary',
    title: 'Ordinary Council Meeting',
    startsAt: '2026-11-23T08:00:00.000Z',
    venue: 'Council Chamber',
  });
}

async function reportItem(): Promise<AgendaItem> {
  const meeting = await scheduleCouncil();
  await data.repos.meetingWorkflow.act(meeting.id, 'issue_notice');
  await data.repos.meetingWorkflow.act(meeting.id, 'open');
  for (const n of [5, 6, 7]) {
    await data.repos.meetings.saveAttendance(meeting.id, { id: `a${n}`, kind: 'member', memberId: `demo-cllr-0${n}`, status: 'present' });
  }
  return (await data.repos.agenda.listForMeeting(meeting.id)).find((i) => i.kind === 'report')!;
}

/** The demo municipality with a draft council meeting: its top-level agenda items, in order. */
async function draftAgenda(): Promise<{ meeting: { id: string }; items: AgendaItem[] }> {
  data = await createTestData('Thuli Secretary', () => now);
  await loadDemoMunicipality(data.repos, now);
  const meeting = await scheduleCouncil();
  return { meeting, items: (await data.repos.agenda.listForMeeting(meeting.id)).filter((i) => i.parentId === '') };
}

describe('a save over what the person saw', () => {
  it('keeps an action arising a colleague added while the list was shown', async () => {
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    const item = await reportItem();
    const mine = { id: 'act-thuli', description: 'Report monthly on water losses', done: false, officialId: 'demo-off-tech' };
    const theirs = { id: 'act-sipho', description: 'Brief the ward councillors', done: false };
    // The editor shows no actions; Sipho's arrives; Thuli adds hers to the list she sees.
    await syncedIn('agendaitems', item.id, { actions: [theirs] });
    const saved = await data.repos.agenda.saveActions(item.id, [mine], { seen: { actions: item.actions } });
    expect(saved.actions?.map((a) => a.id).sort()).toEqual(['act-sipho', 'act-thuli']);
    expect(saved.hasConflict).toBe(false);
  });

  it('keeps a declaration a colleague recorded while the list was shown', async () => {
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    const item = await reportItem();
    const theirs = { memberId: 'demo-cllr-05', interest: 'Spouse employed by the bidder', leftMeeting: true };
    await syncedIn('agendaitems', item.id, { declarations: [theirs] });
    const saved = await data.repos.agenda.saveDeclarations(
      item.id,
      [{ memberId: 'demo-cllr-07', interest: 'Director of a bidding company', leftMeeting: true }],
      {
        seen: { declarations: item.declarations },
      },
    );
    expect(saved.declarations?.map((d) => d.memberId).sort()).toEqual(['demo-cllr-05', 'demo-cllr-07']);
  });

  it('merges a settings area: a colleague’s change to another part is kept, a change to the same part competes', async () => {
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    const shown = await data.repos.settings.getArea('municipality');
    const stored = (await data.repos.settings.findById('municipality')) as Setting;
    await syncedIn('settings', 'municipality', { value: { ...(stored.value as object), phone: '015 000 1111', address: 'PO Box 17, Mopane Ridge' } });
    // Thuli changes the phone and the website in the form that still shows the old particulars.
    await data.repos.settings.saveArea('municipality', { ...shown, phone: '015 000 2222', website: 'https://mopane.example.gov.za' }, shown);
    const after = (await data.repos.settings.findById('municipality')) as Setting;
    const value = after.value as Record<string, string>;
    expect(value.address).toBe('PO Box 17, Mopane Ridge');
    expect(value.website).toBe('https://mopane.example.gov.za');
    const phone = conflictFieldsOf(after as unknown as JsonObject).find((entry) => entry.field === 'value.phone');
    expect(phone?.versions.map((v) => versionValue(v)).sort()).toEqual(['015 000 1111', '015 000 2222']);
  });

  it('keeps a colleague’s rename of a department beside the person’s, to settle', async () => {
    data = await createTestData('Thuli Secretary', () => now);
    const finance = await data.repos.departments.add({ name: 'Finance' });
    const other = await data.repos.departments.add({ name: 'Corporate Services' });
    // Sipho renames Finance, and adds a department, while Thuli's rename dialog is open.
    const stored = (await data.repos.settings.findById('departments')) as Setting;
    const items = (stored.value as { items: Array<Record<string, unknown>> }).items;
    await syncedIn('settings', 'departments', {
      value: {
        items: [
          ...items.map((d) => (d.id === finance.id ? { ...d, name: 'Budget and Treasury' } : d)),
          { id: 'dep-new', name: 'Community Services', code: 'CS' },
        ],
      },
    });
    await data.repos.departments.rename(finance.id, 'Financial Services', 'Finance');
    const after = (await data.repos.settings.findById('departments')) as Setting;
    const entry = conflictFieldsOf(after as unknown as JsonObject).find((e) => e.field === 'value.items');
    const names = (entry?.versions ?? []).map((v) => (versionValue(v) as Array<{ id: string; name: string }>).find((d) => d.id === finance.id)?.name);
    expect(names.sort()).toEqual(['Budget and Treasury', 'Financial Services']);
    // A rename of another department, made over the list as it now is, does not compete.
    const renamed = await data.repos.departments.rename(other.id, 'Corporate and Shared Services', 'Corporate Services');
    expect(renamed.name).toBe('Corporate and Shared Services');
  });

  it('keeps a colleague’s position for an item beside a move worked out from the list before it arrived (torture CouchDB seed 4401)', async () => {
    const { items } = await draftAgenda();
    const moved = items.at(-2)!;
    const pushedDown = items[1]!;
    // The list is read; before the move is written, a colleague's position for the second item syncs in.
    const list = data.repos.agenda.listForMeeting.bind(data.repos.agenda);
    vi.spyOn(data.repos.agenda, 'listForMeeting').mockImplementationOnce(async (id) => {
      const shown = await list(id);
      await syncedIn('agendaitems', pushedDown.id, { position: pushedDown.position + 7 });
      return shown;
    });
    // Thuli moves an item to the top: every item above it moves down one place.
    await data.repos.agenda.moveToPlace(moved.id, '', 0);
    const after = (await data.repos.agenda.getById(pushedDown.id)) as unknown as JsonObject;
    const position = conflictFieldsOf(after).find((entry) => entry.field === 'position');
    expect(position?.versions.map((v) => versionValue(v)).sort()).toEqual([pushedDown.position + 7, pushedDown.position + 1024].sort());
    // An item nobody else touched simply moves.
    const first = await data.repos.agenda.getById(items[0]!.id);
    expect(first).toMatchObject({ position: items[0]!.position + 1024, hasConflict: false });
  });

  it('runs two quick moves one after the other, so a person’s own clicks never compete', async () => {
    const { meeting, items } = await draftAgenda();
    // "Move down" clicked twice before the first has written.
    await Promise.all([data.repos.agenda.move(items[1]!.id, 'down'), data.repos.agenda.move(items[1]!.id, 'down')]);
    const after = (await data.repos.agenda.listForMeeting(meeting.id)).filter((i) => i.parentId === '');
    expect(after.filter((i) => i.hasConflict)).toEqual([]);
    expect(after.map((i) => i.id).slice(0, 4)).toEqual([items[0]!.id, items[2]!.id, items[3]!.id, items[1]!.id]);
  });
});
