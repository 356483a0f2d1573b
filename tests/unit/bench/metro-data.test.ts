/**
 * The benchmark's metro data set (bench/data): deterministic, of exactly the sizes asked for,
 * the same however it is chunked, valid for the app, internally consistent and realistic
 * enough to measure the app on. Small scales keep this fast; the generator's promises do not
 * depend on the scale.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_MEETING_ITEMS } from '../../../bench/data/meetings';
import { METRO_SIZES, MetroDataSet, MIN_SCALE, scaledSizes, type MeetingChunk, type MetroSizes, type QueryChunk } from '../../../bench/data/metro';
import { recordId } from '../../../bench/data/random';
import { checkBody } from '../../../shared/domain/bodies';
import { checkMeeting } from '../../../shared/domain/meetings';
import { checkQuery, isQueryOpen, isQueryOverdue, receivedDate } from '../../../shared/domain/queries';
import { parseQueryReference } from '../../../shared/domain/query-reference';
import { checkStakeholder } from '../../../shared/domain/stakeholders';
import { today as todayIn } from '../../../shared/domain/time';
import { recordValidator, type CollectionName, type RecordTypes, type Stakeholder } from '../../../shared/schemas';
import type { FieldErrors } from '../../../shared/validation/record-validator';

const NOW = new Date('2026-03-11T10:30:00.000Z');
const TODAY = todayIn('Africa/Johannesburg', NOW);
const FIVE_YEARS_AGO = new Date(Date.UTC(NOW.getUTCFullYear() - 5, NOW.getUTCMonth(), NOW.getUTCDate(), NOW.getUTCHours(), NOW.getUTCMinutes())).toISOString();
const DAY_MS = 86_400_000;
const SEED = 8;
const SCALE = 0.02;
const SIZES = scaledSizes(SCALE);
const HELD = ['closed', 'minutes_draft', 'minutes_circulated', 'minutes_confirmed'];

interface Everything {
  set: MetroDataSet;
  meetings: MeetingChunk;
  stakeholders: Stakeholder[];
  queries: QueryChunk;
}

function generate(seed: number, sizes: MetroSizes, now = NOW): Everything {
  const set = new MetroDataSet({ seed, sizes, now });
  return {
    set,
    meetings: set.meetingRange(0, sizes.meetings),
    stakeholders: set.stakeholderRange(0, sizes.stakeholders),
    queries: set.queryRange(0, sizes.queries),
  };
}

let cached: Everything | undefined;
/** The set the tests below look at: seed 8 at 2 % of the metro, generated once. */
function metro(): Everything {
  cached ??= generate(SEED, SIZES);
  return cached;
}

/** Generates [0, total) in chunks of `size`, last chunk first, and puts them back in order. */
function inChunks<T>(total: number, size: number, range: (from: number, to: number) => T): T[] {
  const chunks: T[] = [];
  for (let from = Math.floor((total - 1) / size) * size; from >= 0; from -= size) chunks.unshift(range(from, from + size));
  return chunks;
}

