/**
 * The query repository as the operations unit uses it: intake with service-standard due dates in
 * working days, the lifecycle with its timeline, the paused clock, escalation, and the agenda.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoMunicipality } from '../../../shared/demo/demo-municipality';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { RecordValidationError } from '../../../shared/validation/record-validator';
import type { QueryIntake } from '../../../renderer/src/features/queries/query-intake';
import { WorkingDayCalendar } from '../../../shared/domain/working-days';
import { createTestData, type TestData } from '../support/test-database';

const DEPARTMENTS = [
  { id: 'dept-tech', name: 'Technical Services', code: 'TECH', director: 'Mr Rhulani Hlungwani' },
  { id: 'dept-comm', name: 'Community Services', code: 'COMM', director: 'Mr Tebogo Masemola' },
];

let data: TestData;
/** The official Tebogo Masemola of Community Services (a member record), made by setUp. */
let tebogo = '';
let now = new Date('2026-04-02T07:30:00.000Z'); // Thursday 2 April 2026, 09:30 in Johannesburg: Easter follows
const setNow = (iso: string) => {
  now = new Date(iso);
};

async function setUp(): Promise<TestData> {
  now = new Date('2026-04-02T07:30:00.000Z');
  data = await createTestData('Thuli Officer', () => now);
  await data.repos.settings.saveArea('departments', { items: DEPARTMENTS });
  await data.repos.settings.saveArea('municipality', { name: 'Mopane Ridge', timeZone: 'Africa/Johannesburg' });
  tebogo = (
    await data.repos.members.create({ fullName: 'Tebogo Masemola', title: 'Mr', kind: 'official', seat: 'none', active: true, departmentId: 'dept-comm' })
  ).id;
  return data;
}

async function aResident(name = 'Mrs Dorah Mashele') {
  return data.repos.stakeholders.add({ kind: 'person', category: 'resident', name, ward: '4', consentPurpose: 'To answer her queries', consentGiven: true });
}

async function intake(overrides: Partial<QueryIntake> = {}): Promise<QueryIntake> {
  const stakeholder = overrides.stakeholderId !== undefined || overrides.newStakeholder ? null : await aResident();
  return {
    stakeholderId: stakeholder?.id ?? '',
    channel: 'phone',
    subject: 'Refuse not collected in Mahogany Close',
    description: 'Bins have stood on the pavement for a week.',
    category: 'Refuse removal',
    ward: '4',
    priority: 'normal',
    ...overrides,
  };
}

async function countAll() {
  return {
    queries: await data.db.queries.count().exec(),
    events: await data.db.queryevents.count().exec(),
    stakeholders: await data.db.stakeholders.count().exec(),
  };
}

afterEach(async () => {
  await data.db.remove();
});

