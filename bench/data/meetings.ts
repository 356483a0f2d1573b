/**
 * Five years of meetings with their agendas, minutes and resolutions. A plan made once (which
 * body meets on which day, in which state, with how many items and resolutions) fixes the exact
 * totals; each meeting's records are then generated on demand from its own random stream, so
 * any range of meetings can be produced alone.
 *
 * One meeting is the "budget meeting": the latest Council meeting held at least a week ago,
 * with 150 agenda items fully minuted, for the minutes document's benchmark.
 */
import { agendaNumbers, POSITION_GAP } from '../../shared/domain/agenda-numbering';
import { DEFAULT_RESOLUTION_FORMAT, formatResolutionNumber } from '../../shared/domain/resolution-numbers';
import type { AgendaItem, Meeting, Resolution } from '../../shared/schemas';
import type { AttendanceEntry } from '../../shared/schemas/meeting';
import type { AgendaItemKind, ImplementationStatus, MeetingStatus, MeetingType } from '../../shared/schemas/vocabulary';
import { STANDARD_AGENDA } from '../../shared/settings/meetings';
import { allocate } from './allocate';
import type { Council } from './council';
import { type Clock, fromDayNumber, weekdayOnOrAfter } from './days';
import { Random, recordId } from './random';
import { discussion, fillPlaces, prose } from './text';
import { MOTION_SUBJECTS, REPORT_SUBJECTS } from './vocabulary';

export const BUDGET_MEETING_ITEMS = 150;
const YEARS = 5;
const FUTURE_DAYS = 60;
/** Statuses of a meeting that sat and has minutes. */
const HELD: readonly MeetingStatus[] = ['closed', 'minutes_draft', 'minutes_circulated', 'minutes_confirmed'];
/** At most this many resolutions per meeting: the default numbering gives each meeting a block of 99. */
const MAX_RESOLUTIONS = 99;

export interface PlannedMeeting {
  index: number;
  bodyIndex: number;
  day: number;
  startMinutes: number;
  type: MeetingType;
  status: MeetingStatus;
  sequence: number;
  items: number;
  resolutions: number;
  /** Global index of its first agenda item and first resolution. */
  itemOffset: number;
  resolutionOffset: number;
}

export interface MeetingRecords {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  resolutions: Resolution[];
}

function statusOf(random: Random, day: number, today: number): MeetingStatus {
  if (day > today + 14) return 'draft';
  if (day > today) return random.chance(0.7) ? 'notice_issued' : 'draft';
  if (day === today) return 'notice_issued';
  const roll = random.next();
  if (roll < 0.03) return 'postponed';
  if (roll < 0.05) return 'cancelled';
  if (roll < 0.06) return 'adjourned_no_quorum';
  const age = today - day;
  if (age <= 7) return random.chance(0.5) ? 'closed' : 'minutes_draft';
  if (age <= 45) return random.chance(0.6) ? 'minutes_draft' : 'minutes_circulated';
  return 'minutes_confirmed';
}

/** Top-level headings for a meeting of `count` items: the standard agenda, or a short one. */
function headings(count: number): { title: string; kind: AgendaItemKind; inCommittee?: boolean }[] {
  if (count >= 16) return STANDARD_AGENDA.items;
  return [
    { title: 'Opening and welcome', kind: 'opening' },
    { title: 'Apologies and leave of absence', kind: 'apologies' },
    { title: 'Declarations of interest', kind: 'declarations' },
    { title: 'Reports', kind: 'report' },
    { title: 'Closure', kind: 'closure' },
  ];
}

export class MeetingPlan {
  readonly meetings: PlannedMeeting[];
  /** The index of the 150-item meeting; -1 when the set is too small to hold one. */
  readonly budgetMeeting: number;

