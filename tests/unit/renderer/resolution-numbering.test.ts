/**
 * Numbering a motion when it is proposed (ResolutionRepository.propose): a meeting recorded
 * without its number in the year is given one through its own repository, and the resolution is
 * dated on the meeting's day in the municipality's time zone.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../support/test-database';

const COUNCIL = 'demo-body-council';

describe('proposing a motion', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  /** A meeting in session with one agenda item, recorded without a number in its year (as older records were). */
  async function unnumberedMeetingInSession(startsAt: string) {
    const now = new Date(startsAt);
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    const repos = data.repos;
    const meeting = await repos.meetings.create({
      bodyId: COUNCIL,
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      startsAt,
      venue: 'Council Chamber',
      status: 'in_session',
      history: [],
      attendance: [],
    });
    const item = await repos.agenda.create({
      meetingId: meeting.id,
      parentId: '',
      position: 1024,
      title: 'Adjustment budget',
      kind: 'report',
      inCommittee: false,
      decision: 'none',
    });
    return { repos, meeting, item };
  }

  it('numbers an unnumbered meeting through its repository: stamped and in the audit trail', async () => {
    const { repos, meeting, item } = await unnumberedMeetingInSession('2026-11-23T08:00:00.000Z');
    const before = await firstValueFrom(repos.audit.watchRecord('meetings', meeting.id));

    await repos.resolutions.propose(item.id);

    const numbered = await repos.meetings.getById(meeting.id);
    expect(numbered.sequence).toBeGreaterThan(0);
    expect(numbered.updatedBy).toBe('Thuli Secretary');
    const after = await firstValueFrom(repos.audit.watchRecord('meetings', meeting.id));
    // The clock stands still in this test, so entries are told apart by what they say, not their order.
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual(expect.objectContaining({ action: 'update', fields: ['sequence'] }));
  });

  it("dates the resolution on the meeting's day in the municipality's time zone", async () => {
    // 23:30 on 23 November in UTC is already 24 November in Johannesburg, the default zone.
    const { repos, item } = await unnumberedMeetingInSession('2026-11-23T23:30:00.000Z');
    const municipality = await repos.settings.getArea('municipality');
    await repos.settings.saveArea('municipality', { ...municipality, timeZone: 'UTC' });

    const motion = await repos.resolutions.propose(item.id);

    expect(motion.adoptedOn).toBe('2026-11-23');
  });
});