function distinct<T>(values: readonly T[]): Set<T> {
  return new Set(values);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

describe('scaledSizes', () => {
  it('is the metro at scale 1 and rounds smaller scales', () => {
    expect(scaledSizes(1)).toEqual(METRO_SIZES);
    expect(METRO_SIZES).toEqual({ meetings: 2_000, agendaItems: 40_000, resolutions: 20_000, stakeholders: 20_000, queries: 100_000 });
    expect(scaledSizes(MIN_SCALE)).toEqual({ meetings: 20, agendaItems: 400, resolutions: 200, stakeholders: 200, queries: 1_000 });
    expect(scaledSizes(0.0123)).toEqual({ meetings: 25, agendaItems: 492, resolutions: 246, stakeholders: 246, queries: 1_230 });
  });

  it('refuses scales below MIN_SCALE and non-numbers', () => {
    for (const scale of [MIN_SCALE * 0.99, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => scaledSizes(scale), String(scale)).toThrow(RangeError);
    }
  });
});

describe('determinism', () => {
  it('gives identical records for the same seed, sizes and day, from separate instances', () => {
    const a = metro().set;
    const b = new MetroDataSet({ seed: SEED, sizes: SIZES, now: NOW });
    expect(b.meetingRange(0, 5)).toEqual(a.meetingRange(0, 5));
    expect(b.meetingRange(SIZES.meetings - 3, SIZES.meetings)).toEqual(a.meetingRange(SIZES.meetings - 3, SIZES.meetings));
    expect(b.stakeholderRange(100, 130)).toEqual(a.stakeholderRange(100, 130));
    expect(b.queryRange(0, 50)).toEqual(a.queryRange(0, 50));
    expect(b.queryRange(1_900, 2_000)).toEqual(a.queryRange(1_900, 2_000));
    expect(b.members).toEqual(a.members);
    expect(b.bodies).toEqual(a.bodies);
    expect(b.budgetMeetingId).toBe(a.budgetMeetingId);
  });

  it('gives different records for a different seed', () => {
    const a = metro().set;
    const b = new MetroDataSet({ seed: SEED + 1, sizes: SIZES, now: NOW });
    const ids = (chunk: { id: string }[]) => chunk.map((r) => r.id);
    expect(ids(b.meetingRange(0, 5).meetings)).not.toEqual(ids(a.meetingRange(0, 5).meetings));
    expect(b.meetingRange(0, 5).agendaItems.map((i) => i.title)).not.toEqual(a.meetingRange(0, 5).agendaItems.map((i) => i.title));
    expect(b.stakeholderRange(0, 20).map((s) => s.name)).not.toEqual(a.stakeholderRange(0, 20).map((s) => s.name));
    expect(b.queryRange(0, 20).queries.map((q) => q.description)).not.toEqual(a.queryRange(0, 20).queries.map((q) => q.description));
    expect(ids(b.members)).not.toEqual(ids(a.members));
  });
});

describe('sizes', () => {
  it('has exactly the meetings, agenda items, resolutions, stakeholders and queries asked for', () => {
    const { meetings, stakeholders, queries } = metro();
    expect(meetings.meetings).toHaveLength(SIZES.meetings);
    expect(meetings.agendaItems).toHaveLength(SIZES.agendaItems);
    expect(meetings.resolutions).toHaveLength(SIZES.resolutions);
    expect(stakeholders).toHaveLength(SIZES.stakeholders);
    expect(queries.queries).toHaveLength(SIZES.queries);
    // Every query has a timeline: at least its 'created' event.
    expect(queries.events.length).toBeGreaterThanOrEqual(SIZES.queries);
  });

  it('is exact at an awkward scale too', () => {
    const sizes = scaledSizes(0.0137);
    const { meetings, stakeholders, queries } = generate(3, sizes);
    expect({
      meetings: meetings.meetings.length,
      agendaItems: meetings.agendaItems.length,
      resolutions: meetings.resolutions.length,
      stakeholders: stakeholders.length,
      queries: queries.queries.length,
    }).toEqual(sizes);
  });

  it('plans exact agenda item and resolution totals for many seeds', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      for (const scale of [MIN_SCALE, 0.03]) {
        const sizes = scaledSizes(scale);
        const plan = new MetroDataSet({ seed, sizes, now: NOW }).meetingPlan;
        expect([plan.meetings.length, plan.totalItems, plan.totalResolutions], `seed ${seed}, scale ${scale}`).toEqual([
          sizes.meetings,
          sizes.agendaItems,
          sizes.resolutions,
        ]);
      }
    }
  });

  it('stops ranges at the end of the set', () => {
    const { set } = metro();
    expect(set.meetingRange(SIZES.meetings - 2, SIZES.meetings + 10).meetings).toHaveLength(2);
    expect(set.stakeholderRange(SIZES.stakeholders - 1, SIZES.stakeholders + 10)).toHaveLength(1);
    expect(set.queryRange(SIZES.queries, SIZES.queries + 10).queries).toHaveLength(0);
  });
});

