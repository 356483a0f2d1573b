/**
 * Minutes, read back by mammoth and python-docx: attendance, items in order, rich text as Word
 * lists, resolutions with their numbers, movers and votes, DRAFT on every page of a draft,
 * the confirmation block, nothing of an in-committee item in the public version, and a build
 * time for a long meeting.
 */
import { describe, expect, it } from 'vitest';
import type { MinutesDocumentInput } from '../../../../shared/documents/inputs';
import { buildMinutesDocument } from '../../../../shared/documents/minutes';
import type { AgendaItem, Resolution } from '../../../../shared/schemas';
import { HOSTILE_SHOWN, SECRETS, at, body, items, meeting, minutesInput, resolutions } from './support/fixtures';
import { inOrder, mammothHtml, mammothText, readWithPythonDocx } from './support/readers';

describe('draft minutes', () => {
  it('record the attendance: present with the chair first, apologies, absent, late arrivals and early departures, officials, guests, quorum', async () => {
    const text = await mammothText(await buildMinutesDocument(minutesInput('full')));
    expect(
      inOrder(text, [
        'Attendance',
        'Members present',
        'Cllr Naledi Chair (Chairperson)',
        'Cllr Sipho Mover',
        'Apologies',
        'Cllr Kagiso Apology (leave of absence granted)',
        'Absent without apology',
        'Cllr Themba Absent',
        'Late arrivals and early departures',
        'Cllr Tumelo Late arrived at 10:25.',
        'Cllr Elsabe Early left the meeting at 12:40.',
        'Officials',
        'Ms Precious Manager, Municipal Manager',
        'Guests',
        'Mr Guest Auditor, Auditor-General of South Africa',
        'Quorum: 6 of 9 members present (5 needed) when the meeting opened.',
      ]),
    ).toBe(true);
    expect(text).toContain('Opened\n\n10:05');
    expect(text).toContain('Closed\n\n13:20');
  });

  it('minute each item in order with its discussion, declarations, decision, resolutions and actions', async () => {
    const text = await mammothText(await buildMinutesDocument(minutesInput('full')));
    expect(
      inOrder(text, [
        'Proceedings',
        '1',
        'Opening and welcome',
        'Decision: Noted',
        '2.1',
        'Water budget adjustment',
        'Report reference: BTO 14/2026',
        'Declarations of interest',
        'Cllr Pieter Voter declared an interest: Owns shares in a supplier. The member left the meeting for this item.',
        'The CFO presented the adjustment in detail.',
        'First bullet point',
        'Numbered one',
        'Restarted one',
        'Decision: Resolved: Approved with amendments.',
        'RESOLVED',
        'C 001/2026',
        'Water budget adjustment approved',
        'THAT the water budget adjustment be approved.',
        'Moved by Cllr Sipho Mover, seconded by Cllr Lerato Seconder.',
        'Carried unanimously.',
        'RESOLVED',
        'C 002/2026',
        'Carried: 30 for, 11 against, 2 abstentions. A majority of all the members of the body was required.',
        'Actions',
        'Advertise the tender',
        'Technical Services: Mr Engineer',
        '15 Dec 2026',
        '2.1A',
        'RESOLVED',
        'C 003/2026',
        'For (1): Cllr Sipho Mover',
        'Against (1): Cllr Lerato Seconder',
        'Abstained (1): Cllr Zanele Voter',
        'Carried on a named vote: 1 for, 1 against, 1 abstention. The votes being equal, the chairperson gave a casting vote for the motion.',
        'MOTION FAILED',
        'C 004/2026',
        'Failed: 2 for, 5 against, 0 abstentions.',
        '3',
        'SECRET-PARENT labour matters',
        'SECRET-CHILD settlement terms',
        'SECRET-DISCUSSION',
        'C 005/2026',
        '4',
        'Closure',
        'Confirmation',
        'Confirmed as a correct record.',
        'Cllr Naledi Chair',
        'Chairperson',
      ]),
    ).toBe(true);
    // "RESOLVED" is the block's label: the text's own "RESOLVED –" is not printed twice.
    expect(text).not.toContain('RESOLVED – THAT the water budget');
  });

  it('turn rich text into Word lists, bold, italics and line breaks, numbering each list from 1', async () => {
    const bytes = await buildMinutesDocument(minutesInput('full'));
    const html = await mammothHtml(bytes);
    expect(html).toContain('<strong>the adjustment</strong>');
    expect(html).toContain('<em>detail</em>');
    expect(html).toContain('<ul><li>First bullet point</li><li>Second bullet point</li></ul>');
    expect(html).toContain('<ol><li>Numbered one</li><li>Numbered two</li></ol>');
    expect(html).toContain('Line one<br />Line two');
    expect(html).toContain('<ol><li>Restarted one</li></ol>');
    const reading = await readWithPythonDocx(bytes);
    for (const text of ['First bullet point', 'Numbered one', 'Numbered two', 'Restarted one']) {
      const paragraph = reading.paragraphs.find((p) => p.text === text);
      expect(paragraph?.numbered, text).toBe(true);
      expect(paragraph?.style, text).toBe('List Paragraph');
    }
    expect(reading.paragraphs.find((p) => p.text.startsWith('Line one'))?.text).toBe('Line one\nLine two\tafter a tab');
  });

  it('say DRAFT in the header of every page, in every section', async () => {
    const reading = await readWithPythonDocx(await buildMinutesDocument(minutesInput('full')));
    expect(reading.title).toContain('(DRAFT)');
    expect(reading.sections.length).toBeGreaterThan(1);
    for (const section of reading.sections) expect(section.header).toMatch(/DRAFT/);
    expect(reading.sections[0]?.firstPageHeader).toMatch(/DRAFT/);
    expect(reading.sections.filter((s) => s.header?.includes('CONFIDENTIAL'))).toHaveLength(1);
  });

  it('have a header row on the actions table that Word repeats on every page', async () => {
    const reading = await readWithPythonDocx(await buildMinutesDocument(minutesInput('full')));
    const actions = reading.tables.find((t) => t.rows[0]?.[0] === 'Action');
    expect(actions?.rows[0]).toEqual(['Action', 'Responsible', 'Due', 'Done']);
    expect(actions?.headerRows).toBe(1);
  });

  it('for the public hold not one word of an in-committee item or resolution', async () => {
    const bytes = await buildMinutesDocument(minutesInput('public'));
    const text = await mammothText(bytes);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('C 005/2026');
    expect(text).not.toContain('C 006/2026');
    expect(inOrder(text, ['C 004/2026', '3', 'Confidential item', '3.1', 'Confidential item', '4', 'Closure'])).toBe(true);
    const everything = JSON.stringify(await readWithPythonDocx(bytes));
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });

  it('state the day and time the meeting was actually held, and the day it had been scheduled for', async () => {
    const early = { ...meeting, startsAt: '2026-12-10T07:00:00.000Z', openedAt: '2026-12-04T15:08:00.000Z', closedAt: '2026-12-04T16:13:00.000Z' };
    const text = await mammothText(await buildMinutesDocument(minutesInput('full', { meeting: early })));
    expect(text).toContain('held on Friday, 04 December 2026 at 17:08 in');
    expect(text).toContain('The meeting had been scheduled for Thursday, 10 December 2026 at 09:00.');
    expect(text).toContain('Scheduled for\n\nThursday, 10 December 2026 at 09:00');
    expect(text).not.toContain('held on Thursday, 10 December 2026');
  });

  it('give a new meeting, with no number typed, the reference made from its number in the year', async () => {
    const text = await mammothText(await buildMinutesDocument(minutesInput('full', { meeting: { ...meeting, number: undefined, sequence: 11 } })));
    expect(text).toMatch(/Meeting\n\n\w*\S+ 11\/2026 \(ordinary meeting\)/);
  });

  it('mark a late item as late, with its reason', async () => {
    const lateItems = items.map((entry, index) =>
      index === 1 ? { ...entry, item: { ...entry.item, lateReason: 'Report received after the notice' } } : entry,
    );
    const text = await mammothText(await buildMinutesDocument(minutesInput('full', { items: lateItems })));
    expect(text).toContain('Late item: Report received after the notice');
    expect(await mammothText(await buildMinutesDocument(minutesInput('full')))).not.toContain('Late item: Report received');
  });

  it('record the closing time at the end when no closure item minutes it', async () => {
    const withoutClosure = items.filter((entry) => entry.item.kind !== 'closure');
    const text = await mammothText(await buildMinutesDocument(minutesInput('full', { items: withoutClosure })));
    expect(inOrder(text, ['SECRET-DISCUSSION', 'There being no further business, the meeting closed at 13:20.', 'Confirmation'])).toBe(true);
  });

  it('mark a resolution taken in committee under an open item, in the full version', async () => {
    const text = await mammothText(await buildMinutesDocument(minutesInput('full')));
    expect(inOrder(text, ['Opening and welcome', 'CONFIDENTIAL: IN COMMITTEE', 'C 006/2026', 'SECRET-FLAGGED'])).toBe(true);
  });

  it('show typed markup, emoji and right-to-left script literally', async () => {
    const bytes = await buildMinutesDocument(minutesInput('full'));
    const text = await mammothText(bytes);
    expect(text).toContain(`Discussion ${HOSTILE_SHOWN}`);
    expect(text).toContain(`THAT ${HOSTILE_SHOWN}`);
    // The resolution's box is a one-cell table: python-docx reads its lines from the cell.
    const reading = await readWithPythonDocx(bytes);
    const boxes = reading.tables.flatMap((t) => t.rows.flat());
    expect(boxes.some((cell) => cell.split('\n').includes(`Named vote ${HOSTILE_SHOWN}`))).toBe(true);
  });
});

