/** The demo stakeholders, their queries and the queries' timelines. */
import type { QueryEvent, Stakeholder, StakeholderQuery } from '../schemas';
import type { QueryStatus } from '../schemas/vocabulary';
import { pad, type DemoContext } from './context';

export function buildQueries(ctx: DemoContext): { stakeholders: Stakeholder[]; queries: StakeholderQuery[]; queryEvents: QueryEvent[] } {
  const { stamp, at, day, year } = ctx;
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
  ];

  const query = (
    n: number,
    q: Omit<StakeholderQuery, 'id' | 'reference' | 'receivedAt' | keyof typeof stamp> & { received: number },
  ): StakeholderQuery => {
    const { received, ...rest } = q;
    return { id: `demo-q-${n}`, reference: `Q-${year}-${pad(n, 4)}-DM`, ...rest, receivedAt: at(received, '09:15'), ...stamp };
  };
  const queries: StakeholderQuery[] = [
    query(1, { received: -20, stakeholderId: 'demo-sh-1', channel: 'phone', subject: 'Burst water pipe on Marula Street', description: 'Water has been running down the street for two days.', category: 'Water and sanitation', ward: '4', priority: 'high', status: 'in_progress', acknowledgeBy: day(-13), dueDate: day(-6), departmentId: 'dept-tech', officer: 'Rhulani Hlungwani', acknowledgedAt: at(-19, '10:00') }),
    query(2, { received: -6, stakeholderId: 'demo-sh-2', channel: 'email', subject: 'Rates account shows wrong property value', description: 'My municipal account uses last year\'s valuation.', category: 'Rates and billing', ward: '11', priority: 'normal', status: 'assigned', acknowledgeBy: day(1), dueDate: day(8), departmentId: 'dept-fin', officer: 'Ronel Steyn', acknowledgedAt: at(-5, '11:30') }),
    query(3, { received: -2, stakeholderId: 'demo-sh-3', channel: 'public_meeting', subject: 'Streetlights out along the taxi rank road', description: 'Raised at the Ward 7 public meeting.', category: 'Electricity', ward: '7', priority: 'normal', status: 'new', acknowledgeBy: day(5), dueDate: day(12), departmentId: '' }),
    query(4, { received: -35, stakeholderId: 'demo-sh-4', channel: 'letter', subject: 'Request for water quality test results', description: 'The organisation asks for the latest Blue Drop results.', category: 'Water and sanitation', ward: '', priority: 'normal', status: 'closed', acknowledgeBy: day(-28), dueDate: day(-21), departmentId: 'dept-tech', officer: 'Rhulani Hlungwani', acknowledgedAt: at(-33, '09:00'), resolvedAt: at(-24, '15:00'), closedAt: at(-22, '10:00'), outcome: 'Results sent by email with an explanation of the sampling points.' }),
    query(5, { received: -3, stakeholderId: 'demo-sh-5', channel: 'email', subject: 'Media enquiry: status of the clinic hours motion', description: 'The station asks for comment on the failed motion.', category: 'Council business', ward: '', priority: 'high', status: 'acknowledged', acknowledgeBy: day(2), dueDate: day(4), departmentId: 'dept-mm', relatedResolutionId: 'demo-res-4', acknowledgedAt: at(-2, '08:30') }),
  ];

  const event = (n: number, queryId: string, day: number, kind: QueryEvent['kind'], text: string, from?: QueryStatus, to?: QueryStatus, by = 'Grace Mokwena'): QueryEvent => ({
    id: `demo-qe-${pad(n, 3)}`,
    queryId,
    at: at(day, '10:00'),
    by,
    kind,
    text,
    ...(from ? { fromStatus: from } : {}),
    ...(to ? { toStatus: to } : {}),
  });
  const queryEvents: QueryEvent[] = [
    event(1, 'demo-q-1', -20, 'created', 'Logged from a phone call.', undefined, 'new'),
    event(2, 'demo-q-1', -19, 'status_changed', 'Acknowledged by SMS.', 'new', 'acknowledged'),
    event(3, 'demo-q-1', -19, 'assigned', 'Assigned to Technical Services.', 'acknowledged', 'assigned'),
    event(4, 'demo-q-1', -15, 'status_changed', 'Repair team dispatched.', 'assigned', 'in_progress', 'Rhulani Hlungwani'),
    event(5, 'demo-q-2', -6, 'created', 'Logged from an email.', undefined, 'new'),
    event(6, 'demo-q-2', -5, 'status_changed', 'Acknowledged by email.', 'new', 'acknowledged'),
    event(7, 'demo-q-2', -5, 'assigned', 'Assigned to Budget and Treasury.', 'acknowledged', 'assigned'),
    event(8, 'demo-q-3', -2, 'created', 'Raised at the Ward 7 public meeting.', undefined, 'new'),
    event(9, 'demo-q-4', -35, 'created', 'Letter received.', undefined, 'new'),
    event(10, 'demo-q-4', -24, 'status_changed', 'Results sent.', 'in_progress', 'resolved', 'Rhulani Hlungwani'),
    event(11, 'demo-q-4', -22, 'status_changed', 'Closed after the organisation confirmed receipt.', 'resolved', 'closed'),
    event(12, 'demo-q-5', -3, 'created', 'Media enquiry received.', undefined, 'new'),
    event(13, 'demo-q-5', -2, 'status_changed', 'Acknowledged; comment being prepared.', 'new', 'acknowledged'),
  ];

  return { stakeholders, queries, queryEvents };
}
