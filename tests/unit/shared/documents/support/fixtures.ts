/**
 * Records for the document tests: a small council, a meeting with every kind of attendance,
 * items with rich text, a hostile item, an in-committee item with a sub-item, and resolutions
 * with every kind of vote. Words marked SECRET must never appear in a public document.
 */
import type { AgendaItem, Body, Meeting, Member, Resolution, Stakeholder, StakeholderQuery } from '../../../../../shared/schemas';
import type { Department, MunicipalitySettings } from '../../../../../shared/settings/areas';
import type { MinutesDocumentInput, NumberedAgendaItem } from '../../../../../shared/documents/inputs';
import { zonedToInstant } from '../../../../../shared/domain/time';

export const HOSTILE_TYPED = '<script>alert("x")</script> & Co <b>bold</b> 🏛️ مجلس البلدية \u0001\u0008\uFFFE\u0085end';
/** What Word must show: markup literal, control characters gone. */
export const HOSTILE_SHOWN = '<script>alert("x")</script> & Co <b>bold</b> 🏛️ مجلس البلدية end';

/** Words that only in-committee content holds. */
export const SECRETS = ['SECRET-PARENT', 'SECRET-CHILD', 'SECRET-DISCUSSION', 'SECRET-RESOLUTION', 'SECRET-FLAGGED', 'SECRET-PRESENTER'];

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const DAY = '2026-11-26';
export const at = (time: string, day = DAY) => zonedToInstant(day, time);

const stamp = { createdAt: at('08:00'), createdBy: 'Test', updatedAt: at('08:00'), updatedBy: 'Test', hasConflict: false } as const;

export const municipality: MunicipalitySettings = {
  name: 'Thaba Nkosi Local Municipality',
  address: '12 Market Street, Thaba Nkosi, 0700\nPrivate Bag X9, Thaba Nkosi, 0700',
  phone: '015 555 0100',
  email: 'council@thabankosi.example.gov.za',
  website: 'www.thabankosi.example.gov.za',
  timeZone: 'Africa/Johannesburg',
  logoDataUrl: `data:image/png;base64,${PNG_1x1}`,
};

export const departments: Department[] = [
  { id: 'dept-fin', name: 'Budget and Treasury', code: 'BTO' },
  { id: 'dept-tech', name: 'Technical Services', code: 'TECH' },
];

const NAMES = [
  'Naledi Chair',
  'Sipho Mover',
  'Lerato Seconder',
  'Pieter Voter',
  'Zanele Voter',
  'Tumelo Late',
  'Elsabe Early',
  'Kagiso Apology',
  'Themba Absent',
];

export const members: Member[] = [
  ...NAMES.map((fullName, i) => ({
    id: `cllr-${i + 1}`,
    fullName,
    title: 'Cllr',
    kind: 'councillor' as const,
    seat: 'pr' as const,
    active: true,
    ...stamp,
  })),
  { id: 'off-mm', fullName: 'Precious Manager', title: 'Ms', kind: 'official', seat: 'none', position: 'Municipal Manager', active: true, ...stamp },
];

export const body: Body = {
  id: 'body-council',
  name: 'Council',
  code: 'C',
  kind: 'council',
  memberships: NAMES.map((_, i) => ({ memberId: `cllr-${i + 1}`, role: i === 0 ? ('chairperson' as const) : ('member' as const) })),
  quorumRule: 'majority',
  secretaryName: 'Grace Secretary',
  archived: false,
  ...stamp,
};

export const meeting: Meeting = {
  id: 'mtg-1',
  bodyId: body.id,
  type: 'ordinary',
  title: 'Ordinary Council Meeting',
  number: 'OC 11/2026',
  startsAt: at('10:00'),
  endsAt: at('14:00'),
  venue: 'Council Chamber, Civic Centre',
  chairpersonId: 'cllr-1',
  status: 'minutes_draft',
  openedAt: at('10:05'),
  closedAt: at('13:20'),
  history: [],
  attendance: [
    ...[1, 2, 3, 4, 5].map((n) => ({ id: `att-${n}`, kind: 'member' as const, memberId: `cllr-${n}`, status: 'present' as const })),
    { id: 'att-6', kind: 'member', memberId: 'cllr-6', status: 'late', arrivedAt: at('10:25') },
    { id: 'att-7', kind: 'member', memberId: 'cllr-7', status: 'left_early', departedAt: at('12:40') },
    { id: 'att-8', kind: 'member', memberId: 'cllr-8', status: 'apology', leaveOfAbsence: true },
    { id: 'att-9', kind: 'member', memberId: 'cllr-9', status: 'absent' },
    { id: 'att-mm', kind: 'official', memberId: 'off-mm', capacity: 'Municipal Manager', status: 'present' },
    { id: 'att-guest', kind: 'guest', name: 'Mr Guest Auditor', capacity: 'Auditor-General of South Africa', status: 'present' },
  ],
  ...stamp,
};