  constructor(
    private readonly seed: number,
    private readonly council: Council,
    private readonly clock: Clock,
    sizes: { meetings: number; agendaItems: number; resolutions: number },
  ) {
    const today = clock.today;
    const first = today - YEARS * 365;
    const span = YEARS * 365 + FUTURE_DAYS;
    const bodyWeights = council.bodies.map((b, i) => ({ value: i, weight: b.weight }));
    const sequences = new Map<string, number>();
    const plans: PlannedMeeting[] = [];
    const itemWeights: number[] = [];
    // Every body meets at least once (MIN_SCALE promises it): body k holds the meeting at k/n of
    // the way through the plan, Council the first; the others are drawn by weight.
    const bodyCount = council.bodies.length;
    const fixedBodies = new Map<number, number>([[0, 0]]);
    if (sizes.meetings >= bodyCount) for (let k = 1; k < bodyCount; k += 1) fixedBodies.set(Math.floor((k * sizes.meetings) / bodyCount), k);
    for (let index = 0; index < sizes.meetings; index += 1) {
      const random = Random.for(seed, 'meeting-plan', index);
      const bodyIndex = fixedBodies.get(index) ?? random.weighted(bodyWeights);
      const day = weekdayOnOrAfter(first + Math.floor(((index + random.next()) / sizes.meetings) * span));
      const type = random.weighted<MeetingType>([
        { value: 'ordinary', weight: 85 },
        { value: 'special', weight: 12 },
        { value: 'urgent', weight: 3 },
      ]);
      const year = fromDayNumber(day).slice(0, 4);
      const key = `${bodyIndex}|${year}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      const plan = council.bodies[bodyIndex];
      itemWeights.push((plan?.items ?? 10) * (0.6 + 0.8 * random.next()) * (type === 'ordinary' ? 1 : 0.4));
      plans.push({
        index,
        bodyIndex,
        day,
        startMinutes: bodyIndex === 0 ? 600 : random.pick([540, 600, 840]),
        type,
        status: statusOf(random, day, today),
        sequence: Math.min(sequence, 999),
        items: 0,
        resolutions: 0,
        itemOffset: 0,
        resolutionOffset: 0,
      });
    }

    // The budget meeting: the latest Council meeting that sat at least a week ago. If every
    // Council meeting that long ago was postponed, cancelled or inquorate (a few seeds of a small
    // set), the latest of them sat after all.
    let budget = -1;
    if (sizes.agendaItems >= BUDGET_MEETING_ITEMS + 5 * (sizes.meetings - 1)) {
      let latest: PlannedMeeting | undefined;
      for (const plan of plans) {
        if (plan.bodyIndex !== 0 || plan.day > today - 7) continue;
        latest = plan;
        if (HELD.includes(plan.status)) budget = plan.index;
      }
      if (budget < 0 && latest) {
        const age = today - latest.day;
        latest.status = age <= 7 ? 'closed' : age <= 45 ? 'minutes_circulated' : 'minutes_confirmed';
        budget = latest.index;
      }
    }
    this.budgetMeeting = budget;
    const itemCounts = allocate(
      sizes.agendaItems - (budget >= 0 ? BUDGET_MEETING_ITEMS : 0),
      itemWeights.map((w, i) => (i === budget ? 0 : w)),
      {
        min: Math.min(5, Math.floor(sizes.agendaItems / Math.max(1, sizes.meetings))),
        caps: itemWeights.map((_, i) => (i === budget ? 0 : Number.POSITIVE_INFINITY)),
      },
    );
    if (budget >= 0) itemCounts[budget] = BUDGET_MEETING_ITEMS;

    // Resolutions only where a meeting sat, at most two per item below the headings.
    const children = plans.map((p, i) => Math.max(0, (itemCounts[i] ?? 0) - headings(itemCounts[i] ?? 0).length));
    const resolutionCounts = allocate(
      sizes.resolutions,
      plans.map((p, i) => (HELD.includes(p.status) ? (children[i] ?? 0) + 0.5 : 0)),
      { caps: plans.map((p, i) => (HELD.includes(p.status) ? Math.min(MAX_RESOLUTIONS, 2 * (children[i] ?? 0)) : 0)) },
    );

    let itemOffset = 0;
    let resolutionOffset = 0;
    plans.forEach((plan, i) => {
      plan.items = itemCounts[i] ?? 0;
      plan.resolutions = resolutionCounts[i] ?? 0;
      plan.itemOffset = itemOffset;
      plan.resolutionOffset = resolutionOffset;
      itemOffset += plan.items;
      resolutionOffset += plan.resolutions;
    });
    this.meetings = plans;
  }

  get totalItems(): number {
    return this.meetings.reduce((sum, m) => sum + m.items, 0);
  }

  get totalResolutions(): number {
    return this.meetings.reduce((sum, m) => sum + m.resolutions, 0);
  }

  meetingId(index: number): string {
    return recordId(this.seed, 'meeting', index);
  }

  /** The meeting, its agenda and minutes, and its resolutions. */
  records(index: number): MeetingRecords {
    const plan = this.meetings[index];
    if (!plan) throw new RangeError(`No meeting ${index} in the plan.`);
    const random = Random.for(this.seed, 'meeting', index);
    const { clock, council } = this;
    const bodyPlan = council.bodies[plan.bodyIndex];
    if (!bodyPlan) throw new RangeError(`No body ${plan.bodyIndex}.`);
    const body = bodyPlan.body;
    const date = fromDayNumber(plan.day);
    const year = date.slice(0, 4);
    const start = clock.at(plan.day, plan.startMinutes);
    const held = HELD.includes(plan.status);
    const secretary = body.secretaryName ?? 'Committee secretary';
    const id = this.meetingId(index);
    const iso = (ms: number) => clock.iso(Math.min(ms, clock.now.getTime()));
    const notice = start - 7 * 86_400_000 - 2 * 3_600_000;
    const opened = start + random.int(0, 20) * 60_000;
    const closed = opened + random.int(90, 300) * 60_000;

    // Status history, each step at the time it happened.
    const history: Meeting['history'] = [];
    const step = (from: MeetingStatus, to: MeetingStatus, at: number, reason?: string) =>
      history.push({ at: iso(at), by: secretary, from, to, ...(reason ? { reason } : {}) });
    if (plan.status !== 'draft') step('draft', 'notice_issued', notice);
    if (plan.status === 'postponed') step('notice_issued', 'postponed', start - 86_400_000, 'The venue was not available.');
    if (plan.status === 'cancelled') step('notice_issued', 'cancelled', start - 86_400_000, 'The matters were referred to the next ordinary meeting.');
    if (plan.status === 'adjourned_no_quorum') step('notice_issued', 'adjourned_no_quorum', start + 30 * 60_000, 'No quorum after thirty minutes.');
    if (held) {
      step('notice_issued', 'in_session', opened);
      step('in_session', 'closed', closed);
      if (plan.status !== 'closed') step('closed', 'minutes_draft', closed + 86_400_000);
      if (plan.status === 'minutes_circulated' || plan.status === 'minutes_confirmed') step('minutes_draft', 'minutes_circulated', closed + 10 * 86_400_000);
      if (plan.status === 'minutes_confirmed') step('minutes_circulated', 'minutes_confirmed', closed + 30 * 86_400_000);
    }

    const members = body.memberships.map((m) => m.memberId);
    const attendance: AttendanceEntry[] = [];
    if (held || plan.status === 'adjourned_no_quorum') {
      for (const memberId of members) {
        const roll = random.next();
        const status: AttendanceEntry['status'] =
          plan.status === 'adjourned_no_quorum'
            ? roll < 0.4
              ? 'present'
              : 'apology'
            : roll < 0.85
              ? 'present'
              : roll < 0.93
                ? 'apology'
                : roll < 0.96
                  ? 'absent'
                  : roll < 0.98
                    ? 'late'
                    : 'left_early';
        attendance.push({
          id: `a-${memberId}`.slice(0, 40),
          kind: 'member',
          memberId,
          status,
          ...(status === 'late' ? { arrivedAt: iso(opened + random.int(10, 60) * 60_000) } : {}),
          ...(status === 'left_early' ? { departedAt: iso(closed - random.int(10, 60) * 60_000) } : {}),
          ...(status === 'apology' && random.chance(0.5) ? { leaveOfAbsence: true } : {}),
        });
      }
      const director = council.members.find((m) => m.kind === 'official' && m.departmentId === body.departmentId);
      if (director)
        attendance.push({ id: `o-${director.id}`.slice(0, 40), kind: 'official', memberId: director.id, capacity: director.position ?? '', status: 'present' });
    }

    const created = Math.min(notice - 14 * 86_400_000, clock.now.getTime());
    const lastChange = history.at(-1)?.at ?? clock.iso(created);
    const meeting: Meeting = {
      id,
      bodyId: body.id,
      type: plan.type,
      title: `${plan.type === 'ordinary' ? 'Ordinary' : plan.type === 'special' ? 'Special' : 'Urgent'} meeting of the ${body.name}`,
      number: `${body.code} ${String(plan.sequence).padStart(2, '0')}/${year}`,
      sequence: plan.sequence,
      startsAt: clock.iso(start),
      endsAt: clock.iso(start + 4 * 3_600_000),
      venue: plan.bodyIndex === 0 ? 'Council Chamber, City Hall' : `Committee Room ${random.int(1, 6)}, City Hall`,
      ...(members[0] ? { chairpersonId: members[0] } : {}),
      status: plan.status,
      ...(history[0] ? { noticeIssuedAt: history[0].at } : {}),
      ...(held ? { openedAt: iso(opened), closedAt: iso(closed) } : {}),
      ...(plan.status === 'minutes_confirmed' ? { confirmedAt: iso(closed + 30 * 86_400_000) } : {}),
      history,
      attendance,
      createdAt: clock.iso(created),
      createdBy: secretary,
      updatedAt: lastChange,
      updatedBy: secretary,
      hasConflict: false,
    };

    const agendaItems = this.agenda(plan, meeting, random, held);
    const resolutions = this.resolutionsOf(plan, meeting, agendaItems, random, opened);
    // Items that led to a resolution were decided by resolution.
    const resolvedItems = new Set(resolutions.map((r) => r.agendaItemId));
    for (const item of agendaItems) if (resolvedItems.has(item.id)) item.decision = 'resolved';
    return { meeting, agendaItems, resolutions };
  }

  private agenda(plan: PlannedMeeting, meeting: Meeting, random: Random, held: boolean): AgendaItem[] {
    const { council, seed } = this;
    const date = fromDayNumber(plan.day);
    const year = date.slice(0, 4);
    const top = headings(plan.items);
    const items: AgendaItem[] = [];
    let next = plan.itemOffset;
    const base = (title: string, kind: AgendaItemKind, parentId: string, position: number, inCommittee: boolean): AgendaItem => ({
      id: recordId(seed, 'agendaitem', next++),
      meetingId: meeting.id,
      parentId,
      position,
      title: title.slice(0, 500),
      kind,
      inCommittee,
      decision: 'none',
      createdAt: meeting.createdAt,
      createdBy: meeting.createdBy,
      updatedAt: meeting.updatedAt,
      updatedBy: meeting.updatedBy,
      hasConflict: false,
    });
    const parents = top.map((heading, i) => {
      const item = base(heading.title, heading.kind, '', (i + 1) * POSITION_GAP, heading.inCommittee ?? false);
      if (held) {
        item.discussion = [{ kind: 'paragraph', runs: [{ text: prose(random, random.lengthAround(90, 0.4, 30, 300)) }] }];
        item.decision = 'noted';
      }
      items.push(item);
      return item;
    });
    const parentOf = (kind: AgendaItemKind) => parents.find((p) => p.kind === kind) ?? parents.find((p) => p.kind === 'report');
    const childCounts = new Map<string, number>();
    for (let c = 0; c < plan.items - top.length; c += 1) {
      const kind =
        top.length > 5
          ? random.weighted<AgendaItemKind>([
              { value: 'report', weight: 70 },
              { value: 'motion', weight: 8 },
              { value: 'question', weight: 10 },
              { value: 'in_committee', weight: 7 },
              { value: 'urgent', weight: 5 },
            ])
          : 'report';
      const parent = parentOf(kind);
      if (!parent) continue;
      const position = ((childCounts.get(parent.id) ?? 0) + 1) * POSITION_GAP;
      childCounts.set(parent.id, (childCounts.get(parent.id) ?? 0) + 1);
      const department = random.pick(council.departments);
      const ward = String(random.int(1, 110));
      const title =
        kind === 'motion'
          ? fillPlaces(random, random.pick(MOTION_SUBJECTS), ward)
          : kind === 'question'
            ? `Question from Cllr ${council.councillors[random.int(0, council.councillors.length - 1)]?.fullName ?? ''} on ${fillPlaces(random, '{suburb}', ward)}`
            : `${fillPlaces(random, random.pick(REPORT_SUBJECTS), ward)}${random.chance(0.5) ? `: ${year}/${String((Number(year) + 1) % 100).padStart(2, '0')}` : ''}`;
      const itemIndex = next;
      const item = base(title, kind, parent.id, position, kind === 'in_committee');
      if (kind === 'report' || kind === 'in_committee' || kind === 'urgent') {
        item.reportReference = `${department.code} ${random.int(1, 60)}/${year}`;
        item.departmentId = department.id;
        item.presenter = `${department.director ?? ''}, Executive Director`;
      }
      if (random.chance(0.3)) item.notes = prose(random, random.lengthAround(200, 0.5, 40, 2_000));
      if (held) {
        item.discussion = discussion(random, random.int(1, 5));
        item.decision = random.weighted([
          { value: 'noted' as const, weight: 70 },
          { value: 'referred' as const, weight: 15 },
          { value: 'deferred' as const, weight: 15 },
        ]);
        if (random.chance(0.04)) {
          const bodyMembers = council.bodies[plan.bodyIndex]?.body.memberships ?? [];
          const member = bodyMembers[random.int(0, Math.max(0, bodyMembers.length - 1))];
          if (member) item.declarations = [{ memberId: member.memberId, interest: 'Owns property affected by the matter', leftMeeting: true }];
        }
        if (kind === 'report' && random.chance(0.3)) {
          item.actions = Array.from({ length: random.int(1, 2) }, (_, a) => ({
            id: recordId(seed, 'action', itemIndex, a),
            description: prose(random, random.lengthAround(90, 0.4, 20, 400)),
            departmentId: department.id,
            official: department.director ?? '',
            dueDate: fromDayNumber(plan.day + random.int(14, 120)),
            done: plan.day + 120 < this.clock.today ? random.chance(0.8) : random.chance(0.2),
          }));
        }
      }
      items.push(item);
    }
    if (plan.status !== 'draft') {
      const numbers = agendaNumbers(items);
      for (const item of items) {
        const number = numbers.get(item.id);
        if (number) item.frozenNumber = number;
      }
    }
    return items;
  }

  private resolutionsOf(plan: PlannedMeeting, meeting: Meeting, items: AgendaItem[], random: Random, opened: number): Resolution[] {
    if (plan.resolutions === 0) return [];
    const { council, clock, seed } = this;
    const body = council.bodies[plan.bodyIndex]?.body;
    if (!body) return [];
    const children = items.filter((item) => item.parentId !== '');
    const numbers = agendaNumbers(items);
    const present = meeting.attendance.filter((a) => a.kind === 'member' && a.status !== 'apology' && a.status !== 'absent');
    const today = clock.today;
    const resolutions: Resolution[] = [];
    for (let ordinal = 1; ordinal <= plan.resolutions; ordinal += 1) {
      const item = children[(ordinal - 1) % children.length];
      if (!item) break;
      const mover = random.pick(body.memberships).memberId;
      const seconder = random.pick(body.memberships).memberId;
      const outcome = random.weighted([
        { value: 'carried' as const, weight: 92 },
        { value: 'failed' as const, weight: 6 },
        { value: 'withdrawn' as const, weight: 2 },
      ]);
      const voteKind = random.weighted([
        { value: 'unanimous' as const, weight: 60 },
        { value: 'counted' as const, weight: 37 },
        { value: 'named' as const, weight: body.memberships.length <= 20 ? 3 : 0 },
      ]);
      const votes = (() => {
        if (voteKind === 'counted') {
          const total = Math.max(3, present.length);
          const against = outcome === 'carried' ? random.int(0, Math.floor(total * 0.4)) : random.int(Math.ceil(total / 2), total);
          const abstentions = random.int(0, Math.max(0, total - against) >> 3);
          return { votesFor: Math.max(0, total - against - abstentions), votesAgainst: against, abstentions };
        }
        if (voteKind === 'named') {
          return {
            namedVotes: present.map((a) => ({
              memberId: a.memberId ?? '',
              choice: random.weighted([
                { value: 'for' as const, weight: outcome === 'carried' ? 75 : 30 },
                { value: 'against' as const, weight: outcome === 'carried' ? 20 : 65 },
                { value: 'abstain' as const, weight: 5 },
              ]),
            })),
          };
        }
        return {};
      })();
      const adopted = plan.day;
      const department = council.departments.find((d) => d.id === item.departmentId) ?? random.pick(council.departments);
      const carried = outcome === 'carried';
      const dueDay = adopted + random.int(30, 180);
      const status: ImplementationStatus = !carried
        ? 'not_started'
        : dueDay > today
          ? random.chance(0.4)
            ? 'not_started'
            : 'in_progress'
          : random.weighted<ImplementationStatus>([
              { value: 'implemented', weight: 75 },
              { value: 'in_progress', weight: 15 },
              { value: 'not_started', weight: 7 },
              { value: 'revoked', weight: 3 },
            ]);
      const progress: Resolution['progress'] = [];
      if (carried && status !== 'not_started') {
        const notes = random.int(1, 4);
        const last = Math.min(today, dueDay + 60);
        for (let n = 0; n < notes; n += 1) {
          const day = adopted + Math.max(1, Math.floor(((n + 1) / (notes + 1)) * Math.max(2, last - adopted)));
          progress.push({
            at: clock.iso(Math.min(clock.at(day, 600 + n), clock.now.getTime())),
            by: department.director?.replace(/^(Mr|Ms|Dr) /, '') ?? 'Director',
            note: prose(random, random.lengthAround(160, 0.5, 30, 1_500)),
            status: n === notes - 1 ? status : 'in_progress',
          });
        }
      }
      const position = Math.floor((ordinal - 1) / children.length) + 1;
      resolutions.push({
        id: recordId(seed, 'resolution', plan.resolutionOffset + ordinal - 1),
        number: formatResolutionNumber(DEFAULT_RESOLUTION_FORMAT, {
          bodyCode: body.code,
          meetingSequence: plan.sequence,
          ordinal,
          itemNumber: numbers.get(item.id) ?? '',
          date: fromDayNumber(adopted),
        }),
        meetingId: meeting.id,
        agendaItemId: item.id,
        bodyId: body.id,
        adoptedOn: fromDayNumber(adopted),
        votedAt: clock.iso(opened + ordinal * 60_000),
        ordinal,
        title: item.title.slice(0, 500),
        text: `${carried ? 'RESOLVED – THAT' : 'THAT'} ${prose(random, random.lengthAround(380, 0.6, 60, 6_000))}`,
        moverId: mover,
        seconderId: seconder,
        voteKind,
        ...votes,
        castingVote: 'none',
        requiresMajorityOfAll: random.chance(0.1),
        outcome,
        ...(carried
          ? { departmentId: department.id, responsibleOfficial: department.director?.replace(/^(Mr|Ms|Dr) /, '') ?? '', dueDate: fromDayNumber(dueDay) }
          : {}),
        status,
        progress,
        position,
        inCommittee: item.inCommittee,
        createdAt: clock.iso(Math.min(opened + ordinal * 60_000, clock.now.getTime())),
        createdBy: meeting.createdBy,
        updatedAt: progress.at(-1)?.at ?? meeting.updatedAt,
        updatedBy: progress.at(-1)?.by ?? meeting.updatedBy,
        hasConflict: false,
      });
    }
    return resolutions;
  }
}
