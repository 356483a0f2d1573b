/**
 * The demo municipality: Mopane Ridge Local Municipality, fictional from its name to its
 * parties and people. A deterministic set of records (same input, same output) so a newcomer
 * sees a living app at once and tests can rely on what is there.
 *
 * Dates are placed around `now`, so the demo always has recent and upcoming meetings.
 */
import type {
  Body,
  Meeting,
  Member,
  QueryEvent,
  Resolution,
  Stakeholder,
  StakeholderQuery,
} from '../schemas';
import type { Membership } from '../schemas/body';
import type { QueryStatus } from '../schemas/vocabulary';
import type { Department, MunicipalitySettings } from '../settings/areas';
import { addCalendarDays, instantToDate, zonedToInstant } from '../domain/time';

export const DEMO_MUNICIPALITY_NAME = 'Mopane Ridge Local Municipality';

export interface DemoRecords {
  municipality: MunicipalitySettings;
  departments: Department[];
  members: Member[];
  bodies: Body[];
  meetings: Meeting[];
  resolutions: Resolution[];
  stakeholders: Stakeholder[];
  queries: StakeholderQuery[];
  queryEvents: QueryEvent[];
}

const PARTIES = [
  { name: 'Civic Progress Alliance', seats: 24 },
  { name: 'Democratic Residents Movement', seats: 12 },
  { name: "People's Economic Front", seats: 6 },
  { name: 'Green Valley Party', seats: 2 },
  { name: 'Independent', seats: 1 },
] as const;

const FIRST_NAMES = [
  'Thandeka', 'Sipho', 'Lerato', 'Pieter', 'Nomvula', 'Tshepo', 'Ayesha', 'Johan', 'Palesa', 'Mandla',
  'Refilwe', 'Kagiso', 'Zanele', 'Hendrik', 'Naledi', 'Bongani', 'Fatima', 'Lwazi', 'Annelie', 'Themba',
  'Mpho', 'Khanyisile', 'Rudzani', 'Dineo', 'Vusi', 'Mmabatho', 'Karabo', 'Sibusiso', 'Charlene', 'Tumelo',
  'Nandi', 'Xolani', 'Busisiwe', 'Gert', 'Ntombi', 'Lindiwe', 'Moses', 'Rirhandzu', 'Thabiso', 'Elsabe',
  'Ndivhuwo', 'Siyabonga', 'Precious', 'Katlego', 'Mulalo', 'Anathi', 'Jabulani', 'Marlene', 'Onalenna',
];
const SURNAMES = [
  'Mokoena', 'Dlamini', 'Nkosi', 'van der Merwe', 'Mahlangu', 'Maluleke', 'Botha', 'Khumalo', 'Ndlovu', 'Mabasa',
  'Sithole', 'Mathebula', 'Pretorius', 'Baloyi', 'Ramaphoko', 'Naidoo', 'Molefe', 'Mthembu', 'Chauke', 'Coetzee',
  'Ngobeni', 'Radebe', 'Modise', 'Mashaba', 'Nemavhola', 'Shabangu', 'Lekota', 'Masondo', 'Joubert', 'Ravele',
  'Manganye', 'Tshabalala', 'Mudau', 'Hlongwane', 'Venter', 'Makhado', 'Mogale', 'Netshitenzhe', 'Phiri', 'Zulu',
  'Maake', 'Mnisi', 'Sebola', 'Kekana', 'Mathe', 'Cloete', 'Rikhotso', 'Ledwaba', 'Moloto',
];

