/**
 * The public snapshot (issue 19): nothing in committee in any field, markup kept as literal
 * text, the printed numbers kept with no gap, and names a resident understands (no record ids,
 * no internal status keys).
 */
import { describe, expect, it } from 'vitest';
import { agendaSnapshot, minutesSnapshot, registerSnapshot, richTextBlocks, textBlocks } from '../../../shared/publishing/snapshot';
import { publicationKey } from '../../../shared/publishing/publication';
import { publicMeetingReference } from '../../../shared/publishing/reference';
import { meetingReferenceOf } from '../../../shared/domain/meeting-integrity';
import type { Meeting } from '../../../shared/schemas';
import { HOSTILE_SHOWN, SECRETS, at, body, departments, items, meeting, members, resolutions } from './documents/support/fixtures';

const TZ = 'Africa/Johannesburg';
const confirmed: Meeting = { ...meeting, status: 'minutes_confirmed', confirmedAt: at('10:30', '2026-12-10') };
const confirming: Meeting = { ...meeting, id: 'mtg-2', number: 'OC 12/2026', startsAt: at('10:00', '2026-12-10') };

/** Every string anywhere in a value, keys included. */
function allText(value: unknown): string {
  return JSON.stringify(value);
}

/** Record ids and internal keys of the fixtures, none of which a resident should read. */
const INTERNAL = [
  '"mtg-1"',
  'mtg-2',
  'body-council',
  'cllr-',
  'off-mm',
  'dept-fin',
  'dept-tech',
  '"i-',
  '"r-',
  'att-',
  'not_started',
  'in_progress',
  'minutes_draft',
  'minutes_confirmed',
  'in_committee',
  'ordinary"',
];

function expectNoTraceOfCommittee(content: unknown): void {
  const text = allText(content);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  // The confidential resolutions' numbers are left out too.
  expect(text).not.toContain('C 005/2026');
  expect(text).not.toContain('C 006/2026');
  for (const key of INTERNAL) expect(text).not.toContain(key);
}

describe('agenda snapshot', () => {
  const content = agendaSnapshot({ body, meeting, items, members, departments, timeZone: TZ });

  it('keeps every printed number in order, an in-committee item only as its number and "Confidential item"', () => {
    expect(content.items.map((i) => i.number)).toEqual(['1', '2', '2.1', '2.1A', '3', '3.1', '4']);
    expect(content.items[4]).toEqual({ number: '3', title: 'Confidential item', summary: [], withheld: true });
    expect(content.items[5]).toEqual({ number: '3.1', title: 'Confidential item', summary: [], withheld: true });
    expect(content.items.filter((i) => !i.withheld).map((i) => i.title)).not.toContain('Confidential item');
  });

  it('leaves no trace of an in-committee item, nor any record id or status key, in any field', () => {
    expectNoTraceOfCommittee(content);
  });

  it('names the meeting, body, presenter and department as a resident reads them', () => {
    expect(content.meeting).toEqual({
      reference: 'OC 11/2026',
      title: 'Ordinary Council Meeting',
      bodyCode: 'C',
      bodyName: 'Council',
      kindLabel: 'Ordinary meeting',
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      venue: 'Council Chamber, Civic Centre',
    });
    expect(content.items[2]).toEqual({
      number: '2.1',
      title: 'Water budget adjustment',
      presenter: 'Ms Ronel Steyn, CFO',
      summary: [
        { kind: 'paragraph', text: 'Report reference: BTO 14/2026' },
        { kind: 'paragraph', text: 'Department: Budget and Treasury' },
      ],
    });
    expect(publicationKey(content.meeting.reference)).toBe('oc-11-2026');
  });

  it('keeps markup as literal text and drops characters no document can carry', () => {
    expect(content.items[3]?.title).toBe(`Late item ${HOSTILE_SHOWN}`);
  });

  it('names a meeting without a number by its body code and date', () => {
    const unnumbered = agendaSnapshot({ body, meeting: { ...meeting, number: '  ' }, items: [], members, departments, timeZone: TZ });
    expect(unnumbered.meeting.reference).toBe('C 2026-11-26');
    expect(unnumbered.items).toEqual([]);
  });

  it('names a meeting numbered in its year as the app and its Word documents do, and keys its publication by it', () => {
    const sequenced = { ...meeting, number: '', sequence: 4, type: 'ordinary' as const };
    const council = { ...body, kind: 'council' as const };
    const content = agendaSnapshot({ body: council, meeting: sequenced, items: [], members, departments, timeZone: TZ });
    expect(content.meeting.reference).toBe(meetingReferenceOf(sequenced, council));
    expect(content.meeting.reference).toBe(`O${council.code} 04/2026`);
    expect(publicationKey(publicMeetingReference(sequenced, council, TZ))).toBe(`o${council.code.toLowerCase()}-04-2026`);
  });
});

