/**
 * The municipality's own letterhead template: a .docx with placeholders is checked, then
 * filled in by every builder (docx's patchDocument) with headings, lists and markers intact;
 * anything that is not a usable .docx is refused with a message saying why.
 */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../../../shared/documents/minutes';
import { TemplateError, inspectTemplate } from '../../../../shared/documents/template';
import { buildResolutionRegisterDocument } from '../../../../shared/documents/resolution-register';
import { DOCUMENT_TEMPLATE_MAX_BYTES } from '../../../../shared/settings/areas';
import { SECRETS, body, minutesInput, municipality, resolutions, departments } from './support/fixtures';
import { inOrder, mammothText, readWithPythonDocx } from './support/readers';
import { letterheadTemplate } from './support/templates';

describe('a letterhead template', () => {
  it('is inspected for its placeholders, unknown ones listed', async () => {
    const report = await inspectTemplate('Letterhead.docx', await letterheadTemplate());
    expect(report.placeholders.sort()).toEqual(['body', 'content', 'meeting_date', 'municipality', 'status', 'title', 'unknown_thing']);
    expect(report.unknown).toEqual(['unknown_thing']);
  });

  it('is filled in: its own text kept, the particulars in place, DRAFT where {{status}} is, no braces left', async () => {
    const template = await letterheadTemplate();
    const bytes = await buildMinutesDocument(minutesInput('full'), { template, author: 'Thuli Secretary' });
    const text = await mammothText(bytes);
    expect(
      inOrder(text, [
        'OFFICIAL LETTERHEAD TEMPLATE',
        'Document: Minutes: Ordinary Council Meeting (OC 11/2026), Thursday, 26 November 2026 (DRAFT)',
        'Meeting of Council on Thursday, 26 November 2026',
        'Minutes: Ordinary Council Meeting',
        'Attendance',
        'Cllr Naledi Chair (Chairperson)',
        'RESOLVED',
        'C 001/2026',
        'Carried unanimously.',
        'CONFIDENTIAL: IN COMMITTEE',
        'SECRET-CHILD',
        'Confirmed as a correct record.',
        'Ref  end of template',
      ]),
    ).toBe(true);
    expect(text).not.toContain('{{');
    const reading = await readWithPythonDocx(bytes);
    expect(reading.sections[0]?.header).toBe('THE Thaba Nkosi Local Municipality DRAFT · CONFIDENTIAL');
    expect(reading.title).toContain('Minutes: Ordinary Council Meeting');
    expect(reading.lastModifiedBy).toBe('Thuli Secretary');
    // Heading styles and Word lists survive in a template that had neither.
    expect(reading.paragraphs.find((p) => p.text === 'Attendance')?.style).toBe('Heading 1');
    expect(reading.paragraphs.find((p) => p.text === 'Numbered one')?.numbered).toBe(true);
    expect(reading.paragraphs.find((p) => p.text === 'First bullet point')?.numbered).toBe(true);
  });

  it('keeps in-committee content out of the public version too', async () => {
    const bytes = await buildMinutesDocument(minutesInput('public'), { template: await letterheadTemplate() });
    const everything = JSON.stringify(await readWithPythonDocx(bytes)) + (await mammothText(bytes));
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });

  it('without {{status}} gets DRAFT at the top of the content instead', async () => {
    const bytes = await buildMinutesDocument(minutesInput('public'), { template: await letterheadTemplate({ status: false }) });
    expect(inOrder(await mammothText(bytes), ['OFFICIAL LETTERHEAD TEMPLATE', 'DRAFT', 'Minutes: Ordinary Council Meeting'])).toBe(true);
  });

  it('takes a landscape register in its own page layout', async () => {
    const bytes = await buildResolutionRegisterDocument(
      { municipality, generatedAt: new Date('2026-12-05T08:00:00Z'), resolutions, bodies: [body], departments, filters: [], audience: 'full' },
      { template: await letterheadTemplate() },
    );
    const reading = await readWithPythonDocx(bytes);
    const table = reading.tables.find((t) => t.rows[0]?.[0] === 'Number');
    expect(table?.headerRows).toBe(1);
    // Every resolution's row is in the template's table (the rows are spliced in after docx fills the template).
    expect(table?.rows.map((row) => row[0])).toEqual(['Number', ...resolutions.map((r) => r.number)]);
    expect(await mammothText(bytes)).toContain('OFFICIAL LETTERHEAD TEMPLATE');
  });
});

describe('a file that cannot be a letterhead', () => {
  const refuse = async (fileName: string, bytes: Uint8Array, message: RegExp) => {
    const attempt = inspectTemplate(fileName, bytes);
    await expect(attempt).rejects.toBeInstanceOf(TemplateError);
    await expect(attempt).rejects.toThrow(message);
  };

  it('is refused by name when it is not .docx', async () => {
    await refuse('Letterhead.pdf', await letterheadTemplate(), /not a \.docx file/);
  });

  it('is refused when empty, too large, old-style Word, not a zip, or a damaged zip', async () => {
    await refuse('Empty.docx', new Uint8Array(), /is empty/);
    const huge = new Uint8Array(DOCUMENT_TEMPLATE_MAX_BYTES + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    await refuse('Huge.docx', huge, /at most 5\.0 MB/);
    await refuse('Old.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Word 97–2003/);
    await refuse('Text.docx', new TextEncoder().encode('<html>not word</html>'), /not a Word document/);
    await refuse('Broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]), /could not be read/);
  });

  it('is refused when it has no {{content}} placeholder', async () => {
    const plain = await Packer.pack(new Document({ sections: [{ children: [new Paragraph('Just a letterhead {{municipality}}')] }] }), 'uint8array');
    await refuse('NoContent.docx', plain, /has no \{\{content\}\} placeholder/);
  });

  it('fails to render with a TemplateError, so the caller can fall back to the built-in letterhead', async () => {
    await expect(buildMinutesDocument(minutesInput('public'), { template: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]) })).rejects.toBeInstanceOf(
      TemplateError,
    );
  });
});
