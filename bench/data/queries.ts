/**
 * Five years of stakeholder queries and their timelines, and the stakeholders who raised them.
 *
 * Each query's life is drawn first (acknowledged, assigned, worked on, perhaps paused, resolved,
 * closed, now and then reopened), then cut at today: its status is where that life stands now.
 * Old queries are therefore finished, recent ones open, and a few stalled ones form the backlog
 * that is overdue and has climbed the escalation ladder exactly as far as the app's sweep would
 * take it, so opening the dashboard finds nothing left to escalate. Query volume grows over the
 * five years, as a metro's does.
 */
import { escalationLevelDue, escalationTarget, orderedLadder } from '../../shared/domain/query-escalation';
import { formatQueryReference } from '../../shared/domain/query-reference';
import { serviceDates, serviceStandardFor } from '../../shared/domain/query-service-standards';
import type { WorkingDayCalendar } from '../../shared/domain/working-days';
import type { QueryEvent, Stakeholder, StakeholderQuery } from '../../shared/schemas';
import type { QueryChannel, QueryEventKind, QueryPriority, QueryStatus, StakeholderCategory } from '../../shared/schemas/vocabulary';
import { DEFAULT_QUERY_SETTINGS } from '../../shared/settings/query-settings';
import type { Council } from './council';
import { type Clock, fromDayNumber, RememberingCalendar, toDayNumber, weekday } from './days';
import { hash32, Random, recordId, streamCode } from './random';
import { fillPlaces, prose } from './text';
import { FIRST_NAMES, METRO_WARDS, QUERY_TOPICS, STREETS, SUBURBS, SURNAMES, TITLES } from './vocabulary';

const YEARS = 5;
/** Growth of the query volume over the five years: the last year is this much busier than the first. */
const GROWTH = 0.6;
/** The laptops that logged the queries, each numbering its own (see shared/domain/query-reference.ts). */
const DEVICE_CODES = ['K7', 'M3', 'P9', 'R4', 'T2', 'W8', 'X5', 'B6', 'D3', 'F7', 'H9', 'N2'];
const SETTINGS = DEFAULT_QUERY_SETTINGS;

export interface QueryRecords {
  query: StakeholderQuery;
  events: QueryEvent[];
}

/** A step in a query's life, before it is cut at today. */
interface Step {
  day: number;
  kind: QueryEventKind;
  to?: QueryStatus;
  text: string;
  extra?: Partial<QueryEvent>;
  by: string;
}

export class QueryPlan {
  private readonly days: Int32Array;
  private readonly sequences: Int32Array;
  private readonly calendar: WorkingDayCalendar = new RememberingCalendar(SETTINGS.extraHolidays);
  private readonly ladder = orderedLadder(SETTINGS.escalation.steps);

  constructor(
    private readonly seed: number,
    private readonly council: Council,
    private readonly clock: Clock,
    readonly sizes: { queries: number; stakeholders: number },
  ) {
    const today = clock.today;
    const first = today - YEARS * 365;
    const span = YEARS * 365;
    this.days = new Int32Array(sizes.queries);
    this.sequences = new Int32Array(sizes.queries);
    const counters = new Map<string, number>();
    for (let i = 0; i < sizes.queries; i += 1) {
      // The inverse of a linearly growing rate: later years get more queries; the order stays by date.
      const u = (i + 0.5) / sizes.queries;
      const t = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
      let day = first + Math.min(span, Math.floor(t * (span + 1)));
      // Most queries arrive on weekdays; emails and social media also at weekends.
      const w = weekday(day);
      if ((w === 0 || w === 6) && hash32(seed, streamCode('weekend'), i) % 4 !== 0) day = Math.min(today, day + (w === 6 ? 2 : 1));
      this.days[i] = day;
      const key = `${fromDayNumber(day).slice(0, 4)}|${this.deviceOf(i)}`;
      const sequence = (counters.get(key) ?? 0) + 1;
      counters.set(key, sequence);
      this.sequences[i] = sequence;
    }
  }