describe('confirmed minutes', () => {
  const confirmingMeeting = { ...meeting, id: 'mtg-2', number: 'OC 12/2026', startsAt: at('10:00', '2027-01-28'), chairpersonId: 'cllr-1' };
  const confirmed = {
    ...meeting,
    status: 'minutes_confirmed' as const,
    confirmedByMeetingId: 'mtg-2',
    confirmedAt: at('10:30', '2027-01-28'),
    corrections: [
      {
        at: at('10:30', '2027-01-28'),
        by: 'Grace Secretary',
        reason: 'Spelling of a name',
        target: '2.1',
        before: 'Cllr Piet Voter',
        after: 'Cllr Pieter Voter',
      },
    ],
  };

  it('carry the confirming meeting and date, and no DRAFT', async () => {
    const bytes = await buildMinutesDocument(minutesInput('full', { meeting: confirmed, confirmingMeeting, confirmingBody: body }));
    const text = await mammothText(bytes);
    expect(text).toContain('Confirmed as a correct record at the Ordinary Council Meeting (OC 12/2026) of Council on Thursday, 28 January 2027.');
    expect(inOrder(text, ['Corrections made on confirmation', '2.1', 'Was: Cllr Piet Voter', 'Now: Cllr Pieter Voter', 'Spelling of a name'])).toBe(true);
    const reading = await readWithPythonDocx(bytes);
    expect(JSON.stringify(reading)).not.toContain('DRAFT');
  });
});

