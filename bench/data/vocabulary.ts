/**
 * The words the benchmark's metro is written in: a fictional metropolitan municipality's
 * departments, people, places, and the subjects residents raise, so records have the lengths,
 * spread and look of a real register (fictional in every name).
 */
import type { Department } from '../../shared/settings/areas';

export const METRO_NAME = 'Tshwelo Bay Metropolitan Municipality';
export const METRO_WARDS = 110;

export const METRO_DEPARTMENTS: Department[] = [
  { id: 'metro-cm', name: 'Office of the City Manager', code: 'CM', director: 'Mr Lungile Vilakazi' },
  { id: 'metro-corp', name: 'Corporate and Shared Services', code: 'CSS', director: 'Ms Rebecca Pillay' },
  { id: 'metro-fin', name: 'Finance', code: 'FIN', director: 'Mr Johannes Kruger' },
  { id: 'metro-water', name: 'Water and Sanitation', code: 'WS', director: 'Dr Nokuthula Zwane' },
  { id: 'metro-energy', name: 'Energy and Electricity', code: 'EE', director: 'Mr Tshilidzi Ramabulana' },
  { id: 'metro-roads', name: 'Roads and Transport', code: 'RT', director: 'Ms Carla Engelbrecht' },
  { id: 'metro-hs', name: 'Human Settlements', code: 'HS', director: 'Mr Sizwe Mkhize' },
  { id: 'metro-comm', name: 'Community Services', code: 'COMS', director: 'Ms Palesa Motaung' },
  { id: 'metro-health', name: 'Health', code: 'HLTH', director: 'Dr Yusuf Ebrahim' },
  { id: 'metro-ed', name: 'Economic Development and Tourism', code: 'EDT', director: 'Ms Thandiwe Mabuza' },
  { id: 'metro-plan', name: 'Spatial Planning and Land Use', code: 'SPLU', director: 'Mr Werner Visser' },
  { id: 'metro-safety', name: 'Public Safety', code: 'PS', director: 'Mr Kagiso Tau' },
];

/** Each category of query, the department that answers it, its weight in the register, and subjects. */
export const QUERY_TOPICS: readonly {
  category: string;
  departmentId: string;
  weight: number;
  subjects: readonly string[];
}[] = [
  {
    category: 'Water and sanitation',
    departmentId: 'metro-water',
    weight: 22,
    subjects: [
      'Burst water pipe in {street}',
      'No water supply in {suburb} since {weekday}',
      'Sewage overflowing at {street}',
      'Low water pressure in Ward {ward}',
      'Water meter leaking at {number} {street}',
      'Blocked drain outside the clinic in {suburb}',
      'Discoloured tap water in {suburb}',
    ],
  },
  {
    category: 'Electricity',
    departmentId: 'metro-energy',
    weight: 18,
    subjects: [
      'Power outage in {suburb}',
      'Streetlights not working along {street}',
      'Prepaid meter not accepting tokens at {number} {street}',
      'Illegal connections near {street}',
      'Transformer sparking in {suburb}',
      'Load reduction schedule for Ward {ward}',
    ],
  },
  {
    category: 'Roads and stormwater',
    departmentId: 'metro-roads',
    weight: 14,
    subjects: [
      'Potholes on {street}',
      'Stormwater drain blocked in {suburb}',
      'Traffic light out of order at {street}',
      'Speed humps requested near the school in {suburb}',
      'Road markings faded on {street}',
      'Sinkhole opening at {street}',
    ],
  },
  {
    category: 'Refuse removal',
    departmentId: 'metro-comm',
    weight: 12,
    subjects: [
      'Refuse not collected in {suburb}',
      'Illegal dumping behind {street}',
      'Request for additional bins at {street}',
      'Skip full at the taxi rank in {suburb}',
    ],
  },
  {
    category: 'Rates and billing',
    departmentId: 'metro-fin',
    weight: 14,
    subjects: [
      'Account shows wrong property valuation for {number} {street}',
      'Interest charged on a paid account',
      'Clearance certificate delayed for {number} {street}',
      'Refund of a double payment',
      'Indigent subsidy not applied to the account',
      'Estimated readings on the water account',
    ],
  },
  {
    category: 'Housing',
    departmentId: 'metro-hs',
    weight: 6,
    subjects: [
      'Status of a housing subsidy application',
      'Cracks in an RDP house in {suburb}',
      'Title deed not yet issued for {number} {street}',
      'Informal settlement upgrade in Ward {ward}',
    ],
  },
  {
    category: 'Parks and community facilities',
    departmentId: 'metro-comm',
    weight: 4,
    subjects: [
      'Booking of the community hall in {suburb}',
      'Grass not cut at the park on {street}',
      'Broken play equipment in {suburb}',
      'Swimming pool closed in {suburb}',
    ],
  },
  {
    category: 'Planning and building control',
    departmentId: 'metro-plan',
    weight: 4,
    subjects: [
      'Building plan approval for {number} {street}',
      'Rezoning application in {suburb}',
      'Illegal structure at {number} {street}',
      'Signage permit for a shop on {street}',
    ],
  },
  {
    category: 'Council business',
    departmentId: 'metro-cm',
    weight: 3,
    subjects: [
      'Media enquiry: date of the budget speech',
      'Request for the minutes of the Council meeting',
      'Petition from the residents of {suburb}',
      'Question for the Executive Mayor on Ward {ward}',
    ],
  },
  {
    category: 'Other',
    departmentId: 'metro-safety',
    weight: 3,
    subjects: [
      'Stray animals on {street}',
      'Noise from a tavern in {suburb}',
      'Fire hydrant damaged at {street}',
      'Metro police response in Ward {ward}',
    ],
  },
];

