/**
 * The demo stakeholders, their queries and the queries' timelines. Due dates follow the default
 * service standards in working days (weekends and public holidays skipped), so the demo reads
 * like a real register: some open, one overdue and escalated, one waiting for the stakeholder,
 * and a year of resolved queries for the dashboard's trend.
 */
import { serviceDates, serviceStandardFor, workingDayCalendarFor } from '../domain/query-service-standards';
import { councillorName, escalationsDue, escalationTarget, wardCouncillorOf } from '../domain/query-escalation';
import { zonedToInstant } from '../domain/time';
import type { QueryEvent, Stakeholder, StakeholderQuery } from '../schemas';
import type { QueryStatus } from '../schemas/vocabulary';
import { DEFAULT_QUERY_SETTINGS } from '../settings/query-settings';
import { buildCouncil, DEPARTMENTS } from './council';
import { pad, type DemoContext } from './context';

const SETTINGS = DEFAULT_QUERY_SETTINGS;
const SECRETARY = 'Grace Mokwena';

/** The demo's officials by name (shared/demo/council.ts): a query's officer is one of them. */
const OFFICIAL_IDS: Readonly<Record<string, string>> = {
  'Nomsa Mahlangu': 'demo-off-mm',
  'Ronel Steyn': 'demo-off-cfo',
  'Tebogo Masemola': 'demo-off-comm',
  'Rhulani Hlungwani': 'demo-off-tech',
  'Mapula Seabi': 'demo-off-ped',
};
const officerIdOf = (officer: string) => OFFICIAL_IDS[officer] ?? '';

type QueryInput = Omit<StakeholderQuery, 'id' | 'reference' | 'receivedAt' | 'acknowledgeBy' | 'dueDate' | 'officerId' | keyof DemoContext['stamp']> & {
  received: number;
};

