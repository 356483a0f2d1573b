/**
 * The agenda, read back by mammoth and python-docx: the notice of meeting, the items in order
 * with their printed numbers, the signature, Word structure, and in-committee items withheld
 * from the public version and marked CONFIDENTIAL in the full one.
 */
import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../../../shared/documents/agenda';
import type { AgendaDocumentInput } from '../../../../shared/documents/inputs';
import { HOSTILE_SHOWN, SECRETS, body, departments, items, meeting, members, municipality } from './support/fixtures';
import { inOrder, mammothHtml, mammothText, readWithPythonDocx } from './support/readers';

const input = (audience: AgendaDocumentInput['audience'], overrides: Partial<AgendaDocumentInput> = {}): AgendaDocumentInput => ({
  municipality,
  generatedAt: new Date('2026-11-20T08:00:00Z'),
  body,
  meeting: { ...meeting, status: 'notice_issued' },
  items,
  members,
  departments,
  audience,
  ...overrides,
});

describe('the agenda', () => {
  it('gives notice of the meeting and lists every item in order with its number, presenter and report reference', async () => {
    const bytes = await buildAgendaDocument(input('full'));
    const text = await mammothText(bytes);
    expect(
      inOrder(text, [
        'Ordinary Council Meeting',
        'Notice of meeting',
        'Council',
        'OC 11/2026 (ordinary meeting)',
        'Thursday, 26 November 2026',
        '10:00',
        'Council Chamber, Civic Centre',
        'Cllr Naledi Chair',
        'Agenda',
        '1',
        'Opening and welcome',
        '2.1',
        'Water budget adjustment',
        'Report reference: BTO 14/2026',
        'Department: Budget and Treasury',
        'Presenter: Ms Ronel Steyn, CFO',
        '2.1A',
        '3',
        'SECRET-PARENT labour matters',
        '3.1',
        'SECRET-CHILD settlement terms',
        '4',
        'Closure',
        'Ms Precious Manager',
        'Municipal Manager',
      ]),
    ).toBe(true);
  });

  it('marks a late item as late with its reason, in the public and the full version', async () => {
    const lateItems = items.map((entry, index) =>
      index === 1 ? { ...entry, item: { ...entry.item, lateReason: 'Report received after the notice' } } : entry,
    );
    for (const audience of ['public', 'full'] as const) {
      expect(await mammothText(await buildAgendaDocument(input(audience, { items: lateItems })))).toContain('Late item: Report received after the notice');
    }
  });

  it('is real Word structure: heading styles, A4 pages, letterhead, running header, Page X of Y, file properties', async () => {
    const reading = await readWithPythonDocx(await buildAgendaDocument(input('full')));
    expect(reading.title).toBe('Agenda: Ordinary Council Meeting (OC 11/2026), Thursday, 26 November 2026');
    expect(reading.author).toBe('Thaba Nkosi Local Municipality');
    const styleOf = (text: string) => reading.paragraphs.find((p) => p.text.includes(text))?.style;
    expect(styleOf('Ordinary Council Meeting')).toBe('Title');
    expect(styleOf('Notice of meeting')).toBe('Heading 1');
    expect(styleOf('Opening and welcome')).toBe('Heading 2');
    expect(styleOf('Water budget adjustment')).toBe('Heading 3');

    const [first] = reading.sections;
    expect(first?.orientation).toBe('portrait');
    // A4: 210 × 297 mm in EMU (36 000 per mm), to the nearest millimetre.
    expect(Math.round((first?.pageWidth ?? 0) / 36_000)).toBe(210);
    expect(Math.round((first?.pageHeight ?? 0) / 36_000)).toBe(297);
    expect(first?.titlePage).toBe(true);
    expect(first?.firstPageHeader).toContain('Thaba Nkosi Local Municipality');
    expect(first?.firstPageHeader).toContain('12 Market Street, Thaba Nkosi');
    expect(first?.firstPageHeader).toContain('Tel 015 555 0100');
    expect(reading.images).toBe(1); // the logo from Settings
    for (const section of reading.sections) {
      expect(section.header).toContain('Thaba Nkosi Local Municipality');
      expect(section.footerFields).toEqual(['PAGE', 'NUMPAGES']);
    }
    expect(first?.firstPageFooterFields).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('puts in-committee items, with their sub-items, on pages marked CONFIDENTIAL in the full version', async () => {
    const reading = await readWithPythonDocx(await buildAgendaDocument(input('full')));
    const confidential = reading.sections.filter((s) => s.header?.includes('CONFIDENTIAL'));
    expect(confidential).toHaveLength(1);
    expect(reading.sections.length).toBe(3); // open items, in-committee items, closure
    expect(reading.sections[0]?.header).not.toContain('CONFIDENTIAL');
    expect(reading.sections[2]?.header).not.toContain('CONFIDENTIAL');
  });

  it('shows an in-committee item to the public only as its number and "Confidential item"', async () => {
    const bytes = await buildAgendaDocument(input('public'));
    const text = await mammothText(bytes);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(inOrder(text, ['2.1A', '3', 'Confidential item', '3.1', 'Confidential item', '4', 'Closure'])).toBe(true);
    const reading = await readWithPythonDocx(bytes);
    const everything = JSON.stringify(reading);
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('CONFIDENTIAL: IN COMMITTEE');
  });

  it('shows markup, emoji and right-to-left text literally, without control characters', async () => {
    const bytes = await buildAgendaDocument(input('public'));
    expect(await mammothText(bytes)).toContain(`Late item ${HOSTILE_SHOWN}`);
    expect(await mammothHtml(bytes)).toContain('Late item &lt;script&gt;alert("x")&lt;/script&gt; &amp; Co &lt;b&gt;bold&lt;/b&gt;');
    const reading = await readWithPythonDocx(bytes);
    expect(reading.paragraphs.some((p) => p.text === `2.1A\tLate item ${HOSTILE_SHOWN}`)).toBe(true);
  });

  it('is a valid document for a meeting with no items yet', async () => {
    const withoutLogo = { ...municipality, logoDataUrl: '' };
    const bytes = await buildAgendaDocument(input('public', { items: [], municipality: withoutLogo }));
    expect(await mammothText(bytes)).toContain('No items have been placed on this agenda yet.');
    const reading = await readWithPythonDocx(bytes);
    expect(reading.sections).toHaveLength(1);
    expect(reading.images).toBe(0);
    expect(reading.sections[0]?.firstPageHeader).toContain('Thaba Nkosi Local Municipality');
  });

  it('is signed by the secretary for a committee, and by whoever the caller names', async () => {
    const committee = { ...body, kind: 'portfolio_committee' as const, name: 'Finance Portfolio Committee' };
    expect(await mammothText(await buildAgendaDocument(input('full', { body: committee })))).toContain('Secretary: Finance Portfolio Committee');
    const signed = await buildAgendaDocument(input('full', { signatory: { name: 'Mr Acting Manager', position: 'Acting Municipal Manager' } }));
    expect(inOrder(await mammothText(signed), ['Closure', 'Mr Acting Manager', 'Acting Municipal Manager'])).toBe(true);
  });
});