  private deviceOf(index: number): string {
    return DEVICE_CODES[hash32(this.seed, streamCode('device'), index) % DEVICE_CODES.length] ?? 'K7';
  }

  stakeholderId(index: number): string {
    return recordId(this.seed, 'stakeholder', index);
  }

  stakeholder(index: number): Stakeholder {
    const random = Random.for(this.seed, 'stakeholder', index);
    const { clock } = this;
    const created = clock.iso(
      clock.at(clock.today - YEARS * 365 + Math.floor((index / Math.max(1, this.sizes.stakeholders)) * YEARS * 365), random.int(450, 990)),
    );
    const ward = random.chance(0.9) ? String(random.int(1, METRO_WARDS)) : '';
    const organisation = random.chance(0.12);
    const category: StakeholderCategory = organisation
      ? random.weighted<StakeholderCategory>([
          { value: 'ngo_cbo', weight: 30 },
          { value: 'business', weight: 30 },
          { value: 'ward_committee', weight: 15 },
          { value: 'media', weight: 10 },
          { value: 'government', weight: 8 },
          { value: 'academic', weight: 4 },
          { value: 'donor', weight: 3 },
        ])
      : random.weighted<StakeholderCategory>([
          { value: 'resident', weight: 95 },
          { value: 'ward_committee', weight: 3 },
          { value: 'councillor', weight: 2 },
        ]);
    const surname = random.pick(SURNAMES);
    const first = random.pick(FIRST_NAMES);
    const suburb = random.pick(SUBURBS);
    const name = organisation
      ? random.pick([
          `${suburb} Residents Association`,
          `${surname} Trading`,
          `${suburb} Community Radio`,
          `Friends of ${suburb} Park`,
          `${suburb} Business Forum`,
        ])
      : `${random.pick(TITLES)} ${first} ${surname}`;
    const phone = `0${random.int(60, 84)} ${String(random.int(0, 999)).padStart(3, '0')} ${String(random.int(0, 9999)).padStart(4, '0')}`;
    const email = random.chance(0.6) ? `${first}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '') + `${random.int(1, 99)}@example.org` : '';
    const stakeholder: Stakeholder = {
      id: this.stakeholderId(index),
      kind: organisation ? 'organisation' : 'person',
      category,
      name,
      phone,
      ...(email ? { email } : {}),
      ...(random.chance(0.5) ? { address: `${random.int(1, 240)} ${random.pick(STREETS)}, ${suburb}, Tshwelo Bay, 6001` } : {}),
      ward,
      preferredChannel: random.weighted<QueryChannel>([
        { value: 'phone', weight: 45 },
        { value: 'email', weight: 30 },
        { value: 'letter', weight: 5 },
        { value: 'walk_in', weight: 20 },
      ]),
      ...(random.chance(0.05) ? { notes: prose(random, random.lengthAround(120, 0.5, 20, 1_000)) } : {}),
      ...(organisation ? {} : { consentPurpose: 'To respond to queries raised with the municipality', consentGiven: true, consentAt: created }),
      createdAt: created,
      createdBy: random.pick(this.council.secretaries),
      updatedAt: created,
      updatedBy: random.pick(this.council.secretaries),
      hasConflict: false,
    };
    // A few people asked to be forgotten (POPIA), and a few duplicates were merged.
    if (!organisation && random.chance(0.002)) {
      return {
        id: stakeholder.id,
        kind: 'person',
        category,
        name: 'Anonymised stakeholder',
        ward: '',
        anonymisedAt: created,
        createdAt: created,
        createdBy: stakeholder.createdBy,
        updatedAt: created,
        updatedBy: stakeholder.updatedBy,
        hasConflict: false,
      };
    }
    if (index > 0 && random.chance(0.003)) stakeholder.mergedIntoId = this.stakeholderId(random.int(0, index - 1));
    return stakeholder;
  }

  /** Query `index` and its timeline as they stand today. */
  query(index: number): QueryRecords {
    const random = Random.for(this.seed, 'query', index);
    const { clock, calendar, council } = this;
    const today = clock.today;
    const nowMs = clock.now.getTime();
    const receivedDay = this.days[index] ?? today;
    const topic = random.weighted(QUERY_TOPICS.map((t) => ({ value: t, weight: t.weight })));
    const ward = random.chance(0.85) ? String(random.int(1, METRO_WARDS)) : '';
    const priority = random.weighted<QueryPriority>([
      { value: 'low', weight: 15 },
      { value: 'normal', weight: 60 },
      { value: 'high', weight: 20 },
      { value: 'urgent', weight: 5 },
    ]);
    const channel = random.weighted<QueryChannel>([
      { value: 'phone', weight: 30 },
      { value: 'email', weight: 25 },
      { value: 'walk_in', weight: 15 },
      { value: 'letter', weight: 5 },
      { value: 'councillor', weight: 10 },
      { value: 'social_media', weight: 10 },
      { value: 'public_meeting', weight: 5 },
    ]);
    let receivedMs = clock.at(receivedDay, random.int(450, 1_020));
    if (receivedMs > nowMs - 3_600_000) receivedMs = nowMs - random.int(60, 240) * 60_000;
    const receivedOn = fromDayNumber(receivedDay);
    const standard = serviceStandardFor(SETTINGS, topic.category, priority);
    const dates = serviceDates(receivedOn, standard, calendar);
    const intake = random.pick(council.secretaries);
    const officer = random.pick(council.officers.get(topic.departmentId) ?? ['Duty officer']);
    const day = (date: string) => toDayNumber(date);
    const working = (from: number, n: number) => day(calendar.addWorkingDays(fromDayNumber(from), n));

    // The life this query would have, whether or not today has reached its end.
    const stall = random.chance(0.035)
      ? random.weighted<QueryStatus>([
          { value: 'new', weight: 10 },
          { value: 'acknowledged', weight: 15 },
          { value: 'assigned', weight: 30 },
          { value: 'in_progress', weight: 35 },
          { value: 'awaiting_stakeholder', weight: 10 },
        ])
      : null;
    const steps: Step[] = [{ day: receivedDay, kind: 'created', to: 'new', text: `Logged from ${channel.replace('_', ' ')}.`, by: intake }];
    const ackDay = working(receivedDay, random.int(0, standard.acknowledgeDays + (random.chance(0.1) ? 3 : 0)));
    let resolveWorkingDays = random.lengthAround(Math.max(1, Math.round(standard.resolveDays * 0.7)), 0.5, 1, standard.resolveDays * 4);
    let pausedDays = 0;
    if (stall !== 'new') {
      steps.push({
        day: ackDay,
        kind: 'status_changed',
        to: 'acknowledged',
        text: random.pick(['Acknowledged by SMS.', 'Acknowledged by email.', 'Acknowledged by phone.', 'Acknowledged at the counter.']),
        by: intake,
      });
      if (stall !== 'acknowledged') {
        const assignDay = ackDay + random.int(0, 1);
        steps.push({
          day: assignDay,
          kind: 'assigned',
          to: 'assigned',
          text: `Assigned to ${council.departments.find((d) => d.id === topic.departmentId)?.name ?? 'the department'}.`,
          extra: { departmentId: topic.departmentId, officer },
          by: intake,
        });
        let cursor = assignDay;
        const works = stall === 'in_progress' || stall === 'awaiting_stakeholder' || (!stall && random.chance(0.45));
        const pauses = stall === 'awaiting_stakeholder' || (!stall && random.chance(0.12));
        if (works) {
          cursor = working(cursor, random.int(0, 2));
          steps.push({ day: cursor, kind: 'status_changed', to: 'in_progress', text: 'Work started.', by: officer });
        }
        if (pauses) {
          cursor = working(cursor, random.int(1, 4));
          steps.push({
            day: cursor,
            kind: 'paused',
            to: 'awaiting_stakeholder',
            text: 'Asked the stakeholder for more information; the clock stops until it arrives.',
            by: officer,
          });
          if (!stall) {
            pausedDays = random.int(2, 12);
            cursor = working(cursor, pausedDays);
            steps.push({
              day: cursor,
              kind: 'resumed',
              to: 'in_progress',
              text: 'The stakeholder replied; work resumed.',
              extra: { pausedWorkingDays: pausedDays },
              by: officer,
            });
            resolveWorkingDays += pausedDays;
          }
        }
        for (
          let c = random.weighted([
            { value: 0, weight: 55 },
            { value: 1, weight: 30 },
            { value: 2, weight: 15 },
          ]);
          c > 0;
          c -= 1
        ) {
          const kind = random.pick<QueryEventKind>(['note', 'call', 'email', 'letter']);
          steps.push({ day: working(cursor, random.int(0, 3)), kind, text: prose(random, random.lengthAround(110, 0.6, 20, 1_200)), by: officer });
        }
      }
      if (!stall) {
        const resolveDay = Math.max(working(receivedDay, resolveWorkingDays), ...steps.map((s) => s.day));
        const outcome = `Resolved: ${prose(random, random.lengthAround(140, 0.5, 30, 1_500))}`;
        steps.push({
          day: resolveDay,
          kind: 'resolved',
          to: 'resolved',
          text: outcome,
          extra: { departmentId: topic.departmentId, workingDays: calendar.workingDaysBetween(receivedOn, fromDayNumber(resolveDay)) },
          by: officer,
        });
        const closeDay = working(resolveDay, random.int(1, 5));
        steps.push({ day: closeDay, kind: 'status_changed', to: 'closed', text: 'Closed after the stakeholder was informed.', by: intake });
        if (random.chance(0.04)) {
          const reopenDay = working(closeDay, random.int(2, 20));
          steps.push({ day: reopenDay, kind: 'status_changed', to: 'reopened', text: 'Reopened: the stakeholder reports the problem is back.', by: intake });
          const again = working(reopenDay, random.int(2, 10));
          steps.push({
            day: again,
            kind: 'resolved',
            to: 'resolved',
            text: `Resolved again: ${prose(random, random.lengthAround(100, 0.5, 20, 600))}`,
            extra: { departmentId: topic.departmentId, workingDays: calendar.workingDaysBetween(fromDayNumber(reopenDay), fromDayNumber(again)) },
            by: officer,
          });
          steps.push({ day: working(again, random.int(1, 3)), kind: 'status_changed', to: 'closed', text: 'Closed again.', by: intake });
        }
      }
    }
    steps.sort((a, b) => a.day - b.day);

    // Cut at today, following the state as each step is taken.
    let status: QueryStatus = 'new';
    let dueDate = dates.dueDate;
    let departmentId = '';
    let assignee = '';
    let pausedSince: string | undefined;
    let pausedWorkingDays = 0;
    let acknowledgedAt: string | undefined;
    let resolvedAt: string | undefined;
    let closedAt: string | undefined;
    let outcome: string | undefined;
    let escalationLevel = 0;
    let atMs = receivedMs;
    const events: QueryEvent[] = [];
    const id = recordId(this.seed, 'query', index);
    const push = (step: Step, at: number, extra: Partial<QueryEvent>) => {
      events.push({
        id: recordId(this.seed, 'queryevent', index, events.length),
        queryId: id,
        at: clock.iso(at),
        by: step.by,
        kind: step.kind,
        text: step.text,
        ...(step.to && step.to !== status ? { fromStatus: status, toStatus: step.to } : step.kind === 'created' ? { toStatus: 'new' } : {}),
        ...step.extra,
        ...extra,
      });
    };
    /**
     * The escalation steps the app's sweep would have taken by `untilDay` while the query ran
     * overdue. At the end (`final`), every step due today is taken, as opening the app would.
     */
    const escalate = (untilDay: number, final = false) => {
      const due = escalationLevelDue({ status: 'in_progress', dueDate }, fromDayNumber(untilDay), calendar, this.ladder);
      for (let level = escalationLevel + 1; level <= due; level += 1) {
        const ladderStep = this.ladder[level - 1];
        if (!ladderStep) break;
        const stepDay = working(day(dueDate), Math.max(1, ladderStep.afterWorkingDays));
        let at = Math.max(atMs + 60_000, clock.at(stepDay, 450));
        if (at > nowMs) {
          if (!final) break;
          at = Math.max(atMs + 1_000, nowMs - 60_000);
        }
        const target = escalationTarget(ladderStep, { officer: assignee, departmentId }, council.departments);
        push({ day: stepDay, kind: 'escalated', text: `Escalated automatically to ${target}.`, by: 'Quorum' }, at, {
          escalatedTo: target,
          escalationLevel: level,
        });
        atMs = at;
        escalationLevel = level;
      }
    };
    for (const step of steps) {
      const at =
        step.kind === 'created'
          ? receivedMs + random.int(2, 30) * 60_000
          : Math.max(atMs + random.int(5, 90) * 60_000, clock.at(step.day, random.int(450, 960)));
      if (step.day > today || at > nowMs) break;
      if (status !== 'awaiting_stakeholder' && status !== 'resolved' && status !== 'closed' && step.kind !== 'created') escalate(step.day);
      const extra: Partial<QueryEvent> = {};
      if (step.kind === 'status_changed' && step.to === 'reopened') {
        const previous = dueDate;
        dueDate = calendar.addWorkingDays(fromDayNumber(step.day), standard.resolveDays);
        extra.previousDueDate = previous;
        extra.dueDate = dueDate;
        escalationLevel = 0;
        outcome = undefined;
        resolvedAt = undefined;
        closedAt = undefined;
      }
      if (step.kind === 'resumed' && pausedSince) {
        const previous = dueDate;
        dueDate = calendar.addWorkingDays(dueDate, pausedDays);
        pausedWorkingDays += pausedDays;
        pausedSince = undefined;
        extra.previousDueDate = previous;
        extra.dueDate = dueDate;
      }
      push(step, at, extra);
      atMs = at;
      if (step.kind === 'assigned') {
        departmentId = topic.departmentId;
        assignee = officer;
      }
      if (step.to === 'acknowledged') acknowledgedAt = clock.iso(at);
      if (step.kind === 'paused') pausedSince = clock.iso(at);
      if (step.kind === 'resolved') {
        resolvedAt = clock.iso(at);
        outcome = step.text;
      }
      if (step.to === 'closed') closedAt = clock.iso(at);
      if (step.to) status = step.to;
    }
    if (status !== 'awaiting_stakeholder' && status !== 'resolved' && status !== 'closed') escalate(today, true);

    const last = events.at(-1);
    const query: StakeholderQuery = {
      id,
      reference: formatQueryReference({ year: Number(receivedOn.slice(0, 4)), sequence: this.sequences[index] ?? 1, deviceCode: this.deviceOf(index) }),
      stakeholderId: this.stakeholderId(Math.floor(this.sizes.stakeholders * random.next() ** 1.4)),
      channel,
      subject: fillPlaces(random, random.pick(topic.subjects), ward || String(random.int(1, METRO_WARDS))).slice(0, 300),
      description: prose(random, random.lengthAround(220, 0.8, 20, 4_000)),
      category: topic.category,
      ward,
      priority,
      status,
      receivedAt: clock.iso(receivedMs),
      acknowledgeBy: dates.acknowledgeBy,
      dueDate,
      departmentId,
      officer: assignee,
      // The bench's officers are names without member records (as typed before officials were people).
      officerId: '',
      ...(outcome ? { outcome } : {}),
      ...(pausedSince ? { pausedSince } : {}),
      ...(pausedWorkingDays ? { pausedWorkingDays } : {}),
      ...(escalationLevel ? { escalationLevel } : {}),
      ...(acknowledgedAt ? { acknowledgedAt } : {}),
      ...(resolvedAt ? { resolvedAt } : {}),
      ...(closedAt ? { closedAt } : {}),
      createdAt: events[0]?.at ?? clock.iso(receivedMs),
      createdBy: intake,
      updatedAt: last?.at ?? clock.iso(receivedMs),
      updatedBy: last?.by ?? intake,
      hasConflict: false,
    };
    return { query, events };
  }
}