export function buildQueries(ctx: DemoContext): { stakeholders: Stakeholder[]; queries: StakeholderQuery[]; queryEvents: QueryEvent[] } {
  const { stamp, at, day, today } = ctx;
  const calendar = workingDayCalendarFor(SETTINGS);
  const person = (id: string, name: string, category: Stakeholder['category'], ward: string, extra: Partial<Stakeholder> = {}): Stakeholder => ({
    id,
    kind: 'person',
    category,
    name,
    ward,
    consentPurpose: 'To respond to queries raised with the municipality',
    consentGiven: true,
    consentAt: at(-60, '09:00'),
    ...extra,
    ...stamp,
  });
  const stakeholders: Stakeholder[] = [
    person('demo-sh-1', 'Mrs Dorah Mashele', 'resident', '4', { phone: '072 000 0101', preferredChannel: 'phone' }),
    person('demo-sh-2', 'Mr Francois Louw', 'resident', '11', { email: 'f.louw@example.org', preferredChannel: 'email' }),
    person('demo-sh-3', 'Ms Zodwa Sibiya', 'ward_committee', '7', { phone: '082 000 0303' }),
    { id: 'demo-sh-4', kind: 'organisation', category: 'ngo_cbo', name: 'Mopane Ridge Water Watch', email: 'info@waterwatch.example.org', ward: '', ...stamp },
    { id: 'demo-sh-5', kind: 'organisation', category: 'media', name: 'Ridge Community Radio', email: 'news@ridgefm.example.org', ward: '', ...stamp },
    { id: 'demo-sh-6', kind: 'organisation', category: 'business', name: 'Mopane Ridge Business Chamber', phone: '015 000 0606', ward: '', ...stamp },
    person('demo-sh-7', 'Mr Sello Maake', 'resident', '2', { phone: '073 000 0707' }),
    person('demo-sh-8', 'Ms Annelie Joubert', 'resident', '9', { email: 'annelie.j@example.org', organisationId: 'demo-sh-6' }),
    // The same resident logged a second time by another officer: the directory suggests merging them.
    person('demo-sh-9', 'D. Mashele', 'resident', '4', { phone: '+27 72 000 0101' }),
  ];

  const datesFor = (received: number, category: string, priority: StakeholderQuery['priority']) =>
    serviceDates(day(received), serviceStandardFor(SETTINGS, category, priority), calendar);
  const query = (n: number, q: QueryInput): StakeholderQuery => {
    const { received, ...rest } = q;
    return {
      id: `demo-q-${n}`,
      reference: `Q-${day(received).slice(0, 4)}-${pad(n, 4)}-DM`,
      ...rest,
      officerId: officerIdOf(rest.officer),
      receivedAt: at(received, '09:15'),
      ...datesFor(received, rest.category, rest.priority),
      ...stamp,
    };
  };

  const events: QueryEvent[] = [];
  const event = (queryId: string, when: string, kind: QueryEvent['kind'], text: string, extra: Partial<QueryEvent> = {}, by = SECRETARY) => {
    events.push({ id: `demo-qe-${pad(events.length + 1, 3)}`, queryId, at: when, by, kind, text, ...extra });
  };
  const change = (from: QueryStatus | undefined, to: QueryStatus): Partial<QueryEvent> => ({ ...(from ? { fromStatus: from } : {}), toStatus: to });

  const queries: StakeholderQuery[] = [
    query(1, {
      received: -20,
      stakeholderId: 'demo-sh-1',
      channel: 'phone',
      subject: 'Burst water pipe on Marula Street',
      description: 'Water has been running down the street for two days.',
      category: 'Water and sanitation',
      ward: '4',
      priority: 'high',
      status: 'in_progress',
      departmentId: 'dept-tech',
      officer: 'Rhulani Hlungwani',
      acknowledgedAt: at(-19, '10:00'),
    }),
    query(2, {
      received: -6,
      stakeholderId: 'demo-sh-2',
      channel: 'email',
      subject: 'Rates account shows wrong property value',
      description: "My municipal account uses last year's valuation.",
      category: 'Rates and billing',
      ward: '11',
      priority: 'normal',
      status: 'assigned',
      departmentId: 'dept-fin',
      officer: 'Ronel Steyn',
      acknowledgedAt: at(-5, '11:30'),
    }),
    query(3, {
      received: -2,
      stakeholderId: 'demo-sh-3',
      channel: 'public_meeting',
      subject: 'Streetlights out along the taxi rank road',
      description: 'Raised at the Ward 7 public meeting.',
      category: 'Electricity',
      ward: '7',
      priority: 'normal',
      status: 'new',
      departmentId: '',
      officer: '',
    }),
    query(4, {
      received: -35,
      stakeholderId: 'demo-sh-4',
      channel: 'letter',
      subject: 'Request for water quality test results',
      description: 'The organisation asks for the latest Blue Drop results.',
      category: 'Water and sanitation',
      ward: '',
      priority: 'normal',
      status: 'closed',
      departmentId: 'dept-tech',
      officer: 'Rhulani Hlungwani',
      acknowledgedAt: at(-33, '09:00'),
      resolvedAt: at(-24, '15:00'),
      closedAt: at(-22, '10:00'),
      outcome: 'Results sent by email with an explanation of the sampling points.',
    }),
    query(5, {
      received: -3,
      stakeholderId: 'demo-sh-5',
      channel: 'email',
      subject: 'Media enquiry: status of the clinic hours motion',
      description: 'The station asks for comment on the failed motion.',
      category: 'Council business',
      ward: '',
      priority: 'high',
      status: 'acknowledged',
      departmentId: 'dept-mm',
      officer: '',
      relatedResolutionId: 'demo-res-4',
      acknowledgedAt: at(-2, '08:30'),
    }),
    query(6, {
      received: -9,
      stakeholderId: 'demo-sh-7',
      channel: 'walk_in',
      subject: 'Building plan approval for a carport',
      description: 'The resident asks why his plan has not been approved.',
      category: 'Planning and building control',
      ward: '2',
      priority: 'normal',
      status: 'awaiting_stakeholder',
      departmentId: 'dept-ped',
      officer: 'Mapula Seabi',
      acknowledgedAt: at(-9, '12:00'),
      pausedSince: at(-4, '11:00'),
    }),
  ];

  event('demo-q-1', at(-20, '09:20'), 'created', 'Logged from a phone call.', change(undefined, 'new'));
  event('demo-q-1', at(-19, '10:00'), 'status_changed', 'Acknowledged by SMS.', change('new', 'acknowledged'));
  event('demo-q-1', at(-19, '10:05'), 'assigned', 'Assigned to Technical Services.', {
    ...change('acknowledged', 'assigned'),
    departmentId: 'dept-tech',
    officer: 'Rhulani Hlungwani',
  });
  event('demo-q-1', at(-15, '08:00'), 'status_changed', 'Repair team dispatched.', change('assigned', 'in_progress'), 'Rhulani Hlungwani');
  event('demo-q-2', at(-6, '09:20'), 'created', 'Logged from an email.', change(undefined, 'new'));
  event('demo-q-2', at(-5, '11:30'), 'status_changed', 'Acknowledged by email.', change('new', 'acknowledged'));
  event('demo-q-2', at(-5, '11:35'), 'assigned', 'Assigned to Budget and Treasury.', {
    ...change('acknowledged', 'assigned'),
    departmentId: 'dept-fin',
    officer: 'Ronel Steyn',
  });
  event('demo-q-3', at(-2, '09:20'), 'created', 'Raised at the Ward 7 public meeting.', change(undefined, 'new'));
  event('demo-q-4', at(-35, '09:20'), 'created', 'Letter received.', change(undefined, 'new'));
  event('demo-q-4', at(-33, '09:00'), 'status_changed', 'Acknowledged by letter.', change('new', 'acknowledged'));
  event('demo-q-4', at(-33, '09:05'), 'assigned', 'Assigned to Technical Services.', {
    ...change('acknowledged', 'assigned'),
    departmentId: 'dept-tech',
    officer: 'Rhulani Hlungwani',
  });
  event(
    'demo-q-4',
    at(-24, '15:00'),
    'resolved',
    'Resolved: results sent.',
    { ...change('assigned', 'resolved'), departmentId: 'dept-tech', workingDays: calendar.workingDaysBetween(day(-35), day(-24)) },
    'Rhulani Hlungwani',
  );
  event('demo-q-4', at(-22, '10:00'), 'status_changed', 'Closed after the organisation confirmed receipt.', change('resolved', 'closed'));
  event('demo-q-5', at(-3, '09:20'), 'created', 'Media enquiry received.', change(undefined, 'new'));
  event('demo-q-5', at(-2, '08:30'), 'status_changed', 'Acknowledged; comment being prepared.', change('new', 'acknowledged'));
  event('demo-q-6', at(-9, '09:20'), 'created', 'Walk-in at the Civic Centre.', change(undefined, 'new'));
  event('demo-q-6', at(-9, '12:00'), 'status_changed', 'Acknowledged at the counter.', change('new', 'acknowledged'));
  event('demo-q-6', at(-9, '12:05'), 'assigned', 'Assigned to Planning and Economic Development.', {
    ...change('acknowledged', 'assigned'),
    departmentId: 'dept-ped',
    officer: 'Mapula Seabi',
  });
  event(
    'demo-q-6',
    at(-4, '11:00'),
    'paused',
    'Asked the resident for the surveyor’s diagram; the clock stops until it arrives.',
    change('assigned', 'awaiting_stakeholder'),
    'Mapula Seabi',
  );

  // The overdue query has climbed the escalation ladder as far as the days overdue take it.
  const members = buildCouncil(ctx).members;
  const overdue = queries[0];
  if (overdue) {
    const councillor = wardCouncillorOf(members, overdue.ward);
    for (const { level, step } of escalationsDue(overdue, today, calendar, SETTINGS.escalation.steps)) {
      const stepDay = calendar.addWorkingDays(overdue.dueDate, Math.max(1, step.afterWorkingDays));
      const target = escalationTarget(step, overdue, DEPARTMENTS);
      const text = `Overdue by ${calendar.workingDaysBetween(overdue.dueDate, stepDay)} working days: escalated to ${target}.`;
      const when = zonedToInstant(stepDay, '07:30');
      event(overdue.id, when < ctx.now.toISOString() ? when : ctx.now.toISOString(), 'escalated', text, {
        escalatedTo: target,
        escalationLevel: level,
        ...(councillor ? { informed: councillorName(councillor) } : {}),
      });
      overdue.escalationLevel = level;
    }
  }

  queries.push(...history(ctx, calendar, event, change));
  return { stakeholders, queries, queryEvents: events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)) };
}

