/**
 * The meetings workflow through the repositories, as the brief tells it: an agenda from the
 * template, attendance and quorum, minutes and resolutions, confirmation at the next meeting.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaNumbers, inAgendaOrder } from '../../../shared/domain/agenda-numbering';
import { RecordValidationError } from '../../../shared/validation/record-validator';
import { AgendaChangeError } from '../../../renderer/src/features/agenda/agenda.repository';
import { MeetingChangeError } from '../../../renderer/src/features/meetings/meetings.repository';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { ResolutionChangeError } from '../../../renderer/src/features/resolutions/resolutions.repository';
import { MeetingLifecycleError } from '../../../shared/domain/meeting-lifecycle';
import { createTestData, type TestData } from '../support/test-database';

const COUNCIL = 'demo-body-council';
let now = new Date('2026-11-23T08:00:00.000Z');

describe('a council meeting from agenda to confirmed minutes', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  async function setUp() {
    now = new Date('2026-11-23T08:00:00.000Z');
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    return data.repos;
  }

  async function numbered(meetingId: string) {
    const items = await data.repos.agenda.listForMeeting(meetingId);
    const numbers = agendaNumbers(items);
    return inAgendaOrder(items).map(({ item }) => `${numbers.get(item.id)} ${item.title}`);
  }

  async function schedule(startsAt: string) {
    return data.repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt,
      venue: 'Council Chamber',
    });
  }

  it('lays out a new meeting from the standard template, numbered 1 to 12', async () => {
    const repos = await setUp();
    const meeting = await schedule('2027-01-28T08:00:00.000Z');
    expect(meeting.sequence).toBe(1); // the first Council meeting of 2027
    expect(meeting.chairpersonId).toBe('demo-cllr-01');
    const outline = await numbered(meeting.id);
    expect(outline).toHaveLength(12);
    expect(outline[0]).toBe('1 Opening and welcome');
    expect(outline[6]).toBe('7 Reports');
    expect(outline[11]).toBe('12 Closure');
    const items = await repos.agenda.listForMeeting(meeting.id);
    expect(items.find((i) => i.kind === 'in_committee')?.inCommittee).toBe(true);
  });

  it('adds report items, moves them and renumbers while the agenda is a draft', async () => {
    const repos = await setUp();
    const meeting = await schedule('2027-01-28T08:00:00.000Z');
    const items = await repos.agenda.listForMeeting(meeting.id);
    const reports = items.find((i) => i.kind === 'report')!;
    const water = await repos.agenda.addItem(
      meeting.id,
      { title: 'Water tariffs', kind: 'report', inCommittee: false, reportReference: 'TS 12/2027' },
      { under: reports.id },
    );
    const roads = await repos.agenda.addItem(meeting.id, { title: 'Roads maintenance', kind: 'report', inCommittee: false }, { under: reports.id });
    expect(await numbered(meeting.id)).toContain('7.2 Roads maintenance');
    await repos.agenda.move(roads.id, 'up');
    expect(await numbered(meeting.id)).toEqual(expect.arrayContaining(['7.1 Roads maintenance', '7.2 Water tariffs']));
    await repos.agenda.move(water.id, 'outdent');
    expect(await numbered(meeting.id)).toEqual(expect.arrayContaining(['8 Water tariffs', '9 Motions', '13 Closure']));
  });

  it('freezes numbers at the notice: a late item gets a letter and nothing shifts', async () => {
    const repos = await setUp();
    const meeting = await schedule('2027-01-28T08:00:00.000Z');
    const items = await repos.agenda.listForMeeting(meeting.id);
    const reports = items.find((i) => i.kind === 'report')!;
    const first = await repos.agenda.addItem(meeting.id, { title: 'Water tariffs', kind: 'report', inCommittee: false }, { under: reports.id });
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    const before = await numbered(meeting.id);
    await expect(repos.agenda.move(first.id, 'outdent')).rejects.toThrow(AgendaChangeError);
    await expect(repos.agenda.removeItem(first.id)).rejects.toThrow(/withdrawn/);
    await repos.agenda.addItem(
      meeting.id,
      { title: 'Storm damage (late report)', kind: 'report', inCommittee: false, lateReason: 'Storm on 25 January' },
      { after: first.id },
    );
    const urgent = items.find((i) => i.kind === 'urgent')!;
    await repos.agenda.addItem(
      meeting.id,
      { title: 'Burst main on Marula Street', kind: 'urgent', inCommittee: false, lateReason: 'Burst on 27 January' },
      { under: urgent.id },
    );
    const after = await numbered(meeting.id);
    expect(after).toContain('7.1A Storm damage (late report)');
    expect(after).toContain('10.1 Burst main on Marula Street');
    for (const line of before) expect(after).toContain(line);
  });

  it('records attendance with a late arrival and an early departure, and checks votes against the quorum', async () => {
    const repos = await setUp();
    const meeting = await schedule('2026-11-23T08:00:00.000Z');
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open');
    // 22 of 45 councillors present: one short of a quorum.
    for (let n = 1; n <= 22; n += 1) {
      await repos.meetings.saveAttendance(meeting.id, { id: `a${n}`, kind: 'member', memberId: `demo-cllr-${String(n).padStart(2, '0')}`, status: 'present' });
    }
    const item = (await repos.agenda.listForMeeting(meeting.id)).find((i) => i.kind === 'report')!;
    const motion = await repos.resolutions.propose(item.id, 'Adjustment budget');
    // The demo's Council meetings of the year are numbers 9 and 10: this is meeting 11, numbering from C 1001.
    expect(motion.number).toBe('C 1001/2026');
    const vote = { voteKind: 'counted' as const, votesFor: 12, votesAgainst: 5, abstentions: 0, votedAt: '2026-11-23T08:30:00.000Z' };
    await expect(repos.resolutions.recordVote(motion.id, vote)).rejects.toMatchObject({
      fieldErrors: { voteKind: 'No vote can be taken without a quorum: 22 members present, 23 needed.' },
    });
    // Cllr 23 arrives late at 10:15 (08:15 UTC); Cllr 2 leaves early at 11:00 (09:00 UTC).
    now = new Date('2026-11-23T09:45:00.000Z'); // times are recorded as they happen, never ahead of the clock
    await repos.meetings.saveAttendance(meeting.id, {
      id: 'a23',
      kind: 'member',
      memberId: 'demo-cllr-23',
      status: 'late',
      arrivedAt: '2026-11-23T08:15:00.000Z',
    });
    await repos.meetings.saveAttendance(meeting.id, {
      id: 'a2',
      kind: 'member',
      memberId: 'demo-cllr-02',
      status: 'left_early',
      departedAt: '2026-11-23T09:00:00.000Z',
    });
    await expect(repos.resolutions.recordVote(motion.id, { ...vote, votesFor: 20, votesAgainst: 4 })).rejects.toMatchObject({
      fieldErrors: { votesFor: '24 votes recorded, but only 23 members present are eligible to vote on this item.' },
    });
    const voted = await repos.resolutions.recordVote(motion.id, vote);
    expect(voted).toMatchObject({ outcome: 'carried', votesFor: 12 });
    // After Cllr 2 leaves, the quorum is lost again.
    await expect(repos.resolutions.recordVote(motion.id, { ...vote, votedAt: '2026-11-23T09:30:00.000Z' })).rejects.toBeInstanceOf(RecordValidationError);
    // A member recorded twice is refused.
    await expect(repos.meetings.saveAttendance(meeting.id, { id: 'dup', kind: 'member', memberId: 'demo-cllr-05', status: 'present' })).rejects.toMatchObject({
      fieldErrors: { 'attendance.23.memberId': 'This member is already in the register.' },
    });
  });

  it('excludes a member who declared an interest from the named vote', async () => {
    const repos = await setUp();
    const meeting = await schedule('2026-11-23T08:00:00.000Z');
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open');
    for (let n = 1; n <= 30; n += 1) {
      await repos.meetings.saveAttendance(meeting.id, { id: `a${n}`, kind: 'member', memberId: `demo-cllr-${String(n).padStart(2, '0')}`, status: 'present' });
    }
    const item = (await repos.agenda.listForMeeting(meeting.id)).find((i) => i.kind === 'report')!;
    // Only a member who attended declares: one who sent an apology, or is not in the register, is refused and nothing is saved.
    await repos.meetings.saveAttendance(meeting.id, { id: 'a31', kind: 'member', memberId: 'demo-cllr-31', status: 'apology' });
    await expect(repos.agenda.saveDeclarations(item.id, [{ memberId: 'demo-cllr-31', interest: 'Owns a supplier', leftMeeting: true }])).rejects.toThrow(
      /sent an apology and cannot declare an interest at this meeting\./,
    );
    await expect(repos.agenda.saveDeclarations(item.id, [{ memberId: 'demo-cllr-32', interest: 'Owns a supplier', leftMeeting: true }])).rejects.toThrow(
      /is not in the attendance register: record their attendance before their declaration\./,
    );
    expect((await repos.agenda.getById(item.id)).declarations ?? []).toEqual([]);
    await repos.agenda.saveDeclarations(item.id, [{ memberId: 'demo-cllr-07', interest: 'Director of a bidding company', leftMeeting: true }]);
    const motion = await repos.resolutions.propose(item.id);
    await expect(
      repos.resolutions.recordVote(motion.id, {
        voteKind: 'named',
        namedVotes: [
          { memberId: 'demo-cllr-06', choice: 'for' },
          { memberId: 'demo-cllr-07', choice: 'for' },
        ],
        votedAt: '2026-11-23T08:30:00.000Z',
      }),
    ).rejects.toMatchObject({ fieldErrors: { 'namedVotes.1.memberId': 'This member declared an interest in the item and may not vote on it.' } });
  });

  it('names an official as responsible for an action arising only when chosen from the active officials', async () => {
    const repos = await setUp();
    const meeting = await schedule('2026-11-23T08:00:00.000Z');
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open');
    const item = (await repos.agenda.listForMeeting(meeting.id)).find((i) => i.kind === 'report')!;
    const report = { id: 'act-1', description: 'Report monthly', done: false };
    // A typed name, a councillor and no one at all are refused, and nothing is saved.
    await expect(repos.agenda.saveActions(item.id, [{ ...report, official: 'Mr R Hlungwani' }])).rejects.toThrow(
      'Choose the responsible official from the officials.',
    );
    await expect(repos.agenda.saveActions(item.id, [{ ...report, officialId: 'demo-cllr-01' }])).rejects.toThrow(/not one of the officials/);
    await expect(repos.agenda.saveActions(item.id, [{ ...report, officialId: 'no-such-person' }])).rejects.toBeInstanceOf(AgendaChangeError);
    expect((await repos.agenda.getById(item.id)).actions ?? []).toEqual([]);
    // The official chosen is stored with their one name, whatever name the caller sent.
    const saved = await repos.agenda.saveActions(item.id, [{ ...report, officialId: 'demo-off-tech', official: 'someone else' }]);
    expect(saved.actions).toEqual([{ ...report, officialId: 'demo-off-tech', official: 'Rhulani Hlungwani' }]);
  });

  it('confirms minutes at the next meeting, locks them, and records corrections beside them', async () => {
    const repos = await setUp();
    const first = await schedule('2026-11-23T08:00:00.000Z');
    await repos.meetingWorkflow.act(first.id, 'issue_notice');
    await repos.meetingWorkflow.act(first.id, 'open');
    const item = (await repos.agenda.listForMeeting(first.id)).find((i) => i.kind === 'opening')!;
    await repos.agenda.saveMinutes(item.id, { discussion: [{ kind: 'paragraph', runs: [{ text: 'The Speaker welcomed all present.' }] }], decision: 'noted' });
    await repos.meetingWorkflow.act(first.id, 'close');
    await repos.meetingWorkflow.act(first.id, 'prepare_minutes');
    await repos.meetingWorkflow.act(first.id, 'circulate_minutes');

    const second = await schedule('2027-01-28T08:00:00.000Z');
    const confirmItem = (await repos.agenda.listForMeeting(second.id)).find((i) => i.kind === 'confirmation_of_minutes')!;
    await expect(repos.meetingWorkflow.confirmMinutes(first.id, confirmItem.id)).rejects.toThrow(/in session/);
    await repos.meetingWorkflow.act(second.id, 'issue_notice');
    await repos.meetingWorkflow.act(second.id, 'open', undefined, { anotherDay: true });
    await repos.meetingWorkflow.confirmMinutes(first.id, confirmItem.id);

    const confirmed = await repos.meetings.getById(first.id);
    expect(confirmed).toMatchObject({ status: 'minutes_confirmed', confirmedByMeetingId: second.id });
    expect((await repos.agenda.findById(confirmItem.id))?.confirmsMeetingId).toBe(first.id);
    await expect(repos.agenda.saveMinutes(item.id, { decisionNote: 'sneaky edit' })).rejects.toThrow(/confirmed and locked/);
    await expect(repos.resolutions.propose(item.id)).rejects.toBeInstanceOf(ResolutionChangeError);
    const corrected = await repos.meetings.recordCorrection(first.id, { reason: 'Misspelt name', target: 'Item 1', before: 'Mokoena', after: 'Mokwena' });
    expect(corrected.corrections).toEqual([expect.objectContaining({ by: 'Thuli Secretary', reason: 'Misspelt name', before: 'Mokoena', after: 'Mokwena' })]);
    await expect(repos.meetingWorkflow.act(first.id, 'open')).rejects.toBeInstanceOf(MeetingLifecycleError);
  });

  it('takes one of two steps started at once from the same state, and refuses the other: no step is written over', async () => {
    const repos = await setUp();
    const meeting = await schedule('2027-01-28T08:00:00.000Z');
    // Two clicks (or two windows) act on the draft at the same moment.
    const outcomes = await Promise.allSettled([
      repos.meetingWorkflow.act(meeting.id, 'issue_notice'),
      repos.meetingWorkflow.act(meeting.id, 'postpone', 'The venue is flooded'),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(MeetingLifecycleError);
    const stored = await repos.meetings.getById(meeting.id);
    expect(stored.history).toHaveLength(1);
    expect(stored.status).toBe(stored.history[0]!.to);
  });

  it('refuses to issue a notice when another meeting of the body has the same number', async () => {
    const repos = await setUp();
    const a = await schedule('2027-01-28T08:00:00.000Z');
    const b = await repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'special',
      title: 'Special Council',
      startsAt: '2027-02-10T08:00:00.000Z',
      venue: 'Chamber',
      sequence: a.sequence!,
    });
    await expect(repos.meetingWorkflow.act(b.id, 'issue_notice')).rejects.toBeInstanceOf(MeetingChangeError);
    expect((await repos.meetings.getById(b.id)).status).toBe('draft');
  });

  it('tracks a resolution in the register until implemented, and links a revocation both ways', async () => {
    const repos = await setUp();
    const meeting = await schedule('2026-11-23T08:00:00.000Z');
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open');
    for (let n = 1; n <= 30; n += 1) {
      await repos.meetings.saveAttendance(meeting.id, { id: `a${n}`, kind: 'member', memberId: `demo-cllr-${String(n).padStart(2, '0')}`, status: 'present' });
    }
    const item = (await repos.agenda.listForMeeting(meeting.id)).find((i) => i.kind === 'report')!;
    const r = await repos.resolutions.propose(item.id, 'Water tariffs');
    await repos.resolutions.saveWording(r.id, { text: 'RESOLVED – THAT the tariffs be approved.', moverId: 'demo-cllr-05', seconderId: 'demo-cllr-07' });
    await repos.resolutions.recordVote(r.id, { voteKind: 'unanimous', votedAt: '2026-11-23T08:30:00.000Z' });
    const responsible = await repos.resolutions.setResponsibility(r.id, {
      departmentId: 'dept-fin',
      responsibleOfficialId: 'demo-off-cfo',
      dueDate: '2027-01-31',
    });
    // The responsible official is one of the officials: the register keeps their id and their one name.
    expect(responsible).toMatchObject({ responsibleOfficialId: 'demo-off-cfo', responsibleOfficial: 'Ronel Steyn' });
    await expect(repos.resolutions.setResponsibility(r.id, { responsibleOfficialId: 'demo-cllr-05' })).rejects.toMatchObject({
      fieldErrors: { responsibleOfficialId: 'That person is not one of the officials: choose the responsible officer from the list.' },
    });
    // An official who has left is chosen for no new resolution, but the one responsible stays
    // responsible when only the due date changes.
    const leaver = await repos.members.create({ fullName: 'Left Official', kind: 'official', seat: 'none', active: false });
    await expect(
      repos.resolutions.setResponsibility(r.id, { departmentId: 'dept-fin', responsibleOfficialId: leaver.id, dueDate: '2027-01-31' }),
    ).rejects.toMatchObject({
      fieldErrors: { responsibleOfficialId: 'Left Official is no longer an active official: choose another.' },
    });
    await repos.members.update('demo-off-cfo', () => ({ active: false }));
    expect(
      await repos.resolutions.setResponsibility(r.id, { departmentId: 'dept-fin', responsibleOfficialId: 'demo-off-cfo', dueDate: '2027-02-28' }),
    ).toMatchObject({ responsibleOfficialId: 'demo-off-cfo', dueDate: '2027-02-28' });
    now = new Date('2026-12-01T08:00:00.000Z');
    const progressed = await repos.resolutions.addProgress(r.id, 'Tariffs published in the Provincial Gazette.', 'implemented');
    expect(progressed.status).toBe('implemented');
    expect(progressed.progress).toEqual([expect.objectContaining({ at: '2026-12-01T08:00:00.000Z', status: 'implemented', by: 'Thuli Secretary' })]);

    const later = await repos.resolutions.propose(item.id, 'Revoke the water tariffs');
    await repos.resolutions.recordVote(later.id, { voteKind: 'unanimous', votedAt: '2026-11-23T09:00:00.000Z' });
    await repos.resolutions.revoke(r.id, later.id);
    expect(await repos.resolutions.findById(r.id)).toMatchObject({ status: 'revoked', revokedById: later.id });
    expect(await repos.resolutions.findById(later.id)).toMatchObject({ revokesId: r.id });
    expect(later.number).toBe('C 1002/2026');
    const register = await firstValueFrom(repos.resolutions.watchAll());
    expect(register.map((x) => x.number)).toContain('C 1002/2026');
  });

  it('saves minutes as they are typed, keeping one audit entry per burst of typing', async () => {
    const repos = await setUp();
    const meeting = await schedule('2026-11-23T08:00:00.000Z');
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open');
    const item = (await repos.agenda.listForMeeting(meeting.id))[0]!;
    let text = '';
    for (const word of ['The', 'Speaker', 'welcomed', 'everyone', '<script>alert(1)</script>', '🏛️', 'مجلس']) {
      text = `${text} ${word}`.trim();
      now = new Date(now.getTime() + 500);
      await repos.agenda.saveMinutes(item.id, { discussion: [{ kind: 'paragraph', runs: [{ text }] }] });
    }
    expect((await repos.agenda.findById(item.id))?.discussion?.[0]?.runs[0]?.text).toBe('The Speaker welcomed everyone <script>alert(1)</script> 🏛️ مجلس');
    const history = await firstValueFrom(repos.audit.watchRecord('agendaitems', item.id));
    const typing = history.filter((e) => e.fields.includes('discussion'));
    expect(typing).toHaveLength(1);
    expect(typing[0]).toMatchObject({ action: 'update', times: 7, fields: ['discussion'], actor: 'Thuli Secretary' });
    expect(Date.parse(typing[0]!.until!) - Date.parse(typing[0]!.at)).toBe(3000);
  });
});
