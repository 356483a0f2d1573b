/**
 * The benchmark's metro-scale data set: 2,000 meetings, 40,000 agenda items, 20,000
 * resolutions, 20,000 stakeholders and 100,000 queries with their timelines over five years, or
 * a scaled-down version of it. Deterministic: the same seed, sizes and day give the same records,
 * in Node (tests, the server's data) and in the browser (the app's IndexedDB).
 *
 * Records are produced in index ranges, so a caller can write them chunk by chunk and never hold
 * the whole set in memory.
 */
import type { AgendaItem, Body, Meeting, Member, QueryEvent, Resolution, Stakeholder, StakeholderQuery } from '../../shared/schemas';
import type { Department, MunicipalitySettings } from '../../shared/settings/areas';
import { DEFAULT_QUERY_SETTINGS, type QuerySettings } from '../../shared/settings/query-settings';
import { buildCouncil, type Council } from './council';
import { Clock } from './days';
import { MeetingPlan } from './meetings';
import { QueryPlan } from './queries';

export interface MetroSizes {
  meetings: number;
  agendaItems: number;
  resolutions: number;
  stakeholders: number;
  queries: number;
}

export const METRO_SIZES: Readonly<MetroSizes> = {
  meetings: 2_000,
  agendaItems: 40_000,
  resolutions: 20_000,
  stakeholders: 20_000,
  queries: 100_000,
};

/** The smallest scale that still has a meeting of every body and the 150-item meeting. */
export const MIN_SCALE = 0.01;

/** The metro sizes times `scale`, rounded. */
export function scaledSizes(scale: number): MetroSizes {
  if (!Number.isFinite(scale) || scale < MIN_SCALE) throw new RangeError(`The scale must be a number of at least ${MIN_SCALE}: ${scale}`);
  const of = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    meetings: of(METRO_SIZES.meetings),
    agendaItems: of(METRO_SIZES.agendaItems),
    resolutions: of(METRO_SIZES.resolutions),
    stakeholders: of(METRO_SIZES.stakeholders),
    queries: of(METRO_SIZES.queries),
  };
}

export interface MetroOptions {
  seed: number;
  sizes: MetroSizes;
  /** The moment the data describes: nothing in it happens later. */
  now: Date;
}

export interface MeetingChunk {
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  resolutions: Resolution[];
}

export interface QueryChunk {
  queries: StakeholderQuery[];
  events: QueryEvent[];
}

export class MetroDataSet {
  readonly council: Council;
  readonly meetingPlan: MeetingPlan;
  readonly queryPlan: QueryPlan;
  private readonly clock: Clock;

  constructor(readonly options: MetroOptions) {
    this.clock = new Clock(options.now);
    const setUp = this.clock.iso(this.clock.at(this.clock.today - 5 * 365 - 30, 480));
    this.council = buildCouncil(options.seed, {
      createdAt: setUp,
      createdBy: 'Council Support',
      updatedAt: setUp,
      updatedBy: 'Council Support',
      hasConflict: false,
    });
    this.meetingPlan = new MeetingPlan(options.seed, this.council, this.clock, options.sizes);
    this.queryPlan = new QueryPlan(options.seed, this.council, this.clock, options.sizes);
  }

  get municipality(): MunicipalitySettings {
    return this.council.municipality;
  }

  get departments(): Department[] {
    return this.council.departments;
  }

  get querySettings(): QuerySettings {
    return DEFAULT_QUERY_SETTINGS;
  }

  get members(): Member[] {
    return this.council.members;
  }

  get bodies(): Body[] {
    return this.council.bodies.map((plan) => plan.body);
  }

  /** The id of the 150-item meeting; null when the set is too small to hold one. */
  get budgetMeetingId(): string | null {
    const index = this.meetingPlan.budgetMeeting;
    return index >= 0 ? this.meetingPlan.meetingId(index) : null;
  }

  /** Meetings [from, to) with their agenda items and resolutions. */
  meetingRange(from: number, to: number): MeetingChunk {
    const chunk: MeetingChunk = { meetings: [], agendaItems: [], resolutions: [] };
    for (let i = from; i < Math.min(to, this.options.sizes.meetings); i += 1) {
      const records = this.meetingPlan.records(i);
      chunk.meetings.push(records.meeting);
      chunk.agendaItems.push(...records.agendaItems);
      chunk.resolutions.push(...records.resolutions);
    }
    return chunk;
  }

  stakeholderRange(from: number, to: number): Stakeholder[] {
    const list: Stakeholder[] = [];
    for (let i = from; i < Math.min(to, this.options.sizes.stakeholders); i += 1) list.push(this.queryPlan.stakeholder(i));
    return list;
  }

  /** Queries [from, to) with their timelines. */
  queryRange(from: number, to: number): QueryChunk {
    const chunk: QueryChunk = { queries: [], events: [] };
    for (let i = from; i < Math.min(to, this.options.sizes.queries); i += 1) {
      const { query, events } = this.queryPlan.query(i);
      chunk.queries.push(query);
      chunk.events.push(...events);
    }
    return chunk;
  }
}