function item(id: string, fields: Partial<AgendaItem> & Pick<AgendaItem, 'title'>): AgendaItem {
  return { id, meetingId: meeting.id, parentId: '', position: 0, kind: 'general', inCommittee: false, decision: 'none', ...fields, ...stamp };
}

export const items: NumberedAgendaItem[] = [
  { number: '1', item: item('i-1', { title: 'Opening and welcome', kind: 'opening', decision: 'noted' }) },
  { number: '2', item: item('i-2', { title: 'Reports' }) },
  {
    number: '2.1',
    item: item('i-2-1', {
      parentId: 'i-2',
      title: 'Water budget adjustment',
      kind: 'report',
      reportReference: 'BTO 14/2026',
      departmentId: 'dept-fin',
      presenter: 'Ms Ronel Steyn, CFO',
      declarations: [{ memberId: 'cllr-4', interest: 'Owns shares in a supplier.', leftMeeting: true }],
      discussion: [
        {
          kind: 'paragraph',
          runs: [{ text: 'The CFO presented ' }, { text: 'the adjustment', bold: true }, { text: ' in ' }, { text: 'detail', italic: true }, { text: '.' }],
        },
        { kind: 'bullet', runs: [{ text: 'First bullet point' }] },
        { kind: 'bullet', runs: [{ text: 'Second bullet point' }] },
        { kind: 'numbered', runs: [{ text: 'Numbered one' }] },
        { kind: 'numbered', runs: [{ text: 'Numbered two' }] },
        { kind: 'paragraph', runs: [{ text: 'Line one\nLine two\tafter a tab' }] },
        { kind: 'numbered', runs: [{ text: 'Restarted one' }] },
      ],
      decision: 'resolved',
      decisionNote: 'Approved with amendments.',
      actions: [{ id: 'a-1', description: 'Advertise the tender', departmentId: 'dept-tech', official: 'Mr Engineer', dueDate: '2026-12-15', done: false }],
    }),
  },
  {
    number: '2.1A',
    item: item('i-2-1a', {
      parentId: 'i-2',
      title: `Late item ${HOSTILE_TYPED}`,
      kind: 'urgent',
      discussion: [{ kind: 'paragraph', runs: [{ text: `Discussion ${HOSTILE_TYPED}` }] }],
      decision: 'resolved',
    }),
  },
  {
    number: '3',
    item: item('i-3', {
      title: 'SECRET-PARENT labour matters',
      kind: 'in_committee',
      inCommittee: true,
      presenter: 'SECRET-PRESENTER',
    }),
  },
  {
    number: '3.1',
    item: item('i-3-1', {
      parentId: 'i-3',
      title: 'SECRET-CHILD settlement terms',
      kind: 'in_committee',
      discussion: [{ kind: 'paragraph', runs: [{ text: 'SECRET-DISCUSSION of the terms.' }] }],
      decision: 'resolved',
    }),
  },
  { number: '4', item: item('i-4', { title: 'Closure', kind: 'closure', decision: 'noted' }) },
];

function resolution(id: string, fields: Partial<Resolution> & Pick<Resolution, 'number' | 'title'>): Resolution {
  return {
    id,
    meetingId: meeting.id,
    bodyId: body.id,
    adoptedOn: DAY,
    voteKind: 'unanimous',
    outcome: 'carried',
    status: 'not_started',
    progress: [],
    ...fields,
    ...stamp,
  };
}

