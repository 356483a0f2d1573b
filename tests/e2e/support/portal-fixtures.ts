/**
 * Publications for the portal's tests, written straight into a server's public database the way
 * the app's publishing writes them (shared/publishing/publication.ts): an upcoming agenda with
 * its Word document, a corrected agenda, a withdrawn agenda, confirmed minutes, and a register
 * with text typed as markup. The database is made readable by anyone, as couch:setup does.
 */
import { Document, Packer, Paragraph } from 'docx';
import {
  publicDatabaseName,
  publicationId,
  publicationKey,
  type Publication,
  type PublicMeeting,
  type PublicResolution,
  type PublicSite,
} from '../../../shared/publishing/publication';

export interface SeedTarget {
  serverUrl: string;
  admin: { username: string; password: string };
  prefix: string;
}

/** Markup a secretary might type: the portal must show it as text. */
export const HOSTILE_TITLE = '<img src=x onerror="document.title=\'pwned\'"> Budget & <b>tariffs</b>';

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="8" fill="#0b4f8a"/><path d="M12 48 L32 14 L52 48 Z" fill="#f2b705"/></svg>';

function days(now: Date, count: number, hour: number): string {
  const date = new Date(now.getTime() + count * 86_400_000);
  // hour:00 in Johannesburg (UTC+2) on that day.
  date.setUTCHours(hour - 2, 0, 0, 0);
  return date.toISOString();
}

async function docx(lines: string[]): Promise<string> {
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return (await Packer.toBuffer(document)).toString('base64');
}

export interface SeededPortal {
  database: string;
  upcoming: PublicMeeting;
  past: PublicMeeting;
  corrected: PublicMeeting;
  withdrawnKey: string;
  resolutions: PublicResolution[];
  agendaFileName: string;
}