describe('minutes of an empty meeting', () => {
  it('are still a valid document', async () => {
    const empty = { ...meeting, attendance: [], openedAt: undefined, closedAt: undefined } as typeof meeting;
    const bytes = await buildMinutesDocument(minutesInput('public', { meeting: empty, items: [], resolutions: [] }));
    const text = await mammothText(bytes);
    expect(text).toContain('No attendance was recorded for this meeting.');
    expect(text).toContain('No items were minuted at this meeting.');
    expect(text).toContain('The time the meeting closed was not recorded.');
    expect((await readWithPythonDocx(bytes)).sections).toHaveLength(1);
  });
});

describe('minutes of a long meeting', () => {
  /** 150 items: each with two paragraphs of discussion; every third with a resolution, every fifth with actions. */
  function longMeeting(fullyMinuted: boolean): MinutesDocumentInput {
    const detailed = items[2]!.item;
    const many: { item: AgendaItem; number: string }[] = Array.from({ length: 150 }, (_, i) => {
      const typical: AgendaItem = {
        ...detailed,
        declarations: i % 10 === 0 ? detailed.declarations : [],
        discussion: detailed.discussion!.slice(0, i % 4 === 0 ? 3 : 2),
        actions: i % 5 === 0 ? detailed.actions : [],
      };
      return {
        number: String(i + 1),
        item: { ...(fullyMinuted ? detailed : typical), id: `long-${i}`, parentId: '', title: `Item ${i + 1}: ${detailed.title}` },
      };
    });
    const manyResolutions: Resolution[] = many
      .filter((_, i) => fullyMinuted || i % 3 === 0)
      .map(({ item }, i) => ({ ...resolutions[1]!, id: `long-r-${i}`, number: `C ${i + 1}/2026`, agendaItemId: item.id }));
    return minutesInput('full', { items: many, resolutions: manyResolutions });
  }

  it('build quickly (the times are printed, not asserted)', async () => {
    for (const [label, fullyMinuted] of [
      ['a typical 150-item meeting', false],
      ['150 items, every one with lists, a declaration, a resolution and actions', true],
    ] as const) {
      const longInput = longMeeting(fullyMinuted);
      await buildMinutesDocument(longInput); // warm-up: the first build compiles docx's code paths
      const times: number[] = [];
      let bytes: Uint8Array = new Uint8Array();
      for (let run = 0; run < 3; run += 1) {
        const started = performance.now();
        bytes = await buildMinutesDocument(longInput);
        times.push(performance.now() - started);
      }
      console.log(`Minutes of ${label}: built in ${Math.min(...times).toFixed(0)} ms (best of 3; ${Math.round(bytes.byteLength / 1024)} KB).`);
      expect(await mammothText(bytes)).toContain('Item 150: Water budget adjustment');
    }
  });
});