export const resolutions: Resolution[] = [
  resolution('r-1', {
    number: 'C 001/2026',
    agendaItemId: 'i-2-1',
    ordinal: 1,
    title: 'Water budget adjustment approved',
    text: 'RESOLVED – THAT the water budget adjustment be approved.',
    moverId: 'cllr-2',
    seconderId: 'cllr-3',
  }),
  resolution('r-2', {
    number: 'C 002/2026',
    agendaItemId: 'i-2-1',
    ordinal: 2,
    title: 'Loan for the water works',
    text: 'THAT a loan be raised.',
    moverId: 'cllr-2',
    seconderId: 'cllr-3',
    voteKind: 'counted',
    votesFor: 30,
    votesAgainst: 11,
    abstentions: 2,
    requiresMajorityOfAll: true,
    departmentId: 'dept-fin',
    responsibleOfficial: 'Ronel Steyn',
    dueDate: '2026-12-01',
    status: 'in_progress',
    progress: [
      { at: at('09:00', '2026-11-28'), by: 'Ronel Steyn', note: 'Lenders approached.', status: 'in_progress' },
      { at: at('09:00', '2026-11-27'), by: 'Ronel Steyn', note: 'Business plan drafted.', status: 'in_progress' },
    ],
  }),
  resolution('r-3', {
    number: 'C 003/2026',
    agendaItemId: 'i-2-1a',
    ordinal: 3,
    title: `Named vote ${HOSTILE_TYPED}`,
    text: `THAT ${HOSTILE_TYPED}`,
    moverId: 'cllr-4',
    seconderId: 'cllr-5',
    voteKind: 'named',
    namedVotes: [
      { memberId: 'cllr-2', choice: 'for' },
      { memberId: 'cllr-3', choice: 'against' },
      { memberId: 'cllr-5', choice: 'abstain' },
    ],
    castingVote: 'for',
  }),
  resolution('r-4', {
    number: 'C 004/2026',
    agendaItemId: 'i-2-1a',
    ordinal: 4,
    title: 'Motion to rename the stadium',
    text: 'THAT the stadium be renamed.',
    moverId: 'cllr-5',
    seconderId: 'cllr-6',
    voteKind: 'counted',
    votesFor: 2,
    votesAgainst: 5,
    abstentions: 0,
    outcome: 'failed',
  }),
  resolution('r-5', {
    number: 'C 005/2026',
    agendaItemId: 'i-3-1',
    ordinal: 5,
    title: 'SECRET-RESOLUTION settlement',
    text: 'THAT the settlement be concluded. SECRET-RESOLUTION',
    moverId: 'cllr-2',
    seconderId: 'cllr-3',
  }),
  resolution('r-6', {
    number: 'C 006/2026',
    agendaItemId: 'i-1',
    ordinal: 6,
    title: 'SECRET-FLAGGED resolution taken in committee',
    text: 'THAT SECRET-FLAGGED be noted.',
    inCommittee: true,
  }),
];

export const stakeholder: Stakeholder = {
  id: 'sh-1',
  kind: 'person',
  category: 'resident',
  name: 'Mrs Dorah Mashele',
  address: '4 Marula Street\nThaba Nkosi\n0700',
  ward: '4',
  ...stamp,
};

export function query(n: number, fields: Partial<StakeholderQuery> = {}): StakeholderQuery {
  return {
    id: `q-${n}`,
    reference: `Q-2026-${String(n).padStart(4, '0')}-AB`,
    stakeholderId: 'sh-1',
    channel: 'phone',
    subject: `Query subject ${n}`,
    category: 'Water and sanitation',
    ward: '4',
    priority: 'normal',
    status: 'assigned',
    receivedAt: at('09:15', '2026-11-20'),
    dueDate: '2026-12-04',
    departmentId: 'dept-tech',
    officer: 'Mr Engineer',
    officerId: '',
    ...fields,
    ...stamp,
  };
}

/** The minutes of the fixture meeting, for one audience, with any part replaced. */
export function minutesInput(audience: MinutesDocumentInput['audience'], overrides: Partial<MinutesDocumentInput> = {}): MinutesDocumentInput {
  return {
    municipality,
    generatedAt: new Date('2026-11-26T15:00:00Z'),
    body,
    meeting,
    items,
    resolutions,
    members,
    departments,
    audience,
    ...overrides,
  };
}