describe('logging a query', () => {
  it('gives a readable reference and due dates in working days from the service standard', async () => {
    await setUp();
    const query = await data.repos.queries.logQuery(await intake());
    expect(query.reference).toMatch(/^Q-2026-0001-[2-9A-HJKMNP-Z]{2}$/);
    // Refuse removal, normal: acknowledge in 5 and resolve in 10 working days; Good Friday and Family Day skipped.
    expect(query).toMatchObject({ status: 'new', acknowledgeBy: '2026-04-13', dueDate: '2026-04-20', departmentId: '', officer: '' });
    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ kind: 'created', by: 'Thuli Officer', toStatus: 'new', dueDate: '2026-04-20' });
    expect(timeline[0]?.text).toContain('10 working days for Refuse removal');
  });

  it('numbers the queries of one laptop one after the other', async () => {
    await setUp();
    const first = await data.repos.queries.logQuery(await intake());
    const second = await data.repos.queries.logQuery(await intake());
    expect(first.reference.slice(0, 11)).toBe('Q-2026-0001');
    expect(second.reference.slice(0, 11)).toBe('Q-2026-0002');
    expect(second.reference.slice(-2)).toBe(first.reference.slice(-2));
  });

  it('adds a new stakeholder with the query', async () => {
    await setUp();
    const query = await data.repos.queries.logQuery(
      await intake({
        newStakeholder: {
          kind: 'person',
          category: 'resident',
          name: 'Sello Maake',
          phone: '073 000 0707',
          consentPurpose: 'To answer his query',
          consentGiven: true,
        },
      }),
    );
    const stakeholder = await data.repos.stakeholders.findById(query.stakeholderId);
    expect(stakeholder).toMatchObject({ name: 'Sello Maake', phone: '073 000 0707', consentGiven: true });
    expect(stakeholder?.consentAt).toBe(now.toISOString());
  });

  it('refuses a query without a stakeholder or subject, and writes nothing', async () => {
    await setUp();
    const before = await countAll();
    const attempt = data.repos.queries.logQuery(await intake({ stakeholderId: '', subject: '   ' }));
    await expect(attempt).rejects.toBeInstanceOf(RecordValidationError);
    await attempt.catch((error: RecordValidationError) => {
      expect(error.fieldErrors.stakeholderId).toBe('Choose the stakeholder who raised the query, or add them.');
      expect(error.fieldErrors.subject).toBe('Enter the subject: what the query is about, in a line.');
    });
    expect(await countAll()).toEqual(before);
  });

  it('refuses a due date before the day received, and a new stakeholder without a purpose, writing nothing', async () => {
    await setUp();
    const early = await intake({ dueDate: '2026-04-01' });
    const noPurpose = await intake({ stakeholderId: '', newStakeholder: { kind: 'person', category: 'resident', name: 'No Purpose' } });
    const before = await countAll();
    await expect(data.repos.queries.logQuery(early)).rejects.toMatchObject({
      fieldErrors: { dueDate: 'The due date cannot be before the date the query was received.' },
    });
    await expect(data.repos.queries.logQuery(noPurpose)).rejects.toMatchObject({
      fieldErrors: { 'newStakeholder.consentPurpose': "Record why the municipality keeps this person's details (POPIA)." },
    });
    expect(await countAll()).toEqual(before);
  });

  it('keeps an agreed due date and stores hostile text literally', async () => {
    await setUp();
    const subject = '<img src=x onerror=alert(1)> 🚰 مياه \u202eevil';
    await expect(data.repos.queries.logQuery(await intake({ description: 'y'.repeat(100_001) }))).rejects.toMatchObject({
      fieldErrors: { description: 'Description is too long: at most 100000 characters.' },
    });
    const query = await data.repos.queries.logQuery(await intake({ subject, description: 'x'.repeat(100_000), dueDate: '2026-05-04' }));
    const stored = await data.repos.queries.findById(query.id);
    expect(stored?.subject).toBe(subject);
    expect(stored?.description).toHaveLength(100_000);
    expect(stored?.dueDate).toBe('2026-05-04');
  });
});

