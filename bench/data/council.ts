/**
 * The benchmark metro's standing configuration: the municipality, its twelve departments, 220
 * councillors (110 wards) and the officials, and fourteen bodies (Council, the Mayoral
 * Committee, ten portfolio committees, MPAC and an ad hoc committee). Small and fixed: the large
 * collections (meetings.ts, queries.ts) refer to it.
 */
import type { Body, Member } from '../../shared/schemas';
import type { Membership } from '../../shared/schemas/body';
import type { BodyKind } from '../../shared/schemas/vocabulary';
import type { Department, MunicipalitySettings } from '../../shared/settings/areas';
import { Random, recordId } from './random';
import { FIRST_NAMES, METRO_DEPARTMENTS, METRO_NAME, METRO_WARDS, PARTIES, SURNAMES } from './vocabulary';

export interface Stamp {
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  hasConflict: false;
}

export interface BodyPlan {
  body: Body;
  /** Share of all meetings this body holds. */
  weight: number;
  /** Typical number of agenda items of its meetings. */
  items: number;
}

export interface Council {
  municipality: MunicipalitySettings;
  departments: Department[];
  members: Member[];
  councillors: Member[];
  bodies: BodyPlan[];
  /** Officers who answer queries, by department id. */
  officers: ReadonlyMap<string, readonly string[]>;
  /** Committee secretaries, who minute meetings and log queries. */
  secretaries: readonly string[];
}

export const COUNCILLORS = 2 * METRO_WARDS;

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
}

export function buildCouncil(seed: number, stamp: Stamp): Council {
  const councillors: Member[] = [];
  for (let i = 0; i < COUNCILLORS; i += 1) {
    const random = Random.for(seed, 'councillor', i);
    const ward = i < METRO_WARDS ? String(i + 1) : '';
    let roll = random.next();
    const party = PARTIES.find((p) => (roll -= p.share) < 0)?.name ?? 'Independent';
    councillors.push({
      id: recordId(seed, 'member', i),
      fullName: personName(random),
      title: 'Cllr',
      kind: 'councillor',
      seat: ward ? 'ward' : 'pr',
      party,
      ...(ward ? { ward } : {}),
      email: `cllr${i + 1}@tshwelobay.example.gov.za`,
      active: true,
      ...stamp,
    });
  }

  const officials: Member[] = METRO_DEPARTMENTS.map((department, index) => ({
    id: recordId(seed, 'member', COUNCILLORS + index),
    fullName: department.director?.replace(/^(Mr|Ms|Dr) /, '') ?? department.name,
    title: department.director?.split(' ')[0] ?? '',
    kind: 'official' as const,
    seat: 'none' as const,
    position: index === 0 ? 'City Manager' : `Executive Director: ${department.name}`,
    departmentId: department.id,
    active: true,
    ...stamp,
  }));

  const secretaries: string[] = [];
  for (let i = 0; i < 8; i += 1) secretaries.push(personName(Random.for(seed, 'secretary', i)));
  const officers = new Map<string, string[]>();
  METRO_DEPARTMENTS.forEach((department, d) => {
    const names: string[] = [];
    for (let i = 0; i < 8; i += 1) names.push(personName(Random.for(seed, 'officer', d, i)));
    officers.set(department.id, names);
  });

  const councillorId = (n: number): string => councillors[n % COUNCILLORS]?.id ?? '';
  const membership = (from: number, count: number): Membership[] =>
    Array.from({ length: count }, (_, k) => ({
      memberId: councillorId(from + k * 7),
      role: k === 0 ? 'chairperson' : k === 1 ? 'deputy_chairperson' : 'member',
    }));
  const body = (index: number, name: string, code: string, kind: BodyKind, memberships: Membership[], departmentId: string): Body => ({
    id: recordId(seed, 'body', index),
    name,
    code,
    kind,
    memberships,
    quorumRule: 'majority',
    secretaryName: secretaries[index % secretaries.length] ?? '',
    departmentId,
    archived: false,
    ...stamp,
  });
  const council = body(
    0,
    'Council',
    'C',
    'council',
    councillors.map((c, k) => ({ memberId: c.id, role: k === 0 ? 'chairperson' : 'member' })),
    'metro-corp',
  );
  const portfolios: [string, string, string][] = [
    ['Finance Portfolio Committee', 'FPC', 'metro-fin'],
    ['Water and Sanitation Portfolio Committee', 'WSPC', 'metro-water'],
    ['Energy and Electricity Portfolio Committee', 'EEPC', 'metro-energy'],
    ['Roads and Transport Portfolio Committee', 'RTPC', 'metro-roads'],
    ['Human Settlements Portfolio Committee', 'HSPC', 'metro-hs'],
    ['Community Services Portfolio Committee', 'CSPC', 'metro-comm'],
    ['Health Portfolio Committee', 'HPC', 'metro-health'],
    ['Economic Development Portfolio Committee', 'EDPC', 'metro-ed'],
    ['Spatial Planning Portfolio Committee', 'SPPC', 'metro-plan'],
    ['Public Safety Portfolio Committee', 'PSPC', 'metro-safety'],
  ];
  const bodies: BodyPlan[] = [
    { body: council, weight: 10, items: 34 },
    { body: body(1, 'Mayoral Committee', 'MC', 'mayoral_committee', membership(2, 11), 'metro-cm'), weight: 18, items: 26 },
    ...portfolios.map(([name, code, departmentId], p) => ({
      body: body(2 + p, name, code, 'portfolio_committee', membership(10 + p * 13, 15), departmentId),
      weight: 6,
      items: 16,
    })),
    { body: body(12, 'Municipal Public Accounts Committee', 'MPAC', 'mpac', membership(150, 15), 'metro-cm'), weight: 8, items: 14 },
    { body: body(13, 'Ad hoc Committee on the Rules of Order', 'ARO', 'ad_hoc', membership(60, 9), 'metro-corp'), weight: 4, items: 8 },
  ];

  return {
    municipality: {
      name: METRO_NAME,
      shortName: 'Tshwelo Bay',
      address: 'City Hall, 1 Harbour Road, Tshwelo Bay, 6001\nPrivate Bag X6001, Tshwelo Bay, 6000',
      phone: '041 000 1000',
      email: 'council@tshwelobay.example.gov.za',
      website: 'www.tshwelobay.example.gov.za',
      timeZone: 'Africa/Johannesburg',
    },
    departments: METRO_DEPARTMENTS,
    members: [...councillors, ...officials],
    councillors,
    bodies,
    officers,
    secretaries,
  };
}