describe('chunking', () => {
  it('gives the same records in chunks of 7, generated in any order, as in one range', () => {
    const whole = metro();
    const fresh = new MetroDataSet({ seed: SEED, sizes: SIZES, now: NOW });

    const meetingChunks = inChunks(SIZES.meetings, 7, (from, to) => fresh.meetingRange(from, to));
    expect(meetingChunks.flatMap((c) => c.meetings)).toEqual(whole.meetings.meetings);
    expect(meetingChunks.flatMap((c) => c.agendaItems)).toEqual(whole.meetings.agendaItems);
    expect(meetingChunks.flatMap((c) => c.resolutions)).toEqual(whole.meetings.resolutions);

    expect(inChunks(SIZES.stakeholders, 7, (from, to) => fresh.stakeholderRange(from, to)).flat()).toEqual(whole.stakeholders);

    const queryChunks = inChunks(SIZES.queries, 7, (from, to) => fresh.queryRange(from, to));
    expect(queryChunks.flatMap((c) => c.queries)).toEqual(whole.queries.queries);
    expect(queryChunks.flatMap((c) => c.events)).toEqual(whole.queries.events);
  });
});

describe("the app's validation", () => {
  /** Schema errors by the app's own validator, then the domain rules its repositories apply. */
  function invalid<K extends CollectionName>(name: K, records: readonly RecordTypes[K][], check?: (record: RecordTypes[K]) => FieldErrors) {
    const validator = recordValidator(name);
    return records.flatMap((record) => {
      const schemaErrors = validator.check(record);
      const errors = Object.keys(schemaErrors).length > 0 ? schemaErrors : (check?.(record) ?? {});
      return Object.keys(errors).length > 0 ? [{ name, id: record.id, errors }] : [];
    });
  }

  it('accepts every record: schemas and domain rules', () => {
    const { set, meetings, stakeholders, queries } = metro();
    expect(invalid('members', set.members)).toEqual([]);
    expect(invalid('bodies', set.bodies, checkBody)).toEqual([]);
    expect(invalid('meetings', meetings.meetings, checkMeeting)).toEqual([]);
    expect(invalid('agendaitems', meetings.agendaItems)).toEqual([]);
    expect(invalid('resolutions', meetings.resolutions)).toEqual([]);
    expect(invalid('stakeholders', stakeholders, checkStakeholder)).toEqual([]);
    expect(invalid('queries', queries.queries, checkQuery)).toEqual([]);
    expect(invalid('queryevents', queries.events)).toEqual([]);
  });

  it('would notice an invalid record', () => {
    const meeting = { ...metro().meetings.meetings[0], status: 'sleeping' } as unknown as RecordTypes['meetings'];
    expect(invalid('meetings', [meeting])).toHaveLength(1);
  });
});

