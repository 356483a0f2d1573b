/**
 * The attendance register through the meetings repository: impossible times refused with the
 * reason (nothing stored), and "mark everyone else present" as one write with one audit entry.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MeetingChangeError } from '../../../renderer/src/features/meetings/meetings.repository';
import { memberEntryId } from '../../../shared/domain/attendance';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../support/test-database';

const COUNCIL = 'demo-body-council';
// Monday 23 November 2026: the meeting starts and opens at 10:00 in Johannesburg (08:00 UTC).
let now = new Date('2026-11-23T08:00:00.000Z');
const councillor = (n: number) => `demo-cllr-${String(n).padStart(2, '0')}`;

describe('the attendance register', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  async function openMeeting() {
    now = new Date('2026-11-23T08:00:00.000Z');
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    const meeting = await data.repos.meetingWorkflow.schedule({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt: now.toISOString(),
      venue: 'Council Chamber',
    });
    await data.repos.meetingWorkflow.act(meeting.id, 'issue_notice');
    await data.repos.meetingWorkflow.act(meeting.id, 'open');
    return meeting.id;
  }

  it('refuses an arrival in the future, a departure before the arrival and times outside the sitting, storing nothing', async () => {
    const id = await openMeeting();
    now = new Date('2026-11-23T15:20:00.000Z'); // 17:20
    const { meetings } = data.repos;
    const late = { id: memberEntryId(councillor(23)), kind: 'member' as const, memberId: councillor(23), status: 'late' as const };
    await expect(meetings.saveAttendance(id, { ...late, arrivedAt: '2026-11-23T15:45:00.000Z' })).rejects.toThrow(
      new MeetingChangeError('17:45 is after now (17:20): an arrival cannot be recorded in the future.'),
    );
    const member = await data.repos.members.findById(councillor(23));
    const name = [member?.title, member?.fullName].filter(Boolean).join(' ');
    expect(name).toMatch(/^Cllr /);
    await expect(meetings.saveAttendance(id, { ...late, arrivedAt: '2026-11-23T14:30:00.000Z', departedAt: '2026-11-23T14:00:00.000Z' })).rejects.toThrow(
      `${name} left at 16:00, before arriving at 16:30.`,
    );
    await expect(meetings.saveAttendance(id, { ...late, arrivedAt: '2026-11-23T07:50:00.000Z' })).rejects.toThrow(
      /arrived at 09:50, before the meeting began at 10:00/,
    );
    expect((await meetings.getById(id)).attendance).toEqual([]);

    await meetings.saveAttendance(id, { ...late, arrivedAt: '2026-11-23T14:30:00.000Z', departedAt: '2026-11-23T15:00:00.000Z' });
    expect((await meetings.getById(id)).attendance).toHaveLength(1);

    // Closed at 17:20: a departure after that is refused, even when the clock has moved on.
    await data.repos.meetingWorkflow.act(id, 'close');
    now = new Date('2026-11-23T16:00:00.000Z');
    await expect(meetings.saveAttendance(id, { ...late, arrivedAt: '2026-11-23T14:30:00.000Z', departedAt: '2026-11-23T15:30:00.000Z' })).rejects.toThrow(
      /left at 17:30, when the meeting had closed at 17:20/,
    );
  });

  it('marks everyone else present in one write with one audit entry, keeping what was recorded', async () => {
    const id = await openMeeting();
    const { meetings, audit } = data.repos;
    await meetings.saveAttendance(id, { id: memberEntryId(councillor(4)), kind: 'member', memberId: councillor(4), status: 'apology' });
    const auditBefore = (await firstValueFrom(audit.watchRecord('meetings', id))).length;
    const revisionBefore = (await data.db.meetings.findOne(id).exec())!.revision;
    const all = Array.from({ length: 45 }, (_, i) => councillor(i + 1));
    expect(await meetings.markPresent(id, all)).toBe(44);
    const after = await meetings.getById(id);
    expect(after.attendance).toHaveLength(45);
    expect(after.attendance.find((e) => e.memberId === councillor(4))?.status).toBe('apology');
    expect(after.attendance.filter((e) => e.status === 'present')).toHaveLength(44);
    expect(Number((await data.db.meetings.findOne(id).exec())!.revision.split('-')[0])).toBe(Number(revisionBefore.split('-')[0]) + 1);
    expect((await firstValueFrom(audit.watchRecord('meetings', id))).length).toBe(auditBefore + 1);
    // Again: nothing to add, nothing written.
    expect(await meetings.markPresent(id, all)).toBe(0);
    expect((await firstValueFrom(audit.watchRecord('meetings', id))).length).toBe(auditBefore + 1);
  });

  it('refuses a viewer, storing nothing', async () => {
    const id = await openMeeting();
    data.repos.access.set({ name: 'vusi', roles: ['viewer'] });
    await expect(data.repos.meetings.markPresent(id, [councillor(1)])).rejects.toThrow(/viewer/);
    data.repos.access.set({ name: 'thuli', roles: ['secretariat'] });
    expect((await data.repos.meetings.getById(id)).attendance).toEqual([]);
  });
});
