/**
 * The demo meetings: last month's Council meeting, minuted with attendance, resolutions and a
 * failed motion; a Finance committee whose notice is out; and draft agendas for the next Council
 * and MPAC meetings. Resolution numbers follow the default rule (meeting 9's block: C 801…).
 */
import { agendaNumbers, POSITION_GAP } from '../domain/agenda-numbering';
import { DEFAULT_RESOLUTION_FORMAT, formatResolutionNumber } from '../domain/resolution-numbers';
import { instantToDate } from '../domain/time';
import type { AgendaItem, Meeting, Resolution } from '../schemas';
import type { AttendanceEntry } from '../schemas/meeting';
import type { AgendaItemKind } from '../schemas/vocabulary';
import { STANDARD_AGENDA } from '../settings/meetings';
import type { DemoContext } from './context';
import { cllr } from './council';

interface ItemSpec {
  title: string;
  kind: AgendaItemKind;
  inCommittee?: boolean;
  reportReference?: string;
  presenter?: string;
  departmentId?: string;
  minutes?: Partial<Pick<AgendaItem, 'discussion' | 'decision' | 'decisionNote' | 'declarations' | 'actions'>>;
  children?: ItemSpec[];
}

const para = (text: string) => ({ kind: 'paragraph' as const, runs: [{ text }] });