export async function seedPortal(target: SeedTarget, now = new Date()): Promise<SeededPortal> {
  const database = publicDatabaseName(target.prefix);
  const auth = `Basic ${Buffer.from(`${target.admin.username}:${target.admin.password}`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${target.serverUrl}${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok && !(method === 'PUT' && path === database && response.status === 412)) {
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    }
    return response;
  };
  await call('PUT', database);
  await call('PUT', `${database}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: [] } });

  const site: PublicSite = {
    _id: 'site',
    type: 'site',
    municipality: 'Mopane Ridge Local Municipality',
    address: ['Civic Centre, 1 Baobab Street', 'Mopane Ridge, 0999'],
    contact: ['Tel. 015 000 1234', 'secretariat@mopaneridge.example.gov.za'],
    updatedAt: now.toISOString(),
    _attachments: { logo: { content_type: 'image/svg+xml', data: Buffer.from(LOGO_SVG).toString('base64') } },
  };

  const upcoming: PublicMeeting = {
    reference: 'OC 10/2026',
    title: 'Ordinary Council meeting',
    bodyCode: 'OC',
    bodyName: 'Ordinary Council',
    kindLabel: 'Ordinary meeting',
    startsAt: days(now, 7, 10),
    endsAt: days(now, 7, 13),
    venue: 'Council Chamber, Civic Centre',
  };
  const corrected: PublicMeeting = {
    reference: 'FIN 4/2026',
    title: 'Finance Committee meeting',
    bodyCode: 'FIN',
    bodyName: 'Finance Committee',
    kindLabel: 'Special meeting',
    startsAt: days(now, 14, 9),
    venue: 'Committee Room 2',
  };
  const past: PublicMeeting = {
    reference: 'OC 9/2026',
    title: 'Ordinary Council meeting',
    bodyCode: 'OC',
    bodyName: 'Ordinary Council',
    kindLabel: 'Ordinary meeting',
    startsAt: days(now, -30, 10),
    endsAt: days(now, -30, 12),
    venue: 'Council Chamber, Civic Centre',
  };
  const resolutions: PublicResolution[] = [
    {
      number: 'C 41/2026',
      title: 'Water tariffs for 2026/27',
      text: [{ kind: 'paragraph', text: 'That the water tariffs in annexure A be approved with effect from 1 July 2026.' }],
      meetingReference: 'OC 9/2026',
      bodyCode: 'OC',
      bodyName: 'Ordinary Council',
      adoptedOn: past.startsAt.slice(0, 10),
      mover: 'Cllr N. Dlamini',
      seconder: 'Cllr P. van Wyk',
      outcome: 'Carried',
      status: 'In progress',
      progress: { on: now.toISOString().slice(0, 10), text: 'Tariff notices sent to the printers.' },
    },
    {
      number: 'C 42/2026',
      title: HOSTILE_TITLE,
      text: [
        { kind: 'paragraph', text: 'That the <script>alert(1)</script> budget adjustment be noted.' },
        { kind: 'bullet', text: 'Capital budget: R 12,5 million' },
        { kind: 'bullet', text: 'Operating budget: unchanged' },
      ],
      meetingReference: 'OC 9/2026',
      bodyCode: 'OC',
      bodyName: 'Ordinary Council',
      adoptedOn: past.startsAt.slice(0, 10),
      outcome: 'Carried unanimously',
      status: 'Implemented',
    },
    {
      number: 'F 7/2025',
      title: 'Debt collection policy reviewed',
      text: [{ kind: 'paragraph', text: 'That the reviewed debt collection policy be recommended to Council.' }],
      meetingReference: 'FIN 9/2025',
      bodyCode: 'FIN',
      bodyName: 'Finance Committee',
      adoptedOn: '2025-11-12',
      outcome: 'Carried',
      status: 'Not started',
    },
  ];
  const stamp = (offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000).toISOString();
  const agendaFileName = 'agenda-oc-10-2026.docx';
  const publications: Publication[] = [
    {
      _id: publicationId('agenda', publicationKey(upcoming.reference)),
      type: 'publication',
      kind: 'agenda',
      state: 'published',
      version: 1,
      firstPublishedAt: stamp(-1),
      publishedAt: stamp(-1),
      publishedBy: 'Thuli Mokoena',
      content: {
        kind: 'agenda',
        meeting: upcoming,
        items: [
          { number: '1', title: 'Opening and welcome', summary: [] },
          { number: '2', title: 'Apologies', summary: [] },
          // An item taken in committee, as the app publishes it (`withheld`, see
          // shared/publishing/publication.ts): its number and "Confidential item" only.
          { number: '2.1', title: 'Confidential item', summary: [], withheld: true },
          {
            number: '3',
            title: 'Water tariffs: public comments',
            presenter: 'Chief Financial Officer',
            summary: [
              { kind: 'paragraph', text: 'Comments received from residents during the public participation period.' },
              { kind: 'numbered', text: 'Ward 3 residents’ association' },
              { kind: 'numbered', text: 'Chamber of Business' },
            ],
          },
          {
            number: '4',
            title: 'Road repairs in Ward 7',
            summary: [{ kind: 'paragraph', text: 'Report <i>not</i> markup.' }],
            late: { reason: 'Storm damage after the notice was issued.' },
          },
        ],
      },
      _attachments: {
        [agendaFileName]: {
          content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          data: await docx(['Ordinary Council meeting', 'OC 10/2026', 'Agenda']),
        },
      },
    },
    {
      _id: publicationId('agenda', publicationKey(corrected.reference)),
      type: 'publication',
      kind: 'agenda',
      state: 'published',
      version: 2,
      firstPublishedAt: stamp(-3),
      publishedAt: stamp(-2),
      publishedBy: 'Sipho Nkosi',
      correction: { at: stamp(-2), note: 'The venue was corrected to Committee Room 2.' },
      content: { kind: 'agenda', meeting: corrected, items: [{ number: '1', title: 'Adjustment budget', summary: [] }] },
    },
    {
      _id: publicationId('agenda', 'sc-3-2026'),
      type: 'publication',
      kind: 'agenda',
      state: 'withdrawn',
      version: 1,
      firstPublishedAt: stamp(-5),
      publishedAt: stamp(-5),
      publishedBy: 'Thuli Mokoena',
      withdrawal: { at: stamp(-4), reason: 'The special meeting was postponed.' },
    },
    {
      _id: publicationId('agenda', publicationKey(past.reference)),
      type: 'publication',
      kind: 'agenda',
      state: 'published',
      version: 1,
      firstPublishedAt: stamp(-40),
      publishedAt: stamp(-40),
      publishedBy: 'Thuli Mokoena',
      content: { kind: 'agenda', meeting: past, items: [{ number: '1', title: 'Water tariffs for 2026/27', summary: [] }] },
    },
    {
      _id: publicationId('minutes', publicationKey(past.reference)),
      type: 'publication',
      kind: 'minutes',
      state: 'published',
      version: 1,
      firstPublishedAt: stamp(-6),
      publishedAt: stamp(-6),
      publishedBy: 'Thuli Mokoena',
      content: {
        kind: 'minutes',
        meeting: past,
        confirmedOn: stamp(-7).slice(0, 10),
        confirmedAt: 'OC 10/2026',
        attendance: [
          { heading: 'Present', names: ['Cllr N. Dlamini (Speaker)', 'Cllr P. van Wyk', 'Cllr T. Mahlangu'] },
          { heading: 'Apologies', names: ['Cllr R. Naidoo'] },
        ],
        items: [
          {
            number: '1',
            title: 'Water tariffs for 2026/27',
            discussion: [{ kind: 'paragraph', text: 'The Chief Financial Officer presented the tariffs.' }],
            resolutions: resolutions.slice(0, 2),
          },
        ],
      },
    },
    {
      _id: publicationId('register', 'oc'),
      type: 'publication',
      kind: 'register',
      state: 'published',
      version: 1,
      firstPublishedAt: stamp(-6),
      publishedAt: stamp(-6),
      publishedBy: 'Thuli Mokoena',
      content: { kind: 'register', resolutions: resolutions.filter((r) => r.bodyCode === 'OC') },
    },
    {
      _id: publicationId('register', 'fin'),
      type: 'publication',
      kind: 'register',
      state: 'published',
      version: 1,
      firstPublishedAt: stamp(-60),
      publishedAt: stamp(-60),
      publishedBy: 'Sipho Nkosi',
      content: { kind: 'register', resolutions: resolutions.filter((r) => r.bodyCode === 'FIN') },
    },
  ];
  const existing = await call('GET', `${database}/_all_docs`);
  const revs = new Map(((await existing.json()) as { rows: Array<{ id: string; value: { rev: string } }> }).rows.map((row) => [row.id, row.value.rev]));
  const docs = [site, ...publications].map((doc) => (revs.has(doc._id) ? { ...doc, _rev: revs.get(doc._id) } : doc));
  const result = (await (await call('POST', `${database}/_bulk_docs`, { docs })).json()) as Array<{ id: string; error?: string; reason?: string }>;
  const failed = result.filter((row) => row.error);
  if (failed.length) throw new Error(`Seeding the portal failed: ${JSON.stringify(failed)}`);
  return { database, upcoming, past, corrected, withdrawnKey: 'sc-3-2026', resolutions, agendaFileName };
}