describe('referential integrity', () => {
  it('gives every record of every collection its own id', () => {
    const { set, meetings, stakeholders, queries } = metro();
    const ids = [set.members, set.bodies, meetings.meetings, meetings.agendaItems, meetings.resolutions, stakeholders, queries.queries, queries.events].flatMap(
      (list) => list.map((r: { id: string }) => r.id),
    );
    expect(ids.length).toBeGreaterThan(15_000);
    expect(duplicates(ids)).toEqual([]);
  });

  it('draws ids from more than 32 bits: 400,000 timeline event ids do not repeat', () => {
    // A metro has ~680,000 timeline events; ids from a 32-bit state would repeat a few times here.
    const seen = new Set<string>();
    let repeated = 0;
    for (let query = 0; query < 80_000; query += 1) {
      for (let event = 0; event < 5; event += 1) {
        const id = recordId(SEED, 'queryevent', query, event);
        if (seen.has(id)) repeated += 1;
        seen.add(id);
      }
    }
    expect(repeated).toBe(0);
    expect(recordId(SEED, 'queryevent', 1, 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('links agenda items and resolutions to meetings and items that exist', () => {
    const { set, meetings } = metro();
    const meetingIds = distinct(meetings.meetings.map((m) => m.id));
    const itemById = new Map(meetings.agendaItems.map((item) => [item.id, item]));
    const bodyIds = distinct(set.bodies.map((b) => b.id));
    const memberIds = distinct(set.members.map((m) => m.id));
    const departmentIds = distinct(set.departments.map((d) => d.id));
    const broken: string[] = [];
    for (const meeting of meetings.meetings) {
      if (!bodyIds.has(meeting.bodyId)) broken.push(`meeting ${meeting.id}: body`);
      if (meeting.chairpersonId && !memberIds.has(meeting.chairpersonId)) broken.push(`meeting ${meeting.id}: chairperson`);
      for (const entry of meeting.attendance) if (entry.memberId && !memberIds.has(entry.memberId)) broken.push(`meeting ${meeting.id}: attendance`);
    }
    for (const item of meetings.agendaItems) {
      if (!meetingIds.has(item.meetingId)) broken.push(`item ${item.id}: meeting`);
      if (item.parentId !== '' && itemById.get(item.parentId)?.meetingId !== item.meetingId) broken.push(`item ${item.id}: parent`);
      if (item.departmentId && !departmentIds.has(item.departmentId)) broken.push(`item ${item.id}: department`);
      for (const declaration of item.declarations ?? []) if (!memberIds.has(declaration.memberId)) broken.push(`item ${item.id}: declaration`);
    }
    for (const resolution of meetings.resolutions) {
      if (!meetingIds.has(resolution.meetingId)) broken.push(`resolution ${resolution.id}: meeting`);
      if (itemById.get(resolution.agendaItemId ?? '')?.meetingId !== resolution.meetingId) broken.push(`resolution ${resolution.id}: agenda item`);
      if (!bodyIds.has(resolution.bodyId)) broken.push(`resolution ${resolution.id}: body`);
      for (const memberId of [resolution.moverId, resolution.seconderId, ...(resolution.namedVotes ?? []).map((v) => v.memberId)]) {
        if (memberId && !memberIds.has(memberId)) broken.push(`resolution ${resolution.id}: member`);
      }
      if (resolution.departmentId && !departmentIds.has(resolution.departmentId)) broken.push(`resolution ${resolution.id}: department`);
    }
    expect(broken).toEqual([]);
    // Items that led to a resolution say so.
    for (const resolution of meetings.resolutions) expect(itemById.get(resolution.agendaItemId ?? '')?.decision).toBe('resolved');
  });

  it('links queries to stakeholders in the range and events to queries', () => {
    const { set, stakeholders, queries } = metro();
    const stakeholderIds = distinct(stakeholders.map((s) => s.id));
    const queryIds = distinct(queries.queries.map((q) => q.id));
    const departmentIds = distinct(set.departments.map((d) => d.id));
    expect(queries.queries.filter((q) => !stakeholderIds.has(q.stakeholderId)).map((q) => q.id)).toEqual([]);
    expect(queries.queries.filter((q) => q.departmentId && !departmentIds.has(q.departmentId)).map((q) => q.id)).toEqual([]);
    expect(queries.events.filter((e) => !queryIds.has(e.queryId)).map((e) => e.id)).toEqual([]);
    expect(stakeholders.filter((s) => s.mergedIntoId && !stakeholderIds.has(s.mergedIntoId)).map((s) => s.id)).toEqual([]);
    // Queries are spread over many stakeholders, not all on the first few.
    expect(distinct(queries.queries.map((q) => q.stakeholderId)).size).toBeGreaterThan(SIZES.stakeholders / 4);
  });

  it("keeps each query's timeline in order and its status where the timeline ends", () => {
    const { queries } = metro();
    const timelines = new Map<string, typeof queries.events>();
    for (const event of queries.events) timelines.set(event.queryId, [...(timelines.get(event.queryId) ?? []), event]);
    const wrong: string[] = [];
    for (const query of queries.queries) {
      const events = timelines.get(query.id) ?? [];
      if (events[0]?.kind !== 'created') wrong.push(`${query.reference}: first event`);
      if (events.some((e, i) => i > 0 && e.at < (events[i - 1]?.at ?? ''))) wrong.push(`${query.reference}: order`);
      if (events.findLast((e) => e.toStatus)?.toStatus !== query.status) wrong.push(`${query.reference}: status`);
      if (query.createdAt !== events[0]?.at || query.updatedAt !== events.at(-1)?.at) wrong.push(`${query.reference}: stamps`);
      if (events[0] && events[0].at < query.receivedAt) wrong.push(`${query.reference}: logged before received`);
    }
    expect(wrong).toEqual([]);
  });

  it('numbers meetings and resolutions uniquely, and gives queries unique references of their year', () => {
    const { meetings, queries } = metro();
    expect(duplicates(meetings.meetings.map((m) => m.number ?? ''))).toEqual([]);
    expect(duplicates(meetings.resolutions.map((r) => r.number))).toEqual([]);
    expect(duplicates(queries.queries.map((q) => q.reference))).toEqual([]);
    for (const query of queries.queries) {
      const parts = parseQueryReference(query.reference);
      expect(parts, query.reference).not.toBeNull();
      expect(parts?.year, query.reference).toBe(Number(receivedDate(query).slice(0, 4)));
    }
  });
});

describe('realistic data', () => {
  /** Every date-time string in a record (at any depth), with its path. */
  function instants(record: object, path = ''): [string, string][] {
    return Object.entries(record).flatMap(([key, value]): [string, string][] => {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return [[`${path}${key}`, value]];
      if (value && typeof value === 'object') return instants(value as object, `${path}${key}.`);
      return [];
    });
  }

  it('has nothing happen after now', () => {
    const { set, meetings, stakeholders, queries } = metro();
    const now = NOW.toISOString();
    const later: string[] = [];
    const collections: [string, object[]][] = [
      ['members', set.members],
      ['bodies', set.bodies],
      ['agendaitems', meetings.agendaItems],
      ['resolutions', meetings.resolutions],
      ['stakeholders', stakeholders],
      ['queries', queries.queries],
      ['queryevents', queries.events],
    ];
    for (const [name, records] of collections) {
      for (const record of records) for (const [path, at] of instants(record)) if (at > now) later.push(`${name} ${path} ${at}`);
    }
    // A meeting may be scheduled ahead (startsAt, endsAt), but whatever was done to it was done by now.
    for (const meeting of meetings.meetings) {
      for (const [path, at] of instants(meeting)) if (path !== 'startsAt' && path !== 'endsAt' && at > now) later.push(`meeting ${path} ${at}`);
      if (HELD.includes(meeting.status) && meeting.startsAt > now) later.push(`meeting held in the future: ${meeting.startsAt}`);
    }
    for (const resolution of meetings.resolutions) if (resolution.adoptedOn > TODAY) later.push(`resolution adopted ${resolution.adoptedOn}`);
    expect(later).toEqual([]);
  });

  it('spreads meetings, queries and stakeholders over the five years before now', () => {
    const { meetings, stakeholders, queries } = metro();
    const inWindow = (at: string) => at >= FIVE_YEARS_AGO && at <= NOW.toISOString();
    expect(queries.queries.filter((q) => !inWindow(q.receivedAt)).map((q) => q.receivedAt)).toEqual([]);
    expect(queries.events.filter((e) => !inWindow(e.at)).map((e) => e.at)).toEqual([]);
    expect(stakeholders.filter((s) => !inWindow(s.createdAt)).map((s) => s.createdAt)).toEqual([]);
    // Meetings: the past five years, and the next two months' planned ones.
    const horizon = new Date(NOW.getTime() + 65 * DAY_MS).toISOString();
    expect(meetings.meetings.filter((m) => m.startsAt < FIVE_YEARS_AGO || m.startsAt > horizon).map((m) => m.startsAt)).toEqual([]);
    expect(meetings.meetings.filter((m) => m.startsAt > NOW.toISOString()).every((m) => m.status === 'draft' || m.status === 'notice_issued')).toBe(true);

    // The whole span is used, not a corner of it: every one of the five years has some of each.
    const years = (dates: string[]) => distinct(dates.map((d) => Math.floor((Date.parse(d) - Date.parse(FIVE_YEARS_AGO)) / (365.25 * DAY_MS))));
    for (const spread of [
      years(queries.queries.map((q) => q.receivedAt)),
      years(meetings.meetings.map((m) => m.startsAt)),
      years(stakeholders.map((s) => s.createdAt)),
    ]) {
      for (const year of [0, 1, 2, 3, 4]) expect(spread.has(year)).toBe(true);
    }
  });

  it('grows the query volume over the years', () => {
    const { queries } = metro();
    const yearAgo = new Date(NOW.getTime() - 365 * DAY_MS).toISOString();
    const fourYearsAgo = new Date(NOW.getTime() - 4 * 365 * DAY_MS).toISOString();
    const lastYear = queries.queries.filter((q) => q.receivedAt >= yearAgo).length;
    const firstYear = queries.queries.filter((q) => q.receivedAt < fourYearsAgo).length;
    expect(lastYear).toBeGreaterThan(firstYear * 1.2);
  });

  it('has queries in many states: mostly closed, some open, some overdue and escalated', () => {
    const { queries } = metro();
    const byStatus = new Map<string, number>();
    for (const query of queries.queries) byStatus.set(query.status, (byStatus.get(query.status) ?? 0) + 1);
    expect(byStatus.size).toBeGreaterThanOrEqual(6);
    for (const status of ['new', 'acknowledged', 'assigned', 'in_progress', 'awaiting_stakeholder', 'closed'])
      expect(byStatus.get(status), status).toBeGreaterThan(0);
    expect(byStatus.get('closed')).toBeGreaterThan(SIZES.queries / 2);

    const open = queries.queries.filter((q) => isQueryOpen(q));
    const overdue = open.filter((q) => isQueryOverdue(q, TODAY));
    expect(open.length).toBeGreaterThan(0);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(open.length);
    expect(overdue.some((q) => (q.escalationLevel ?? 0) > 0)).toBe(true);
    expect(distinct(queries.queries.map((q) => q.priority)).size).toBe(4);
    expect(distinct(queries.queries.map((q) => q.channel)).size).toBeGreaterThanOrEqual(6);
  });

  it('spreads the work over departments and wards', () => {
    const { set, meetings, stakeholders, queries } = metro();
    expect(set.departments.length).toBe(12);
    expect(distinct(queries.queries.map((q) => q.departmentId).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(distinct(meetings.agendaItems.map((i) => i.departmentId).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(distinct(queries.queries.map((q) => q.category)).size).toBeGreaterThanOrEqual(6);
    expect(distinct(queries.queries.map((q) => q.ward).filter(Boolean)).size).toBeGreaterThanOrEqual(60);
    expect(distinct(stakeholders.map((s) => s.ward).filter(Boolean)).size).toBeGreaterThanOrEqual(60);
    expect(distinct(meetings.meetings.map((m) => m.bodyId)).size).toBe(set.bodies.length);
    expect(distinct(meetings.meetings.map((m) => m.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('writes text of varying length and never leaves required text empty', () => {
    const { meetings, stakeholders, queries } = metro();
    const lengths = (texts: string[]) => texts.map((t) => t.length);
    const empty = (texts: string[]) => texts.filter((t) => t.trim() === '');
    // Required by the schemas, or what every record of the kind says in practice (a query's description).
    const required = [
      ...meetings.meetings.flatMap((m) => [m.title, m.venue]),
      ...meetings.agendaItems.map((i) => i.title),
      ...meetings.resolutions.flatMap((r) => [r.title, r.text ?? '']),
      ...stakeholders.map((s) => s.name),
      ...queries.queries.flatMap((q) => [q.subject, q.description ?? '']),
      ...queries.events.map((e) => e.text ?? ''),
    ];
    expect(empty(required)).toEqual([]);

    for (const texts of [
      queries.queries.map((q) => q.description ?? ''),
      queries.queries.map((q) => q.subject),
      meetings.resolutions.map((r) => r.text ?? ''),
      meetings.agendaItems.map((i) => i.title),
      meetings.agendaItems.flatMap((i) => (i.discussion ?? []).flatMap((block) => block.runs.map((run) => run.text))),
    ]) {
      const all = lengths(texts);
      expect(all.length).toBeGreaterThan(0);
      expect(Math.max(...all)).toBeGreaterThan(2 * Math.min(...all));
    }
    // A long tail: most descriptions are short, a few are letters.
    const descriptions = lengths(queries.queries.map((q) => q.description ?? '')).sort((a, b) => a - b);
    const medianLength = descriptions[Math.floor(descriptions.length / 2)] ?? 0;
    expect(descriptions.at(-1)).toBeGreaterThan(3 * medianLength);
  });
});

describe('the budget meeting', () => {
  it('is the latest Council meeting held at least a week ago, with 150 agenda items, all minuted', () => {
    const { set, meetings } = metro();
    const id = set.budgetMeetingId;
    expect(id).not.toBeNull();
    const meeting = meetings.meetings.find((m) => m.id === id);
    const council = set.bodies.find((b) => b.kind === 'council');
    expect(meeting?.bodyId).toBe(council?.id);
    expect(HELD).toContain(meeting?.status);
    const weekAgo = new Date(NOW.getTime() - 7 * DAY_MS).toISOString();
    expect(meeting && meeting.startsAt <= weekAgo).toBe(true);
    const laterCouncil = meetings.meetings.filter(
      (m) => m.bodyId === council?.id && HELD.includes(m.status) && m.startsAt <= weekAgo && m.startsAt > (meeting?.startsAt ?? ''),
    );
    expect(laterCouncil).toEqual([]);

    const items = meetings.agendaItems.filter((i) => i.meetingId === id);
    expect(BUDGET_MEETING_ITEMS).toBe(150);
    expect(items).toHaveLength(150);
    expect(items.filter((i) => !i.discussion?.length)).toEqual([]);
    expect(items.filter((i) => i.parentId !== '').length).toBeGreaterThan(100);
  });

  // MIN_SCALE is "the smallest scale that still has a meeting of every body and the 150-item meeting".
  it('exists at MIN_SCALE whatever the seed', () => {
    // Seeds 89 and 116 once had no Council meeting that sat, and so no budget meeting.
    const sizes = scaledSizes(MIN_SCALE);
    for (let seed = 0; seed < 120; seed += 1) {
      const set = new MetroDataSet({ seed, sizes, now: NOW });
      const plan = set.meetingPlan;
      expect(set.budgetMeetingId, `seed ${seed}`).not.toBeNull();
      expect(plan.meetings[plan.budgetMeeting]?.items, `seed ${seed}`).toBe(BUDGET_MEETING_ITEMS);
      expect(plan.meetings[plan.budgetMeeting]?.bodyIndex, `seed ${seed}`).toBe(0);
    }
    for (const seed of [89, 116]) {
      const set = new MetroDataSet({ seed, sizes, now: NOW });
      const { meetings, agendaItems } = set.meetingRange(set.meetingPlan.budgetMeeting, set.meetingPlan.budgetMeeting + 1);
      expect(meetings[0]?.id).toBe(set.budgetMeetingId);
      expect(HELD).toContain(meetings[0]?.status);
      expect(agendaItems).toHaveLength(BUDGET_MEETING_ITEMS);
    }
  });

  it('leaves every body at least one meeting at MIN_SCALE', () => {
    const sizes = scaledSizes(MIN_SCALE);
    for (let seed = 0; seed < 120; seed += 1) {
      const set = new MetroDataSet({ seed, sizes, now: NOW });
      expect(distinct(set.meetingPlan.meetings.map((m) => m.bodyIndex)).size, `seed ${seed}`).toBe(set.bodies.length);
    }
    const { meetings } = generate(SEED, sizes);
    expect(distinct(meetings.meetings.map((m) => m.bodyId))).toEqual(distinct(metro().set.bodies.map((b) => b.id)));
  });
});
