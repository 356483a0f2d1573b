/**
 * The meeting's record cannot contradict itself (issue 15), through the repositories: mover and
 * seconder present at the motion, opening on another day confirmed, close-time checks.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaNumbers, inAgendaOrder } from '../../../shared/domain/agenda-numbering';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import type { AttendanceEntry } from '../../../shared/schemas/meeting';
import { createTestData, type TestData } from '../support/test-database';

const COUNCIL = 'demo-body-council';
let now = new Date('2026-11-23T08:00:00.000Z');

describe('a meeting record that cannot contradict itself', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  async function setUp(at = '2026-11-23T08:00:00.000Z') {
    now = new Date(at);
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    return data.repos;
  }

  async function openMeeting(startsAt = '2026-11-23T08:00:00.000Z') {
    const repos = data.repos;
    const meeting = await repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt,
      venue: 'Council Chamber',
    });
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open', undefined, { anotherDay: true });
    return meeting;
  }

  const cllr = (n: number) => `demo-cllr-${String(n).padStart(2, '0')}`;

  /**
   * An attendance entry typed on another laptop whose clock ran ahead, and synced here: the
   * register's own time checks (no arrival in the future) never saw it on this laptop.
   */
  async function recordedElsewhere(meetingId: string, entry: AttendanceEntry) {
    const doc = await data.db.meetings.findOne(meetingId).exec();
    await doc!.incrementalModify((meeting) => ({ ...meeting, attendance: [...meeting.attendance, entry] }));
  }

  it('refuses a mover who sent an apology and a seconder who had not yet arrived, with the reason', async () => {
    const repos = await setUp();
    const meeting = await openMeeting();
    for (let n = 1; n <= 30; n += 1) {
      await repos.meetings.saveAttendance(meeting.id, { id: `a${n}`, kind: 'member', memberId: cllr(n), status: 'present' });
    }
    await repos.meetings.saveAttendance(meeting.id, { id: 'a31', kind: 'member', memberId: cllr(31), status: 'apology' });
    // Cllr 32 arrives at 11:45 (09:45 UTC); it is now 10:30 (08:30 UTC).
    await recordedElsewhere(meeting.id, { id: 'a32', kind: 'member', memberId: cllr(32), status: 'late', arrivedAt: '2026-11-23T09:45:00.000Z' });
    now = new Date('2026-11-23T08:30:00.000Z');
    const item = (await repos.agenda.listForMeeting(meeting.id)).find((i) => i.kind === 'report')!;
    const motion = await repos.resolutions.propose(item.id, 'Adjustment budget');
    await expect(repos.resolutions.saveWording(motion.id, { moverId: cllr(31) })).rejects.toMatchObject({
      fieldErrors: { moverId: expect.stringMatching(/sent an apology and cannot move a motion\.$/) as string },
    });
    await expect(repos.resolutions.saveWording(motion.id, { seconderId: cllr(32) })).rejects.toMatchObject({
      fieldErrors: { seconderId: expect.stringMatching(/arrived at 11:45, after the motion at 10:30, and cannot second it\.$/) as string },
    });
    await repos.resolutions.saveWording(motion.id, { moverId: cllr(1) });
    await expect(repos.resolutions.saveWording(motion.id, { seconderId: cllr(1) })).rejects.toMatchObject({
      fieldErrors: { seconderId: 'The seconder must be someone other than the mover.' },
    });
    await repos.resolutions.saveWording(motion.id, { seconderId: cllr(2) });
    expect(await repos.resolutions.findById(motion.id)).toMatchObject({ moverId: cllr(1), seconderId: cllr(2) });
    // Cllr 2 left at 10:40; at 11:00 a vote recorded at 10:50 finds the seconder gone.
    now = new Date('2026-11-23T09:00:00.000Z');
    await repos.meetings.saveAttendance(meeting.id, {
      id: 'a2',
      kind: 'member',
      memberId: cllr(2),
      status: 'left_early',
      departedAt: '2026-11-23T08:40:00.000Z',
    });
    await expect(repos.resolutions.recordVote(motion.id, { voteKind: 'unanimous', votedAt: '2026-11-23T08:50:00.000Z' })).rejects.toMatchObject({
      fieldErrors: { seconderId: expect.stringMatching(/left at 10:40, before the motion at 10:50, and cannot second it\.$/) as string },
    });
    expect((await repos.resolutions.findById(motion.id))?.outcome).toBe('pending');
  });

  it('asks before opening on another day than scheduled, and records when it was actually opened', async () => {
    const repos = await setUp('2026-12-04T15:08:00.000Z');
    const meeting = await repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt: '2026-12-10T07:00:00.000Z',
      venue: 'Council Chamber',
    });
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await expect(repos.meetingWorkflow.act(meeting.id, 'open')).rejects.toThrow(
      'Scheduled for Thursday, 10 December 2026; today is Friday, 04 December 2026. Confirm to open the meeting on another day than scheduled.',
    );
    expect((await repos.meetings.getById(meeting.id)).status).toBe('notice_issued');
    const opened = await repos.meetingWorkflow.act(meeting.id, 'open', undefined, { anotherDay: true });
    expect(opened).toMatchObject({ status: 'in_session', openedAt: '2026-12-04T15:08:00.000Z' });
  });

  it('refuses to close before the opening, before a recorded arrival, or in the future', async () => {
    const repos = await setUp('2026-11-23T15:08:00.000Z');
    const meeting = await openMeeting('2026-11-23T15:00:00.000Z');
    await recordedElsewhere(meeting.id, { id: 'late', kind: 'member', memberId: cllr(5), status: 'late', arrivedAt: '2026-11-23T15:45:00.000Z' });
    now = new Date('2026-11-23T15:13:00.000Z');
    await expect(repos.meetingWorkflow.act(meeting.id, 'close')).rejects.toThrow(
      /^The meeting cannot close at 17:13: Cllr .+'s arrival is recorded at 17:45\. Correct the attendance register first\.$/,
    );
    await expect(repos.meetingWorkflow.act(meeting.id, 'close', undefined, { at: '2026-11-23T15:00:00.000Z' })).rejects.toThrow(
      'The meeting cannot close at 17:00, before it opened at 17:08.',
    );
    now = new Date('2026-11-23T16:00:00.000Z');
    await expect(repos.meetingWorkflow.act(meeting.id, 'close', undefined, { at: '2026-11-23T16:30:00.000Z' })).rejects.toThrow(
      'The meeting cannot close at 18:30: that is in the future (it is now 18:00).',
    );
    expect((await repos.meetings.getById(meeting.id)).status).toBe('in_session');
    expect(await repos.meetingWorkflow.act(meeting.id, 'close')).toMatchObject({ status: 'closed', closedAt: '2026-11-23T16:00:00.000Z' });
  });

  it('refuses to adjourn for lack of a quorum while there is one, before asking for anything else', async () => {
    const repos = await setUp();
    const meeting = await openMeeting();
    for (let n = 1; n <= 23; n += 1) {
      await repos.meetings.saveAttendance(meeting.id, { id: `a${n}`, kind: 'member', memberId: cllr(n), status: 'present' });
    }
    await expect(repos.meetingWorkflow.act(meeting.id, 'adjourn_no_quorum', '')).rejects.toThrow(
      'There is a quorum (23 present, 23 needed): the meeting cannot be adjourned for lack of one.',
    );
  });

  it('inserts a new item at a chosen place in a draft agenda, with Closure kept last', async () => {
    const repos = await setUp();
    const meeting = await repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt: '2027-01-28T08:00:00.000Z',
      venue: 'Council Chamber',
    });
    const items = await repos.agenda.listForMeeting(meeting.id);
    const opening = items.find((i) => i.kind === 'opening')!;
    const closure = items.find((i) => i.kind === 'closure')!;
    await repos.agenda.addItem(meeting.id, { title: 'Oath of office', kind: 'report', inCommittee: false }, { after: opening.id });
    await repos.agenda.addItem(meeting.id, { title: 'Vote of thanks', kind: 'report', inCommittee: false }, { at: 'end' });
    await expect(repos.agenda.addItem(meeting.id, { title: 'After closure', kind: 'report', inCommittee: false }, { after: closure.id })).rejects.toThrow(
      'The closing items stay last: put the new item before them.',
    );
    const all = await repos.agenda.listForMeeting(meeting.id);
    const numbers = agendaNumbers(all);
    const outline = inAgendaOrder(all).map(({ item }) => `${numbers.get(item.id)} ${item.title}`);
    expect(outline.slice(0, 3)).toEqual(['1 Opening and welcome', '2 Oath of office', '3 Apologies and leave of absence']);
    expect(outline.slice(-2)).toEqual(['13 Vote of thanks', '14 Closure']);
  });

  it('no longer lists a meeting as upcoming once it is held, whatever its scheduled date', async () => {
    const repos = await setUp('2026-12-04T15:08:00.000Z');
    const meeting = await repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Early sitting',
      startsAt: '2026-12-10T07:00:00.000Z',
      venue: 'Council Chamber',
    });
    const upcoming = async () => (await firstValueFrom(repos.meetings.watchUpcoming('2026-12-04T00:00:00.000Z', 50))).map((m) => m.id);
    expect(await upcoming()).toContain(meeting.id);
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await repos.meetingWorkflow.act(meeting.id, 'open', undefined, { anotherDay: true });
    now = new Date('2026-12-04T16:00:00.000Z');
    await repos.meetingWorkflow.act(meeting.id, 'close');
    await repos.meetingWorkflow.act(meeting.id, 'prepare_minutes');
    expect(await upcoming()).not.toContain(meeting.id);
  });

  it('asks the reason of a late item and keeps it; items of a draft agenda are never late', async () => {
    const repos = await setUp();
    const meeting = await repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt: '2027-01-28T08:00:00.000Z',
      venue: 'Council Chamber',
    });
    const items = await repos.agenda.listForMeeting(meeting.id);
    const urgent = items.find((i) => i.kind === 'urgent')!;
    const onTime = await repos.agenda.addItem(meeting.id, { title: 'Water tariffs', kind: 'report', inCommittee: false, lateReason: 'ignored' }, { at: 'end' });
    expect(onTime.lateReason).toBeUndefined();
    await repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await expect(
      repos.agenda.addItem(meeting.id, { title: 'Burst main', kind: 'urgent', inCommittee: false, lateReason: '  ' }, { under: urgent.id }),
    ).rejects.toMatchObject({
      fieldErrors: { lateReason: 'Give the reason this item is late (added after the notice was issued).' },
    });
    const late = await repos.agenda.addItem(
      meeting.id,
      { title: 'Burst main', kind: 'urgent', inCommittee: false, lateReason: ' Burst on 27 January ' },
      { under: urgent.id },
    );
    expect(late).toMatchObject({ frozenNumber: '10.1', lateReason: 'Burst on 27 January' });
  });
});
