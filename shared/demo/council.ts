/** The demo council: departments, 45 councillors and the officials, Council and its committees. */
import type { Body, Member } from '../schemas';
import type { Membership } from '../schemas/body';
import type { Department } from '../settings/areas';
import { pad, type DemoContext } from './context';

const PARTIES = [
  { name: 'Civic Progress Alliance', seats: 24 },
  { name: 'Democratic Residents Movement', seats: 12 },
  { name: "People's Economic Front", seats: 6 },
  { name: 'Green Valley Party', seats: 2 },
  { name: 'Independent', seats: 1 },
] as const;

const FIRST_NAMES = [
  'Thandeka',
  'Sipho',
  'Lerato',
  'Pieter',
  'Nomvula',
  'Tshepo',
  'Ayesha',
  'Johan',
  'Palesa',
  'Mandla',
  'Refilwe',
  'Kagiso',
  'Zanele',
  'Hendrik',
  'Naledi',
  'Bongani',
  'Fatima',
  'Lwazi',
  'Annelie',
  'Themba',
  'Mpho',
  'Khanyisile',
  'Rudzani',
  'Dineo',
  'Vusi',
  'Mmabatho',
  'Karabo',
  'Sibusiso',
  'Charlene',
  'Tumelo',
  'Nandi',
  'Xolani',
  'Busisiwe',
  'Gert',
  'Ntombi',
  'Lindiwe',
  'Moses',
  'Rirhandzu',
  'Thabiso',
  'Elsabe',
  'Ndivhuwo',
  'Siyabonga',
  'Precious',
  'Katlego',
  'Mulalo',
  'Anathi',
  'Jabulani',
  'Marlene',
  'Onalenna',
];
const SURNAMES = [
  'Mokoena',
  'Dlamini',
  'Nkosi',
  'van der Merwe',
  'Mahlangu',
  'Maluleke',
  'Botha',
  'Khumalo',
  'Ndlovu',
  'Mabasa',
  'Sithole',
  'Mathebula',
  'Pretorius',
  'Baloyi',
  'Ramaphoko',
  'Naidoo',
  'Molefe',
  'Mthembu',
  'Chauke',
  'Coetzee',
  'Ngobeni',
  'Radebe',
  'Modise',
  'Mashaba',
  'Nemavhola',
  'Shabangu',
  'Lekota',
  'Masondo',
  'Joubert',
  'Ravele',
  'Manganye',
  'Tshabalala',
  'Mudau',
  'Hlongwane',
  'Venter',
  'Makhado',
  'Mogale',
  'Netshitenzhe',
  'Phiri',
  'Zulu',
  'Maake',
  'Mnisi',
  'Sebola',
  'Kekana',
  'Mathe',
  'Cloete',
  'Rikhotso',
  'Ledwaba',
  'Moloto',
];

export const DEPARTMENTS: Department[] = [
  { id: 'dept-mm', name: 'Office of the Municipal Manager', code: 'MM', director: 'Ms Nomsa Mahlangu' },
  { id: 'dept-corp', name: 'Corporate Services', code: 'CORP', director: 'Mr Andile Zwane' },
  { id: 'dept-fin', name: 'Budget and Treasury', code: 'BTO', director: 'Ms Ronel Steyn' },
  { id: 'dept-comm', name: 'Community Services', code: 'COMM', director: 'Mr Tebogo Masemola' },
  { id: 'dept-tech', name: 'Technical Services', code: 'TECH', director: 'Mr Rhulani Hlungwani' },
  { id: 'dept-ped', name: 'Planning and Economic Development', code: 'PED', director: 'Dr Mapula Seabi' },
];

/** The member id of the demo's n-th councillor (1 is the Speaker, 3 the Executive Mayor). */
export const cllr = (n: number) => `demo-cllr-${pad(n)}`;

export function buildCouncil(ctx: DemoContext): { departments: Department[]; members: Member[]; bodies: Body[] } {
  const { stamp } = ctx;
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
    body({
      id: 'demo-body-council',
      name: 'Council',
      code: 'C',
      kind: 'council',
      memberships: membership(range(1, 45), 1),
      secretaryName: 'Grace Mokwena',
      departmentId: 'dept-corp',
    }),
    body({
      id: 'demo-body-mayco',
      name: 'Mayoral Committee',
      code: 'MC',
      kind: 'mayoral_committee',
      memberships: membership([3, 5, 7, 9, 11, 13], 3),
      secretaryName: 'Grace Mokwena',
      departmentId: 'dept-mm',
    }),
    body({
      id: 'demo-body-finance',
      name: 'Finance Portfolio Committee',
      code: 'FPC',
      kind: 'portfolio_committee',
      memberships: membership([5, 2, 8, 14, 25, 26, 37], 5, 2),
      secretaryName: 'Kabelo Ntuli',
      departmentId: 'dept-fin',
    }),
    body({
      id: 'demo-body-infra',
      name: 'Infrastructure Portfolio Committee',
      code: 'IPC',
      kind: 'portfolio_committee',
      memberships: membership([7, 4, 10, 16, 27, 28, 38], 7, 4),
      secretaryName: 'Kabelo Ntuli',
      departmentId: 'dept-tech',
    }),
    body({
      id: 'demo-body-community',
      name: 'Community Services Portfolio Committee',
      code: 'CSPC',
      kind: 'portfolio_committee',
      memberships: membership([9, 6, 12, 18, 29, 30, 39], 9, 6),
      secretaryName: 'Kabelo Ntuli',
      departmentId: 'dept-comm',
    }),
    body({
      id: 'demo-body-corporate',
      name: 'Corporate Services Portfolio Committee',
      code: 'CPPC',
      kind: 'portfolio_committee',
      memberships: membership([11, 15, 20, 22, 31, 32, 40], 11, 15),
      secretaryName: 'Kabelo Ntuli',
      departmentId: 'dept-corp',
    }),
    body({
      id: 'demo-body-mpac',
      name: 'Municipal Public Accounts Committee',
      code: 'MPAC',
      kind: 'mpac',
      memberships: membership([25, 17, 19, 21, 33, 41, 43], 25, 17),
      secretaryName: 'Grace Mokwena',
      departmentId: 'dept-mm',
    }),
  ];

  return { departments: DEPARTMENTS, members, bodies };
}
