import { describe, expect, it } from 'vitest';
import { buildDemoMunicipality } from '../../../shared/demo/demo-municipality';
import { recordValidator } from '../../../shared/schemas';
import type { CollectionName } from '../../../shared/schemas/vocabulary';

const now = new Date('2026-11-23T08:00:00.000Z');

describe('the demo municipality', () => {
  const demo = buildDemoMunicipality(now);

  it('has Council, the Mayoral Committee, four portfolio committees and MPAC', () => {
    expect(demo.bodies.map((b) => b.kind).sort()).toEqual(
      ['council', 'mayoral_committee', 'mpac', 'portfolio_committee', 'portfolio_committee', 'portfolio_committee', 'portfolio_committee'].sort(),
    );
    const council = demo.bodies.find((b) => b.kind === 'council');
    expect(council?.memberships).toHaveLength(45);
  });

  it('has 45 councillors with parties, ward seats and proportional seats', () => {
    const councillors = demo.members.filter((m) => m.kind === 'councillor');
    expect(councillors).toHaveLength(45);
    expect(councillors.every((c) => c.party)).toBe(true);
    expect(councillors.filter((c) => c.seat === 'ward')).toHaveLength(23);
    expect(new Set(councillors.filter((c) => c.ward).map((c) => c.ward)).size).toBe(23);
  });

  it('has departments, officials, meetings and queries', () => {
    expect(demo.departments.length).toBeGreaterThanOrEqual(5);
    expect(demo.members.some((m) => m.position === 'Municipal Manager')).toBe(true);
    expect(demo.meetings.some((m) => m.startsAt > now.toISOString())).toBe(true);
    expect(demo.meetings.some((m) => m.startsAt < now.toISOString())).toBe(true);
    expect(demo.queries.length).toBeGreaterThan(3);
  });

  it('holds only records that satisfy their schemas', () => {
    const sets: [CollectionName, unknown[]][] = [
      ['members', demo.members],
      ['bodies', demo.bodies],
      ['meetings', demo.meetings],
      ['resolutions', demo.resolutions],
      ['stakeholders', demo.stakeholders],
      ['queries', demo.queries],
      ['queryevents', demo.queryEvents],
    ];
    for (const [name, records] of sets) {
      for (const record of records) expect(recordValidator(name).check(record), `${name} ${(record as { id: string }).id}`).toEqual({});
    }
  });

  it('links only to records that exist', () => {
    const memberIds = new Set(demo.members.map((m) => m.id));
    for (const body of demo.bodies) for (const m of body.memberships) expect(memberIds.has(m.memberId)).toBe(true);
    const bodyIds = new Set(demo.bodies.map((b) => b.id));
    for (const meeting of demo.meetings) expect(bodyIds.has(meeting.bodyId)).toBe(true);
    const stakeholderIds = new Set(demo.stakeholders.map((s) => s.id));
    for (const query of demo.queries) expect(stakeholderIds.has(query.stakeholderId)).toBe(true);
  });

  it('is the same every time for the same day', () => {
    expect(buildDemoMunicipality(now)).toEqual(demo);
    const ids = [...demo.members, ...demo.bodies, ...demo.meetings, ...demo.queries].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