type AddEvent = (queryId: string, when: string, kind: QueryEvent['kind'], text: string, extra?: Partial<QueryEvent>, by?: string) => void;
type Change = (from: QueryStatus | undefined, to: QueryStatus) => Partial<QueryEvent>;

/** A year of resolved and closed queries, so the dashboard's trend and turnaround have something to show. */
function history(ctx: DemoContext, calendar: ReturnType<typeof workingDayCalendarFor>, event: AddEvent, change: Change): StakeholderQuery[] {
  const { stamp, at, day } = ctx;
  const rows: [received: number, stakeholder: string, category: string, department: string, officer: string, subject: string, workingDays: number][] = [
    [-340, 'demo-sh-1', 'Refuse removal', 'dept-comm', 'Tebogo Masemola', 'Refuse not collected in Mahogany Close', 4],
    [-310, 'demo-sh-6', 'Planning and building control', 'dept-ped', 'Mapula Seabi', 'Zoning certificate for a shopping centre', 12],
    [-285, 'demo-sh-2', 'Rates and billing', 'dept-fin', 'Ronel Steyn', 'Interest charged on a paid account', 7],
    [-260, 'demo-sh-3', 'Roads and stormwater', 'dept-tech', 'Rhulani Hlungwani', 'Potholes on the road to the clinic', 18],
    [-230, 'demo-sh-7', 'Electricity', 'dept-tech', 'Rhulani Hlungwani', 'Prepaid meter not accepting tokens', 6],
    [-200, 'demo-sh-8', 'Parks and community facilities', 'dept-comm', 'Tebogo Masemola', 'Booking of the community hall', 3],
    [-170, 'demo-sh-4', 'Water and sanitation', 'dept-tech', 'Rhulani Hlungwani', 'Sewage spill near the river', 9],
    [-140, 'demo-sh-5', 'Council business', 'dept-mm', 'Nomsa Mahlangu', 'Media enquiry: budget speech date', 2],
    [-115, 'demo-sh-1', 'Water and sanitation', 'dept-tech', 'Rhulani Hlungwani', 'Low water pressure in Ward 4', 14],
    [-95, 'demo-sh-2', 'Rates and billing', 'dept-fin', 'Ronel Steyn', 'Clearance certificate delayed', 8],
    [-80, 'demo-sh-7', 'Refuse removal', 'dept-comm', 'Tebogo Masemola', 'Illegal dumping behind the taxi rank', 6],
    [-70, 'demo-sh-6', 'Planning and building control', 'dept-ped', 'Mapula Seabi', 'Signage permit for a new shop', 11],
    [-60, 'demo-sh-3', 'Electricity', 'dept-tech', 'Rhulani Hlungwani', 'Transformer humming at night', 12],
    [-48, 'demo-sh-8', 'Housing', 'dept-comm', 'Tebogo Masemola', 'Housing subsidy application status', 20],
    [-40, 'demo-sh-2', 'Rates and billing', 'dept-fin', 'Ronel Steyn', 'Refund of a double payment', 9],
    [-30, 'demo-sh-1', 'Refuse removal', 'dept-comm', 'Tebogo Masemola', 'Bins not returned after collection', 2],
  ];
  return rows.map(([received, stakeholderId, category, departmentId, officer, subject, workingDays], index) => {
    const n = 101 + index;
    const id = `demo-q-${n}`;
    const receivedOn = day(received);
    const acknowledgedOn = calendar.addWorkingDays(receivedOn, 1);
    const resolvedOn = calendar.addWorkingDays(receivedOn, workingDays);
    const closedOn = calendar.addWorkingDays(resolvedOn, 2);
    const priority = index % 5 === 0 ? 'high' : 'normal';
    const dates = serviceDates(receivedOn, serviceStandardFor(SETTINGS, category, priority), calendar);
    const outcome = `Resolved: ${subject.toLowerCase()} attended to and the stakeholder informed.`;
    event(id, at(received, '10:00'), 'created', 'Logged.', change(undefined, 'new'));
    event(id, zonedToInstant(acknowledgedOn, '09:00'), 'status_changed', 'Acknowledged.', change('new', 'acknowledged'));
    event(id, zonedToInstant(acknowledgedOn, '09:05'), 'assigned', 'Assigned.', { ...change('acknowledged', 'assigned'), departmentId, officer });
    event(id, zonedToInstant(resolvedOn, '14:00'), 'resolved', outcome, { ...change('assigned', 'resolved'), departmentId, workingDays }, officer);
    event(id, zonedToInstant(closedOn, '09:00'), 'status_changed', 'Closed.', change('resolved', 'closed'));
    return {
      id,
      reference: `Q-${receivedOn.slice(0, 4)}-${pad(n, 4)}-DM`,
      stakeholderId,
      channel: (['phone', 'email', 'walk_in', 'letter'] as const)[index % 4] ?? 'phone',
      subject,
      description: '',
      category,
      ward: '',
      priority,
      status: 'closed',
      receivedAt: at(received, '10:00'),
      ...dates,
      departmentId,
      officer,
      officerId: officerIdOf(officer),
      outcome,
      acknowledgedAt: zonedToInstant(acknowledgedOn, '09:00'),
      resolvedAt: zonedToInstant(resolvedOn, '14:00'),
      closedAt: zonedToInstant(closedOn, '09:00'),
      ...stamp,
    } satisfies StakeholderQuery;
  });
}