describe('minutes snapshot', () => {
  const content = minutesSnapshot({
    body,
    meeting: confirmed,
    items,
    members,
    departments,
    timeZone: TZ,
    resolutions,
    confirmingMeeting: confirming,
    confirmingBody: body,
  });

  it('leaves out in-committee items, their resolutions and a resolution flagged in committee, in every field', () => {
    expectNoTraceOfCommittee(content);
    expect(content.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Opening and welcome'],
      ['2', 'Reports'],
      ['2.1', 'Water budget adjustment'],
      ['2.1A', `Late item ${HOSTILE_SHOWN}`],
      ['3', 'Confidential item'],
      ['3.1', 'Confidential item'],
      ['4', 'Closure'],
    ]);
    expect(content.items[4]).toEqual({ number: '3', title: 'Confidential item', discussion: [], resolutions: [], withheld: true });
    // Item 1's only resolution was taken in committee: the item stays, the resolution does not.
    expect(content.items[0]?.resolutions).toEqual([]);
  });

  it('prints the discussion as plain text blocks, declarations and decision included', () => {
    const water = content.items[2];
    expect(water?.discussion).toEqual([
      { kind: 'paragraph', text: 'Cllr Pieter Voter declared an interest: Owns shares in a supplier. The member left the meeting for this item.' },
      { kind: 'paragraph', text: 'The CFO presented the adjustment in detail.' },
      { kind: 'bullet', text: 'First bullet point' },
      { kind: 'bullet', text: 'Second bullet point' },
      { kind: 'numbered', text: 'Numbered one' },
      { kind: 'numbered', text: 'Numbered two' },
      { kind: 'paragraph', text: 'Line one\nLine two\tafter a tab' },
      { kind: 'numbered', text: 'Restarted one' },
      { kind: 'paragraph', text: 'Decision: Resolved: Approved with amendments.' },
    ]);
    expect(water?.resolutions.map((r) => r.number)).toEqual(['C 001/2026', 'C 002/2026']);
  });

  it('prints each resolution as the minutes do: text without "RESOLVED –", movers named, the vote and status in words', () => {
    const [first, second] = content.items[2]?.resolutions ?? [];
    expect(first).toEqual({
      number: 'C 001/2026',
      title: 'Water budget adjustment approved',
      text: [{ kind: 'paragraph', text: 'THAT the water budget adjustment be approved.' }],
      meetingReference: 'OC 11/2026',
      bodyCode: 'C',
      bodyName: 'Council',
      adoptedOn: '2026-11-26',
      mover: 'Cllr Sipho Mover',
      seconder: 'Cllr Lerato Seconder',
      outcome: 'Carried unanimously',
      status: 'Not started',
    });
    expect(second?.outcome).toBe('Carried: 30 for, 11 against, 2 abstentions. A majority of all the members of the body was required');
    // Due 1 December, minutes confirmed 10 December: overdue as at the confirmation.
    expect(second?.status).toBe('Overdue');
    expect(second?.progress).toEqual({ on: '2026-11-28', text: 'Lenders approached.' });
    const failed = content.items[3]?.resolutions.find((r) => r.number === 'C 004/2026');
    expect(failed?.outcome).toBe('Failed: 2 for, 5 against, 0 abstentions');
    expect(failed?.status).toBe('Motion failed');
  });

  it('says when and where the minutes were confirmed, and who attended under plain headings', () => {
    expect(content.confirmedOn).toBe('2026-12-10');
    expect(content.confirmedAt).toBe('OC 12/2026');
    expect(content.attendance.map((g) => g.heading)).toEqual(['Present', 'Apologies', 'Absent', 'In attendance']);
    expect(content.attendance[0]?.names[0]).toBe('Cllr Naledi Chair (Chairperson)');
    expect(content.attendance[1]?.names).toEqual(['Cllr Kagiso Apology (leave of absence granted)']);
    expect(content.attendance[3]?.names).toEqual(['Ms Precious Manager, Municipal Manager', 'Mr Guest Auditor, Auditor-General of South Africa']);
  });

  it('refuses minutes that are not confirmed', () => {
    expect(() => minutesSnapshot({ body, meeting, items, members, departments, timeZone: TZ, resolutions })).toThrow(/not been confirmed/);
  });
});

describe('register snapshot', () => {
  const content = registerSnapshot({
    body,
    resolutions: [...resolutions, { ...resolutions[0]!, id: 'r-other', bodyId: 'body-other', number: 'EX 1/2026', title: 'Another body' }],
    meetings: [meeting],
    items: items.map((e) => e.item),
    members,
    timeZone: TZ,
    asAt: '2026-11-30',
  });

  it('lists the body’s public resolutions only, oldest first, with no trace of confidential ones', () => {
    expect(content.resolutions.map((r) => r.number)).toEqual(['C 001/2026', 'C 002/2026', 'C 003/2026', 'C 004/2026']);
    expectNoTraceOfCommittee(content);
    expect(allText(content)).not.toContain('Another body');
    expect(content.resolutions[1]?.status).toBe('In progress');
    expect(content.resolutions[2]?.title).toBe(`Named vote ${HOSTILE_SHOWN}`);
  });
});

describe('plain text blocks', () => {
  it('splits text at blank lines and keeps markup literally', () => {
    expect(textBlocks('<b>One</b>\nstill one\n\n\n  Two  ')).toEqual([
      { kind: 'paragraph', text: '<b>One</b>\nstill one' },
      { kind: 'paragraph', text: 'Two' },
    ]);
    expect(textBlocks('')).toEqual([]);
    expect(richTextBlocks([{ kind: 'heading', runs: [{ text: '<h1>x</h1>', bold: true }] }] as never)).toEqual([{ kind: 'heading', text: '<h1>x</h1>' }]);
  });
});