describe('the lifecycle and its timeline', () => {
  it('brief scenario 4: logged, acknowledged, assigned, overdue, resolved, closed, reopened and closed again', async () => {
    await setUp();
    const { queries } = data.repos;
    const query = await queries.logQuery(await intake());
    await queries.acknowledge(query.id, 'Acknowledged by SMS.');
    const assigned = await queries.assign(query.id, { departmentId: 'dept-comm', officerId: tebogo });
    expect(assigned).toMatchObject({ status: 'assigned', departmentId: 'dept-comm', officer: 'Tebogo Masemola', dueDate: '2026-04-20' });

    setNow('2026-04-22T08:00:00.000Z'); // two working days after the due date
    const steps = await data.repos.queryEscalation.escalateOverdue();
    expect(steps).toBe(1);
    expect((await queries.findById(query.id))?.escalationLevel).toBe(1);

    await queries.resolve(query.id, 'Refuse collected on 22 April; the contractor was reminded of the schedule.');
    setNow('2026-04-23T08:00:00.000Z');
    await queries.close(query.id);
    setNow('2026-04-28T08:00:00.000Z'); // Tuesday after Freedom Day
    const reopened = await queries.reopen(query.id, 'The bins were missed again.');
    // A new due date runs from today: 10 working days.
    expect(reopened).toMatchObject({ status: 'reopened', escalationLevel: 0, dueDate: '2026-05-13' });
    expect(reopened.outcome).toBeUndefined();
    expect(reopened.resolvedAt).toBeUndefined();
    await queries.resolve(query.id, 'Collected; the route now includes the close.');
    const closed = await queries.close(query.id);
    expect(closed.status).toBe('closed');

    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    expect(timeline.map((e) => `${e.kind}:${e.toStatus ?? ''}`)).toEqual([
      'created:new',
      'status_changed:acknowledged',
      'assigned:assigned',
      'escalated:',
      'resolved:resolved',
      'status_changed:closed',
      'status_changed:reopened',
      'resolved:resolved',
      'status_changed:closed',
    ]);
    // Each resolution keeps the department and the working days taken, for the dashboard.
    expect(timeline[4]).toMatchObject({ departmentId: 'dept-comm', workingDays: 12 });
    expect(timeline[7]).toMatchObject({ departmentId: 'dept-comm', workingDays: 15 });
    expect(timeline.every((e) => e.by === 'Thuli Officer')).toBe(true);
    expect(timeline[3]?.escalatedTo).toBe('Tebogo Masemola (Responsible officer)');
    expect(timeline[4]?.text).toContain('Refuse collected on 22 April');
  });

  it('refuses illegal transitions with a message and changes nothing', async () => {
    await setUp();
    const query = await data.repos.queries.logQuery(await intake());
    const before = await countAll();
    await expect(data.repos.queries.assign(query.id, { departmentId: 'dept-comm', officerId: tebogo })).rejects.toMatchObject({
      fieldErrors: { status: 'A query that is new cannot be assigned: acknowledge it first. It can only be acknowledged.' },
    });
    await expect(data.repos.queries.close(query.id)).rejects.toMatchObject({ fieldErrors: { status: expect.stringMatching(/cannot be closed/) as string } });
    expect(await countAll()).toEqual(before);
    expect((await data.repos.queries.findById(query.id))?.status).toBe('new');
  });

  it('asks for an outcome before resolving and for a department and officer before assigning', async () => {
    await setUp();
    const query = await data.repos.queries.logQuery(await intake());
    await data.repos.queries.acknowledge(query.id);
    await expect(data.repos.queries.assign(query.id, { departmentId: 'nowhere', officerId: '' })).rejects.toMatchObject({
      fieldErrors: { departmentId: 'Choose the department responsible for the query.', officerId: 'Choose the responsible officer from the officials.' },
    });
    await expect(data.repos.queries.resolve(query.id, '  ')).rejects.toMatchObject({
      fieldErrors: { outcome: 'Record the outcome: what was done or told to the stakeholder.' },
    });
    expect((await data.repos.queries.findById(query.id))?.status).toBe('acknowledged');
  });

  it('assigns to an official, never a typed name, and "My queries" follows the official', async () => {
    await setUp();
    const { queries } = data.repos;
    const councillor = await data.repos.members.create({ fullName: 'Nomvula Mahlangu', kind: 'councillor', seat: 'ward', ward: '4', active: true });
    const retiredOfficial = await data.repos.members.create({ fullName: 'Old Hand', kind: 'official', seat: 'none', active: false });
    const query = await queries.logQuery(await intake());
    await queries.acknowledge(query.id);
    await expect(queries.assign(query.id, { departmentId: 'dept-comm', officerId: 'Tebogo Masemola' })).rejects.toMatchObject({
      fieldErrors: { officerId: 'That person is not one of the officials: choose the responsible officer from the list.' },
    });
    await expect(queries.assign(query.id, { departmentId: 'dept-comm', officerId: councillor.id })).rejects.toMatchObject({
      fieldErrors: { officerId: expect.stringContaining('not one of the officials') as string },
    });
    await expect(queries.assign(query.id, { departmentId: 'dept-comm', officerId: retiredOfficial.id })).rejects.toMatchObject({
      fieldErrors: { officerId: 'Old Hand is no longer an active official: choose another.' },
    });
    const assigned = await queries.assign(query.id, { departmentId: 'dept-comm', officerId: tebogo });
    // The official's one name is kept beside the id, for the screen and the exports.
    expect(assigned).toMatchObject({ officerId: tebogo, officer: 'Tebogo Masemola' });
    const calendar = new WorkingDayCalendar();
    const mine = await firstValueFrom(data.repos.queryReads.watchQueue({ kind: 'mine', officerId: tebogo }, '2026-04-02', calendar));
    expect(mine.queries.map((q) => q.id)).toEqual([query.id]);
    const someoneElse = await firstValueFrom(data.repos.queryReads.watchQueue({ kind: 'mine', officerId: retiredOfficial.id }, '2026-04-02', calendar));
    expect(someoneElse.queries).toEqual([]);
    await queries.logQuery(await intake()); // unassigned: its officerId is ''
    const nobody = await firstValueFrom(data.repos.queryReads.watchQueue({ kind: 'mine', officerId: '' }, '2026-04-02', calendar));
    expect(nobody.queries).toEqual([]);
  });

  it('refuses a retired department for a new assignment', async () => {
    await setUp();
    await data.repos.settings.saveArea('departments', { items: [...DEPARTMENTS, { id: 'dept-old', name: 'Old Works', code: 'OW', retired: true }] });
    const query = await data.repos.queries.logQuery(await intake());
    await data.repos.queries.acknowledge(query.id);
    await expect(data.repos.queries.assign(query.id, { departmentId: 'dept-old', officerId: tebogo })).rejects.toMatchObject({
      fieldErrors: { departmentId: 'Old Works is retired: choose a department in use.' },
    });
  });

  it('pauses the clock while the stakeholder is awaited, and moves the due date by the working days paused', async () => {
    await setUp();
    const { queries } = data.repos;
    const query = await queries.logQuery(await intake());
    await queries.acknowledge(query.id);
    await queries.assign(query.id, { departmentId: 'dept-comm', officerId: tebogo });
    setNow('2026-04-08T08:00:00.000Z'); // Wednesday
    const paused = await queries.awaitStakeholder(query.id, 'Asked for the erf number.');
    expect(paused.pausedSince).toBe('2026-04-08T08:00:00.000Z');
    setNow('2026-04-15T08:00:00.000Z'); // a week later: 5 working days
    const resumed = await queries.resume(query.id, 'Erf number received by phone.');
    expect(resumed).toMatchObject({ status: 'in_progress', dueDate: '2026-04-28', pausedWorkingDays: 5 });
    expect(resumed.pausedSince).toBeUndefined();
    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    const resumedEvent = timeline.find((e) => e.kind === 'resumed');
    expect(resumedEvent).toMatchObject({ pausedWorkingDays: 5, previousDueDate: '2026-04-20', dueDate: '2026-04-28' });
    expect(resumedEvent?.text).toContain('paused for 5 working days');
    expect(timeline.find((e) => e.kind === 'paused')?.text).toContain('Asked for the erf number.');
  });

  it('adds notes, calls and letters to the timeline without touching history', async () => {
    await setUp();
    const query = await data.repos.queries.logQuery(await intake());
    await data.repos.queries.addEntry(query.id, 'call', 'Phoned the resident: bins to be collected Friday.');
    await expect(data.repos.queries.addEntry(query.id, 'note', '')).rejects.toMatchObject({ fieldErrors: { text: 'Write what was said or done.' } });
    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    expect(timeline.map((e) => e.kind)).toEqual(['created', 'call']);
  });
});

