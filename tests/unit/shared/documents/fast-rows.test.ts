/**
 * The register's fast body rows write exactly the XML docx's own rows write: the same cells,
 * text, properties and escaping, for plain text, lines with a bold first line and a colour,
 * empty cells, line breaks and tabs, markup and odd Unicode.
 */
import { Document, Packer, type Table } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dataTable, type CellContent, type Column } from '../../../../shared/documents/tables';
import { HOSTILE_TYPED } from './support/fixtures';

const COLUMNS: Column[] = [
  { header: 'Number', weight: 9 },
  { header: 'Title', weight: 22 },
  { header: 'Status', weight: 10 },
  { header: 'Last progress note', weight: 19 },
];

const ROWS: CellContent[][] = [
  [{ lines: ['C 801/2026'], boldFirst: true }, 'Leave of absence', 'Implemented', ''],
  [
    { lines: ['C 802/2026'], boldFirst: true },
    { lines: ['Adjustment budget', 'In committee: confidential'] },
    { lines: ['Overdue'], boldFirst: true, colour: 'B42318' },
    '21 Nov 2026: Loaded.',
  ],
  ['', { lines: [] }, 'Line one\nline two\twith a tab', HOSTILE_TYPED],
  ['<w:p>not XML</w:p> & "quotes"', '🏛️ مجلس البلدية', ' spaces kept ', 'x'.repeat(5_000)],
];

async function documentXml(table: Table): Promise<string> {
  const bytes = await Packer.pack(new Document({ sections: [{ children: [table] }] }), 'uint8array');
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

describe('the fast rows of a register table', () => {
  it('write the same XML as docx’s rows, byte for byte', async () => {
    for (const small of [true, false]) {
      expect(await documentXml(dataTable(COLUMNS, ROWS, small, 'fast'))).toBe(await documentXml(dataTable(COLUMNS, ROWS, small, 'docx')));
    }
  });

  it('keep each row’s own text when many rows share a formatting', async () => {
    const many = Array.from({ length: 300 }, (_, index): CellContent[] => [
      { lines: [`C ${index}/2026`], boldFirst: true },
      `Title ${index}`,
      'Not started',
      '',
    ]);
    const xml = await documentXml(dataTable(COLUMNS, many, true));
    for (const index of [0, 1, 150, 299]) expect(xml).toContain(`>Title ${index}<`);
    expect(xml).not.toContain('QUORUM-CELL-TEXT');
  });
});