const DEPARTMENTS: Department[] = [
  { id: 'dept-mm', name: 'Office of the Municipal Manager', code: 'MM', director: 'Ms Nomsa Mahlangu' },
  { id: 'dept-corp', name: 'Corporate Services', code: 'CORP', director: 'Mr Andile Zwane' },
  { id: 'dept-fin', name: 'Budget and Treasury', code: 'BTO', director: 'Ms Ronel Steyn' },
  { id: 'dept-comm', name: 'Community Services', code: 'COMM', director: 'Mr Tebogo Masemola' },
  { id: 'dept-tech', name: 'Technical Services', code: 'TECH', director: 'Mr Rhulani Hlungwani' },
  { id: 'dept-ped', name: 'Planning and Economic Development', code: 'PED', director: 'Dr Mapula Seabi' },
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function buildDemoMunicipality(now: Date, actor = 'Demo loader'): DemoRecords {
  const stampAt = now.toISOString();
  const stamp = { createdAt: stampAt, createdBy: actor, updatedAt: stampAt, updatedBy: actor };
  const today = instantToDate(now);
  const at = (dayOffset: number, time: string) => zonedToInstant(addCalendarDays(today, dayOffset), time);
  const year = Number(today.slice(0, 4));

  // Councillors: 23 ward seats and 22 proportional seats, allocated across the parties.
  const members: Member[] = [];
  const partyOfSeat: string[] = PARTIES.flatMap((party) => Array<string>(party.seats).fill(party.name));
  for (let i = 0; i < 45; i += 1) {
    const isWard = i % 2 === 0 && i / 2 < 23;
    members.push({
      id: `demo-cllr-${pad(i + 1)}`,
      fullName: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`,
      title: 'Cllr',
      kind: 'councillor',
      seat: isWard ? 'ward' : 'pr',
      party: partyOfSeat[i] ?? 'Independent',
      ...(isWard ? { ward: String(i / 2 + 1) } : {}),
      active: true,
      ...stamp,
    });
  }
  const cllr = (n: number) => `demo-cllr-${pad(n)}`;

  const officials: Member[] = [
    { id: 'demo-off-mm', fullName: 'Nomsa Mahlangu', title: 'Ms', position: 'Municipal Manager', departmentId: 'dept-mm' },
    { id: 'demo-off-cfo', fullName: 'Ronel Steyn', title: 'Ms', position: 'Chief Financial Officer', departmentId: 'dept-fin' },
    { id: 'demo-off-corp', fullName: 'Andile Zwane', title: 'Mr', position: 'Director: Corporate Services', departmentId: 'dept-corp' },
    { id: 'demo-off-comm', fullName: 'Tebogo Masemola', title: 'Mr', position: 'Director: Community Services', departmentId: 'dept-comm' },
    { id: 'demo-off-tech', fullName: 'Rhulani Hlungwani', title: 'Mr', position: 'Director: Technical Services', departmentId: 'dept-tech' },
    { id: 'demo-off-ped', fullName: 'Mapula Seabi', title: 'Dr', position: 'Director: Planning and Economic Development', departmentId: 'dept-ped' },
    { id: 'demo-off-sec', fullName: 'Grace Mokwena', title: 'Ms', position: 'Manager: Council Support', departmentId: 'dept-corp' },
    { id: 'demo-off-sec2', fullName: 'Kabelo Ntuli', title: 'Mr', position: 'Committee Secretary', departmentId: 'dept-corp' },
  ].map((o) => ({ ...o, kind: 'official' as const, seat: 'none' as const, active: true, ...stamp }));
  members.push(...officials);

  const membership = (ids: number[], chair: number, deputy?: number): Membership[] =>
    ids.map((n) => ({
      memberId: cllr(n),
      role: n === chair ? 'chairperson' : n === deputy ? 'deputy_chairperson' : 'member',
    }));
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  // Cllr 1 is the Speaker (chairs Council), Cllr 3 the Executive Mayor, Cllrs 5-13 odd are MMCs.
  const body = (b: Omit<Body, 'archived' | 'quorumRule' | keyof typeof stamp>): Body => ({
    ...b,
    quorumRule: 'majority',
    archived: false,
    ...stamp,
  });
  const bodies: Body[] = [
    body({ id: 'demo-body-council', name: 'Council', code: 'C', kind: 'council', memberships: membership(range(1, 45), 1), secretaryName: 'Grace Mokwena', departmentId: 'dept-corp' }),
    body({ id: 'demo-body-mayco', name: 'Mayoral Committee', code: 'MC', kind: 'mayoral_committee', memberships: membership([3, 5, 7, 9, 11, 13], 3), secretaryName: 'Grace Mokwena', departmentId: 'dept-mm' }),
    body({ id: 'demo-body-finance', name: 'Finance Portfolio Committee', code: 'FPC', kind: 'portfolio_committee', memberships: membership([5, 2, 8, 14, 25, 26, 37], 5, 2), secretaryName: 'Kabelo Ntuli', departmentId: 'dept-fin' }),
    body({ id: 'demo-body-infra', name: 'Infrastructure Portfolio Committee', code: 'IPC', kind: 'portfolio_committee', memberships: membership([7, 4, 10, 16, 27, 28, 38], 7, 4), secretaryName: 'Kabelo Ntuli', departmentId: 'dept-tech' }),
    body({ id: 'demo-body-community', name: 'Community Services Portfolio Committee', code: 'CSPC', kind: 'portfolio_committee', memberships: membership([9, 6, 12, 18, 29, 30, 39], 9, 6), secretaryName: 'Kabelo Ntuli', departmentId: 'dept-comm' }),
    body({ id: 'demo-body-corporate', name: 'Corporate Services Portfolio Committee', code: 'CPPC', kind: 'portfolio_committee', memberships: membership([11, 15, 20, 22, 31, 32, 40], 11, 15), secretaryName: 'Kabelo Ntuli', departmentId: 'dept-corp' }),
    body({ id: 'demo-body-mpac', name: 'Municipal Public Accounts Committee', code: 'MPAC', kind: 'mpac', memberships: membership([25, 17, 19, 21, 33, 41, 43], 25, 17), secretaryName: 'Grace Mokwena', departmentId: 'dept-mm' }),
  ];

  const meeting = (m: Omit<Meeting, 'history' | 'attendance' | keyof typeof stamp> & Partial<Pick<Meeting, 'attendance'>>): Meeting => ({
    history: [],
    attendance: [],
    ...m,
    ...stamp,
  });
  const pastCouncilStart = at(-28, '10:00');
  const meetings: Meeting[] = [
    meeting({
      id: 'demo-mtg-council-past',
      bodyId: 'demo-body-council',
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      number: `OC 09/${year}`,
      startsAt: pastCouncilStart,
      endsAt: at(-28, '14:00'),
      venue: 'Council Chamber, Civic Centre',
      chairpersonId: cllr(1),
      status: 'minutes_draft',
      openedAt: pastCouncilStart,
      closedAt: at(-28, '13:20'),
    }),
    meeting({
      id: 'demo-mtg-finance',
      bodyId: 'demo-body-finance',
      type: 'ordinary',
      title: 'Finance Portfolio Committee',
      number: `FPC 11/${year}`,
      startsAt: at(3, '09:00'),
      endsAt: at(3, '12:00'),
      venue: 'Committee Room 2, Civic Centre',
      chairpersonId: cllr(5),
      status: 'notice_issued',
      noticeIssuedAt: at(-4, '08:00'),
    }),
    meeting({
      id: 'demo-mtg-council-next',
      bodyId: 'demo-body-council',
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      number: `OC 10/${year}`,
      startsAt: at(7, '10:00'),
      endsAt: at(7, '15:00'),
      venue: 'Council Chamber, Civic Centre',
      chairpersonId: cllr(1),
      status: 'draft',
    }),
    meeting({
      id: 'demo-mtg-mpac',
      bodyId: 'demo-body-mpac',
      type: 'ordinary',
      title: 'Municipal Public Accounts Committee',
      number: `MPAC 06/${year}`,
      startsAt: at(10, '14:00'),
      endsAt: at(10, '16:30'),
      venue: 'Committee Room 1, Civic Centre',
      chairpersonId: cllr(25),
      status: 'draft',
    }),
  ];

  const adoptedOn = instantToDate(pastCouncilStart);
  const resolution = (r: Omit<Resolution, 'meetingId' | 'bodyId' | 'adoptedOn' | 'voteKind' | 'outcome' | 'progress' | keyof typeof stamp> & Partial<Resolution>): Resolution => ({
    meetingId: 'demo-mtg-council-past',
    bodyId: 'demo-body-council',
    adoptedOn,
    voteKind: 'unanimous',
    outcome: 'carried',
    progress: [],
    ...r,
    ...stamp,
  });
  const resolutions: Resolution[] = [
    resolution({
      id: 'demo-res-1',
      number: `C 041/${year}`,
      title: 'Leave of absence',
      text: 'RESOLVED – THAT leave of absence be granted in terms of Rule 5 to Cllr Lerato Botha.',
      status: 'implemented',
    }),
    resolution({
      id: 'demo-res-2',
      number: `C 042/${year}`,
      title: 'Adjustment budget: water infrastructure',
      text: 'RESOLVED – THAT the adjustment budget for the refurbishment of the Mopane Ridge water treatment works be approved.',
      moverId: cllr(5),
      seconderId: cllr(7),
      voteKind: 'counted',
      votesFor: 30,
      votesAgainst: 11,
      abstentions: 2,
      requiresMajorityOfAll: true,
      departmentId: 'dept-fin',
      responsibleOfficial: 'Ronel Steyn',
      dueDate: addCalendarDays(today, -5),
      status: 'in_progress',
      progress: [{ at: at(-14, '11:00'), by: 'Ronel Steyn', note: 'Budget loaded on the financial system; tender specification drafted.', status: 'in_progress' }],
    }),
    resolution({
      id: 'demo-res-3',
      number: `C 043/${year}`,
      title: 'Street naming in Ward 4',
      text: 'RESOLVED – THAT the names proposed by the Ward 4 committee be advertised for public comment.',
      moverId: cllr(9),
      seconderId: cllr(2),
      departmentId: 'dept-ped',
      responsibleOfficial: 'Mapula Seabi',
      dueDate: addCalendarDays(today, 30),
      status: 'not_started',
    }),
    resolution({
      id: 'demo-res-4',
      number: `C 044/${year}`,
      title: 'Motion on after-hours clinic services',
      text: 'THAT Council request the provincial department to extend clinic hours in Wards 11 and 12.',
      moverId: cllr(26),
      seconderId: cllr(28),
      voteKind: 'counted',
      votesFor: 14,
      votesAgainst: 29,
      abstentions: 0,
      outcome: 'failed',
      status: 'not_started',
    }),
  ];

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
    query(1, { received: -20, stakeholderId: 'demo-sh-1', channel: 'phone', subject: 'Burst water pipe on Marula Street', description: 'Water has been running down the street for two days.', category: 'Water and sanitation', ward: '4', priority: 'high', status: 'in_progress', acknowledgeBy: addCalendarDays(today, -13), dueDate: addCalendarDays(today, -6), departmentId: 'dept-tech', officer: 'Rhulani Hlungwani', acknowledgedAt: at(-19, '10:00') }),
    query(2, { received: -6, stakeholderId: 'demo-sh-2', channel: 'email', subject: 'Rates account shows wrong property value', description: 'My municipal account uses last year\'s valuation.', category: 'Rates and billing', ward: '11', priority: 'normal', status: 'assigned', acknowledgeBy: addCalendarDays(today, 1), dueDate: addCalendarDays(today, 8), departmentId: 'dept-fin', officer: 'Ronel Steyn', acknowledgedAt: at(-5, '11:30') }),
    query(3, { received: -2, stakeholderId: 'demo-sh-3', channel: 'public_meeting', subject: 'Streetlights out along the taxi rank road', description: 'Raised at the Ward 7 public meeting.', category: 'Electricity', ward: '7', priority: 'normal', status: 'new', acknowledgeBy: addCalendarDays(today, 5), dueDate: addCalendarDays(today, 12), departmentId: '' }),
    query(4, { received: -35, stakeholderId: 'demo-sh-4', channel: 'letter', subject: 'Request for water quality test results', description: 'The organisation asks for the latest Blue Drop results.', category: 'Water and sanitation', ward: '', priority: 'normal', status: 'closed', acknowledgeBy: addCalendarDays(today, -28), dueDate: addCalendarDays(today, -21), departmentId: 'dept-tech', officer: 'Rhulani Hlungwani', acknowledgedAt: at(-33, '09:00'), resolvedAt: at(-24, '15:00'), closedAt: at(-22, '10:00'), outcome: 'Results sent by email with an explanation of the sampling points.' }),
    query(5, { received: -3, stakeholderId: 'demo-sh-5', channel: 'email', subject: 'Media enquiry: status of the clinic hours motion', description: 'The station asks for comment on the failed motion.', category: 'Council business', ward: '', priority: 'high', status: 'acknowledged', acknowledgeBy: addCalendarDays(today, 2), dueDate: addCalendarDays(today, 4), departmentId: 'dept-mm', relatedResolutionId: 'demo-res-4', acknowledgedAt: at(-2, '08:30') }),
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

  return {
    municipality: {
      name: DEMO_MUNICIPALITY_NAME,
      shortName: 'Mopane Ridge',
      address: 'Civic Centre, 1 Baobab Street, Mopane Ridge, 0999\nPrivate Bag X1001, Mopane Ridge, 0999',
      phone: '015 000 1000',
      email: 'council@mopaneridge.example.gov.za',
      website: 'www.mopaneridge.example.gov.za',
      timeZone: 'Africa/Johannesburg',
    },
    departments: DEPARTMENTS,
    members,
    bodies,
    meetings,
    resolutions,
    stakeholders,
    queries,
    queryEvents,
  };
}