describe('escalation', () => {
  it('climbs officer → director → municipal manager, informing the ward councillor, once per step', async () => {
    await setUp();
    await data.repos.members.create({ fullName: 'Nomvula Mahlangu', title: 'Cllr', kind: 'councillor', seat: 'ward', ward: '4', active: true });
    const { queries } = data.repos;
    const query = await queries.logQuery(await intake());
    await queries.acknowledge(query.id);
    await queries.assign(query.id, { departmentId: 'dept-comm', officerId: tebogo });
    setNow('2026-05-06T08:00:00.000Z'); // due 20 April: 10 working days overdue (27 April and 1 May are holidays)
    expect(await data.repos.queryEscalation.escalateOverdue()).toBe(3);
    expect(await data.repos.queryEscalation.escalateOverdue()).toBe(0);
    const escalations = (await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id))).filter((e) => e.kind === 'escalated');
    expect(escalations.map((e) => e.escalatedTo)).toEqual([
      'Tebogo Masemola (Responsible officer)',
      'Mr Tebogo Masemola (Director: Community Services)',
      'Municipal Manager',
    ]);
    expect(escalations.every((e) => e.informed === 'Cllr Nomvula Mahlangu (Ward 4)')).toBe(true);
    await expect(data.repos.queryEscalation.escalate(query.id, 'Mayor asked')).rejects.toMatchObject({
      fieldErrors: { escalationLevel: 'The query is already at the top of the escalation ladder.' },
    });
  });

  it('finds the demo municipality escalated as far as it should be', async () => {
    await setUp();
    await data.db.settings.find().remove();
    await loadDemoMunicipality(data.repos, now);
    expect(await data.repos.queryEscalation.escalateOverdue()).toBe(0);
    const demoOverdue = await data.repos.queries.findById('demo-q-1');
    expect(demoOverdue?.escalationLevel).toBeGreaterThanOrEqual(1);
  });

  it('does not escalate a query waiting for the stakeholder', async () => {
    await setUp();
    const { queries } = data.repos;
    const query = await queries.logQuery(await intake());
    await queries.acknowledge(query.id);
    await queries.assign(query.id, { departmentId: 'dept-comm', officerId: tebogo });
    await queries.awaitStakeholder(query.id, 'Waiting for photos.');
    setNow('2026-05-06T08:00:00.000Z');
    expect(await data.repos.queryEscalation.escalateOverdue()).toBe(0);
  });
});