export const FIRST_NAMES = [
  'Thandeka', 'Sipho', 'Lerato', 'Pieter', 'Nomvula', 'Tshepo', 'Ayesha', 'Johan', 'Palesa', 'Mandla',
  'Refilwe', 'Kagiso', 'Zanele', 'Hendrik', 'Naledi', 'Bongani', 'Fatima', 'Lwazi', 'Annelie', 'Themba',
  'Mpho', 'Khanyisile', 'Rudzani', 'Dineo', 'Vusi', 'Mmabatho', 'Karabo', 'Sibusiso', 'Charlene', 'Tumelo',
  'Nandi', 'Xolani', 'Busisiwe', 'Gert', 'Ntombi', 'Lindiwe', 'Moses', 'Rirhandzu', 'Thabiso', 'Elsabe',
  'Ndivhuwo', 'Siyabonga', 'Precious', 'Katlego', 'Mulalo', 'Anathi', 'Jabulani', 'Marlene', 'Onalenna', 'Zoë',
  'Priya', 'Rashid', 'Gugu', 'Andile', 'Lebogang', 'Riana', 'Sello', 'Nokwanda', 'Tebogo', 'Musa',
];

export const SURNAMES = [
  'Mokoena', 'Dlamini', 'Nkosi', 'van der Merwe', 'Mahlangu', 'Maluleke', 'Botha', 'Khumalo', 'Ndlovu', 'Mabasa',
  'Sithole', 'Mathebula', 'Pretorius', 'Baloyi', 'Ramaphoko', 'Naidoo', 'Molefe', 'Mthembu', 'Chauke', 'Coetzee',
  'Ngobeni', 'Radebe', 'Modise', 'Mashaba', 'Nemavhola', 'Shabangu', 'Lekota', 'Masondo', 'Joubert', 'Ravele',
  'Manganye', 'Tshabalala', 'Mudau', 'Hlongwane', 'Venter', 'Makhado', 'Mogale', 'Netshitenzhe', 'Phiri', 'Zulu',
  'Maake', 'Mnisi', 'Sebola', 'Kekana', 'Mathe', 'Cloete', 'Rikhotso', 'Ledwaba', 'Moloto', 'Govender',
  'Pillay', 'Adams', 'Februarie', 'Jacobs', 'Nel', 'Mbatha', 'Cele', 'Gumede', 'Mazibuko', 'Hendricks',
];

export const TITLES = ['Mr', 'Ms', 'Mrs', 'Dr', 'Prof'] as const;