export function buildMeetings(ctx: DemoContext): { meetings: Meeting[]; agendaItems: AgendaItem[]; resolutions: Resolution[] } {
  const { stamp, at, day, year } = ctx;
  const history = (steps: [Meeting['status'], Meeting['status'], string][]): Meeting['history'] =>
    steps.map(([from, to, when]) => ({ at: when, by: 'Grace Mokwena', from, to }));

  const agendaItems: AgendaItem[] = [];
  /** Lays out an agenda; with `frozen` the numbers are written as printed on the notice. */
  const agenda = (meetingId: string, specs: ItemSpec[], frozen: boolean) => {
    const created: AgendaItem[] = [];
    const add = (list: ItemSpec[], parentId: string, prefix: string) => {
      list.forEach((spec, index) => {
        const id = `${meetingId.replace('demo-mtg-', 'demo-ai-')}-${prefix}${index + 1}`.slice(0, 40);
        const item: AgendaItem = {
          id,
          meetingId,
          parentId,
          position: (index + 1) * POSITION_GAP,
          title: spec.title,
          kind: spec.kind,
          inCommittee: spec.inCommittee ?? false,
          decision: 'none',
          ...(spec.reportReference ? { reportReference: spec.reportReference } : {}),
          ...(spec.presenter ? { presenter: spec.presenter } : {}),
          ...(spec.departmentId ? { departmentId: spec.departmentId } : {}),
          ...spec.minutes,
          ...stamp,
        };
        created.push(item);
        if (spec.children) add(spec.children, id, `${prefix}${index + 1}-`);
      });
    };
    add(specs, '', '');
    if (frozen) {
      const numbers = agendaNumbers(created);
      for (const item of created) item.frozenNumber = numbers.get(item.id);
    }
    agendaItems.push(...created);
    return created;
  };
  const template = (extra: Partial<Record<AgendaItemKind, ItemSpec[]>>, minutes: Partial<Record<AgendaItemKind, ItemSpec['minutes']>> = {}): ItemSpec[] =>
    STANDARD_AGENDA.items.map((item) => ({
      title: item.title,
      kind: item.kind,
      ...(item.inCommittee ? { inCommittee: true } : {}),
      ...(minutes[item.kind] ? { minutes: minutes[item.kind] } : {}),
      ...(extra[item.kind] ? { children: extra[item.kind] } : {}),
    }));

  // Last month's Council meeting, minuted.
  const pastId = 'demo-mtg-council-past';
  const pastStart = at(-28, '10:00');
  const present = (n: number): AttendanceEntry => ({ id: `m-${cllr(n)}`, kind: 'member', memberId: cllr(n), status: 'present' });
  const attendance: AttendanceEntry[] = Array.from({ length: 45 }, (_, i) => present(i + 1)).map((entry) => {
    const n = Number(entry.memberId?.slice(-2));
    if (n === 14) return { ...entry, status: 'apology', leaveOfAbsence: true };
    if (n === 33) return { ...entry, status: 'apology' };
    if (n === 40) return { ...entry, status: 'absent' };
    if (n === 21) return { ...entry, status: 'late', arrivedAt: at(-28, '10:25') };
    if (n === 12) return { ...entry, status: 'left_early', departedAt: at(-28, '12:30') };
    return entry;
  });
  attendance.push(
    { id: 'demo-att-mm', kind: 'official', memberId: 'demo-off-mm', capacity: 'Municipal Manager', status: 'present' },
    { id: 'demo-att-cfo', kind: 'official', memberId: 'demo-off-cfo', capacity: 'Chief Financial Officer', status: 'present' },
    { id: 'demo-att-sec', kind: 'official', memberId: 'demo-off-sec', capacity: 'Manager: Council Support', status: 'present' },
    { id: 'demo-att-guest', kind: 'guest', name: 'Mr Peter Naidoo', capacity: "Auditor-General's office", status: 'present' },
  );
  const past = agenda(
    pastId,
    template(
      {
        report: [
          {
            title: 'Adjustment budget: water infrastructure',
            kind: 'report',
            reportReference: `BTO 14/${year}`,
            presenter: 'Ms Ronel Steyn, Chief Financial Officer',
            departmentId: 'dept-fin',
            minutes: {
              discussion: [
                para('The Chief Financial Officer presented the adjustment budget for the refurbishment of the water treatment works.'),
                { kind: 'bullet', runs: [{ text: 'Capital: ' }, { text: 'R12,4 million', bold: true }, { text: ' over two financial years' }] },
                { kind: 'bullet', runs: [{ text: 'Funded from the Municipal Infrastructure Grant and own revenue' }] },
                para('Councillors asked about the timeline for Wards 4 and 11; the Director: Technical Services undertook to report monthly.'),
              ],
              decision: 'resolved',
              actions: [
                {
                  id: 'demo-act-1',
                  description: 'Report monthly on the water treatment works project',
                  departmentId: 'dept-tech',
                  officialId: 'demo-off-tech',
                  official: 'Rhulani Hlungwani',
                  dueDate: day(30),
                  done: false,
                },
              ],
            },
          },
          {
            title: 'Street naming in Ward 4',
            kind: 'report',
            reportReference: `PED 22/${year}`,
            presenter: 'Dr Mapula Seabi, Director: Planning and Economic Development',
            departmentId: 'dept-ped',
            minutes: {
              declarations: [{ memberId: cllr(30), interest: 'Owns property on one of the streets to be renamed', leftMeeting: true }],
              discussion: [para('The Director presented the names proposed by the Ward 4 committee after public participation.')],
              decision: 'resolved',
            },
          },
        ],
        motion: [
          {
            title: 'Motion on after-hours clinic services',
            kind: 'motion',
            minutes: { discussion: [para('Cllr Mathebula moved the motion; after debate it was put to the vote and failed.')], decision: 'resolved' },
          },
        ],
        in_committee: [
          {
            title: 'Legal opinion on a labour dispute',
            kind: 'in_committee',
            inCommittee: true,
            minutes: { discussion: [para('Council considered the legal opinion in committee.')], decision: 'noted' },
          },
        ],
      },
      {
        opening: {
          discussion: [para('The Speaker opened the meeting at 10:05 and welcomed councillors, officials and members of the public.')],
          decision: 'noted',
        },
        apologies: { discussion: [para('Apologies were received from Cllr Khumalo (leave of absence requested) and Cllr Zulu.')], decision: 'resolved' },
        declarations: { discussion: [para('Cllr Masondo declared an interest in item 7.2.')], decision: 'noted' },
        confirmation_of_minutes: { discussion: [para('The minutes of the previous ordinary meeting were confirmed without amendment.')], decision: 'resolved' },
        question: { discussion: [para('No questions were received.')], decision: 'noted' },
        closure: { discussion: [para('There being no further business, the Speaker closed the meeting at 13:20.')], decision: 'noted' },
      },
    ),
    true,
  );
  const itemOf = (kind: AgendaItemKind, child?: number) => {
    const parent = past.find((i) => i.kind === kind && !i.parentId)!;
    return child ? past.filter((i) => i.parentId === parent.id)[child - 1]! : parent;
  };

  const meetings: Meeting[] = [
    {
      id: pastId,
      bodyId: 'demo-body-council',
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      number: `OC 09/${year}`,
      sequence: 9,
      startsAt: pastStart,
      endsAt: at(-28, '14:00'),
      venue: 'Council Chamber, Civic Centre',
      chairpersonId: cllr(1),
      status: 'minutes_draft',
      noticeIssuedAt: at(-35, '08:00'),
      openedAt: at(-28, '10:05'),
      closedAt: at(-28, '13:20'),
      history: history([
        ['draft', 'notice_issued', at(-35, '08:00')],
        ['notice_issued', 'in_session', at(-28, '10:05')],
        ['in_session', 'closed', at(-28, '13:20')],
        ['closed', 'minutes_draft', at(-27, '09:00')],
      ]),
      attendance,
      ...stamp,
    },
  ];

  // The Finance committee: notice issued, numbers frozen.
  agenda(
    'demo-mtg-finance',
    [
      { title: 'Opening and welcome', kind: 'opening' },
      { title: 'Apologies', kind: 'apologies' },
      { title: 'Declarations of interest', kind: 'declarations' },
      { title: 'Confirmation of the minutes of the previous meeting', kind: 'confirmation_of_minutes' },
      {
        title: 'Reports',
        kind: 'report',
        children: [
          {
            title: 'Section 71 monthly budget statement: October',
            kind: 'report',
            reportReference: `BTO 15/${year}`,
            presenter: 'Ms Ronel Steyn',
            departmentId: 'dept-fin',
          },
          {
            title: 'Debt collection and credit control',
            kind: 'report',
            reportReference: `BTO 16/${year}`,
            presenter: 'Ms Ronel Steyn',
            departmentId: 'dept-fin',
          },
        ],
      },
      { title: 'Closure', kind: 'closure' },
    ],
    true,
  );
  meetings.push({
    id: 'demo-mtg-finance',
    bodyId: 'demo-body-finance',
    type: 'ordinary',
    title: 'Finance Portfolio Committee',
    number: `FPC 11/${year}`,
    sequence: 11,
    startsAt: at(3, '09:00'),
    endsAt: at(3, '12:00'),
    venue: 'Committee Room 2, Civic Centre',
    chairpersonId: cllr(5),
    status: 'notice_issued',
    noticeIssuedAt: at(-4, '08:00'),
    history: history([['draft', 'notice_issued', at(-4, '08:00')]]),
    attendance: [],
    ...stamp,
  });

  // Next month's Council meeting: a draft agenda from the standard template.
  agenda(
    'demo-mtg-council-next',
    template({
      report: [
        {
          title: `Annual report ${year - 1}/${String(year % 100).padStart(2, '0')}`,
          kind: 'report',
          reportReference: `MM 3/${year}`,
          presenter: 'Ms Nomsa Mahlangu, Municipal Manager',
          departmentId: 'dept-mm',
        },
        { title: 'Roads maintenance plan', kind: 'report', reportReference: `TECH 9/${year}`, presenter: 'Mr Rhulani Hlungwani', departmentId: 'dept-tech' },
      ],
      motion: [{ title: 'Motion on youth employment in municipal projects', kind: 'motion' }],
    }),
    false,
  );
  meetings.push({
    id: 'demo-mtg-council-next',
    bodyId: 'demo-body-council',
    type: 'ordinary',
    title: 'Ordinary Council Meeting',
    number: `OC 10/${year}`,
    sequence: 10,
    startsAt: at(7, '10:00'),
    endsAt: at(7, '15:00'),
    venue: 'Council Chamber, Civic Centre',
    chairpersonId: cllr(1),
    status: 'draft',
    history: [],
    attendance: [],
    ...stamp,
  });

  agenda(
    'demo-mtg-mpac',
    [
      { title: 'Opening and welcome', kind: 'opening' },
      { title: 'Apologies', kind: 'apologies' },
      { title: 'Declarations of interest', kind: 'declarations' },
      {
        title: 'Oversight reports',
        kind: 'report',
        children: [
          { title: 'Unauthorised, irregular, fruitless and wasteful expenditure register', kind: 'report', departmentId: 'dept-fin' },
          { title: "Follow-up on the Auditor-General's findings", kind: 'report', departmentId: 'dept-mm' },
        ],
      },
      { title: 'Closure', kind: 'closure' },
    ],
    false,
  );
  meetings.push({
    id: 'demo-mtg-mpac',
    bodyId: 'demo-body-mpac',
    type: 'ordinary',
    title: 'Municipal Public Accounts Committee',
    number: `MPAC 06/${year}`,
    sequence: 6,
    startsAt: at(10, '14:00'),
    endsAt: at(10, '16:30'),
    venue: 'Committee Room 1, Civic Centre',
    chairpersonId: cllr(25),
    status: 'draft',
    history: [],
    attendance: [],
    ...stamp,
  });

  // The past meeting's resolutions, numbered in meeting 9's block.
  const adoptedOn = instantToDate(pastStart);
  const numbers = agendaNumbers(past);
  let ordinal = 0;
  const resolution = (
    item: AgendaItem,
    r: Omit<Resolution, 'id' | 'number' | 'ordinal' | 'meetingId' | 'agendaItemId' | 'bodyId' | 'adoptedOn' | 'progress' | keyof typeof stamp> &
      Partial<Resolution>,
  ): Resolution => {
    ordinal += 1;
    return {
      id: `demo-res-${ordinal}`,
      number: formatResolutionNumber(DEFAULT_RESOLUTION_FORMAT, {
        bodyCode: 'C',
        meetingSequence: 9,
        ordinal,
        itemNumber: numbers.get(item.id) ?? '',
        date: adoptedOn,
      }),
      ordinal,
      position: 1,
      meetingId: pastId,
      agendaItemId: item.id,
      bodyId: 'demo-body-council',
      adoptedOn,
      progress: [],
      inCommittee: item.inCommittee,
      ...r,
      ...stamp,
    };
  };
  const resolutions: Resolution[] = [
    resolution(itemOf('apologies'), {
      title: 'Leave of absence',
      text: 'RESOLVED – THAT leave of absence be granted in terms of Rule 5 to Cllr Khumalo.',
      voteKind: 'unanimous',
      votedAt: at(-28, '10:15'),
      outcome: 'carried',
      status: 'implemented',
    }),
    resolution(itemOf('report', 1), {
      title: 'Adjustment budget: water infrastructure',
      text: 'RESOLVED – THAT the adjustment budget for the refurbishment of the Mopane Ridge water treatment works be approved.',
      moverId: cllr(5),
      seconderId: cllr(7),
      voteKind: 'counted',
      votesFor: 29,
      votesAgainst: 11,
      abstentions: 2,
      votedAt: at(-28, '11:10'),
      requiresMajorityOfAll: true,
      outcome: 'carried',
      departmentId: 'dept-fin',
      responsibleOfficial: 'Ronel Steyn',
      dueDate: day(-5),
      status: 'in_progress',
      progress: [
        { at: at(-14, '11:00'), by: 'Ronel Steyn', note: 'Budget loaded on the financial system; tender specification drafted.', status: 'in_progress' },
      ],
    }),
    resolution(itemOf('report', 2), {
      title: 'Street naming in Ward 4',
      text: 'RESOLVED – THAT the names proposed by the Ward 4 committee be advertised for public comment.',
      moverId: cllr(9),
      seconderId: cllr(2),
      voteKind: 'unanimous',
      votedAt: at(-28, '11:40'),
      outcome: 'carried',
      departmentId: 'dept-ped',
      responsibleOfficial: 'Mapula Seabi',
      dueDate: day(30),
      status: 'not_started',
    }),
    resolution(itemOf('motion', 1), {
      title: 'Motion on after-hours clinic services',
      text: 'THAT Council request the provincial department to extend clinic hours in Wards 11 and 12.',
      moverId: cllr(26),
      seconderId: cllr(28),
      voteKind: 'counted',
      votesFor: 14,
      votesAgainst: 28,
      abstentions: 0,
      votedAt: at(-28, '12:15'),
      outcome: 'failed',
      status: 'not_started',
    }),
  ];
  return { meetings, agendaItems, resolutions };
}