describe('a query on a meeting agenda', () => {
  it('is placed on an agenda and receives the answer given in the meeting', async () => {
    await setUp();
    const demo = buildDemoMunicipality(now);
    await data.repos.members.importMany(demo.members);
    await data.repos.bodies.importMany(demo.bodies);
    await data.repos.meetings.importMany(demo.meetings);
    const meeting = demo.meetings[0]!;
    const query = await data.repos.queries.logQuery(await intake());
    await expect(data.repos.queries.placeOnAgenda(query.id, 'missing')).rejects.toMatchObject({
      fieldErrors: { agendaMeetingId: 'Choose the meeting whose agenda the query goes on.' },
    });
    await data.repos.queries.placeOnAgenda(query.id, meeting.id);
    const linked = await data.repos.queries.placeOnAgenda(query.id, meeting.id, 'item-7-2');
    expect(linked).toMatchObject({ agendaMeetingId: meeting.id, agendaItemId: 'item-7-2' });
    const answered = await data.repos.queries.recordAnswer(query.id, 'The MMC undertook to add a second collection day.', meeting.id);
    expect(answered.answeredAt).toBe(now.toISOString());
    const timeline = await firstValueFrom(data.repos.queryTimeline.watchForQuery(query.id));
    expect(timeline.slice(1).map((e) => e.kind)).toEqual(['placed_on_agenda', 'placed_on_agenda', 'answered_in_meeting']);
    expect(timeline[3]).toMatchObject({ meetingId: meeting.id, agendaItemId: 'item-7-2' });
    expect(timeline[3]?.text).toBe(`Answered in ${meeting.title}: The MMC undertook to add a second collection day.`);
  });
});