export const PARTIES = [
  { name: 'Civic Progress Alliance', share: 0.44 },
  { name: 'Democratic Residents Movement', share: 0.28 },
  { name: "People's Economic Front", share: 0.14 },
  { name: 'Green Valley Party', share: 0.06 },
  { name: 'Coastal Ratepayers Association', share: 0.05 },
  { name: 'Independent', share: 0.03 },
] as const;

export const SUBURBS = [
  'Seaview', 'Kwa-Nobuhle', 'Bluewater Park', 'Motherwell', 'Walmer Heights', 'Zwide', 'Summerstrand',
  'New Brighton', 'Despatch', 'Bethelsdorp', 'Uitenhage Central', 'Kabega', 'Greenbushes', 'Missionvale',
  'Algoa Park', 'Parsons Hill', 'Kwazakhele', 'Westering', 'Fairview', 'Ikamvelihle', 'Joe Slovo', 'Gelvandale',
];

export const STREETS = [
  'Marula Street', 'Mahogany Close', 'Baobab Avenue', 'Harbour Road', 'Main Road', 'Church Street', 'Mandela Drive',
  'Sisulu Avenue', 'Protea Crescent', 'Aloe Lane', 'Station Road', 'Kingfisher Way', 'Dune Road', 'Tambo Street',
  'Jacaranda Street', 'Old Mill Road', 'Beach Road', 'Fig Tree Lane', 'Umhlaba Street', 'Cape Road',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Words of council reports and minutes, for text whose length and shape matter more than its sense. */
export const WORDS = [
  'council', 'committee', 'report', 'budget', 'implementation', 'department', 'ward', 'residents', 'municipality',
  'infrastructure', 'maintenance', 'programme', 'project', 'service', 'delivery', 'quarter', 'financial', 'year',
  'allocation', 'capital', 'operating', 'expenditure', 'revenue', 'tariff', 'policy', 'by-law', 'amendment',
  'public', 'participation', 'consultation', 'community', 'stakeholders', 'progress', 'target', 'performance',
  'indicator', 'audit', 'finding', 'action', 'plan', 'recommendation', 'approval', 'tender', 'contract',
  'appointment', 'contractor', 'water', 'electricity', 'roads', 'stormwater', 'housing', 'refuse', 'clinic',
  'library', 'facility', 'upgrade', 'repair', 'backlog', 'schedule', 'timeline', 'completion', 'delay',
  'challenge', 'risk', 'mitigation', 'grant', 'funding', 'provincial', 'national', 'treasury', 'compliance',
  'legislation', 'section', 'regulation', 'oversight', 'accountability', 'request', 'response', 'the', 'of',
  'and', 'to', 'in', 'for', 'on', 'with', 'by', 'that', 'was', 'be', 'is', 'noted', 'raised', 'concerns',
  'about', 'asked', 'whether', 'explained', 'undertook', 'further', 'information', 'next', 'meeting', 'monthly',
];

export const REPORT_SUBJECTS = [
  'Section 71 monthly budget statement',
  'Adjustment budget',
  'Water demand management strategy',
  'Electricity network refurbishment programme',
  'Integrated development plan review',
  'Roads maintenance plan',
  'Human settlements pipeline',
  'Indigent policy review',
  'Tariff amendments',
  'Quarterly performance report',
  'Unauthorised, irregular and wasteful expenditure',
  'Report of the Auditor-General: action plan',
  'Supply chain management: deviations',
  'Informal trading by-law',
  'Public transport network operations',
  'Fleet replacement programme',
  'Coastal management programme',
  'Disaster management plan',
  'Cemetery capacity and new sites',
  'Youth employment in municipal projects',
  'Library services agreement with the province',
  'Naming of streets in {suburb}',
  'Disposal of municipal land in {suburb}',
  'Lease of a municipal facility in {suburb}',
];

export const MOTION_SUBJECTS = [
  'Motion on after-hours clinic services',
  'Motion on safety at taxi ranks',
  'Motion on free basic electricity',
  'Motion on youth unemployment',
  'Motion on illegal dumping',
  'Motion on the state of roads in Ward {ward}',
];
