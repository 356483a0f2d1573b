/**
 * The register's fast body rows write exactly the XML docx's own rows write: the same cells,
 * text, properties and escaping, for plain text, lines with a bold first line and a colour,
 * empty cells, line breaks and tabs, markup and odd Unicode; both as docx objects (a table packed
 * by docx alone) and as text spliced into the packed file (spliced-rows.ts, every document).
 */
import { Document, Packer, type Table } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { packWithRows, rowRunsIn, spliceRows } from '../../../../shared/documents/spliced-rows';
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

async function partOf(bytes: Uint8Array, path = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(path)!.async('string');
}

/** The document.xml of a document holding these tables, packed by docx alone. */
async function documentXml(...tables: Table[]): Promise<string> {
  return partOf(await Packer.pack(new Document({ sections: [{ children: tables }] }), 'uint8array'));
}

/** The same, with the tables' rows spliced in as text, as compose.ts packs every document. */
async function splicedXml(...tables: Table[]): Promise<string> {
  const document = new Document({ sections: [{ children: tables }] });
  return partOf(await packWithRows(rowRunsIn(tables), () => Packer.pack(document, 'uint8array')));
}

describe('the fast rows of a register table', () => {
  it('write the same XML as docx’s rows, byte for byte', async () => {
    for (const small of [true, false]) {
      const docx = await documentXml(dataTable(COLUMNS, ROWS, small, 'docx'));
      expect(await documentXml(dataTable(COLUMNS, ROWS, small, 'fast'))).toBe(docx);
      expect(await splicedXml(dataTable(COLUMNS, ROWS, small, 'fast'))).toBe(docx);
    }
  });

  it('are spliced into their own table when a document has several, and leave no marker behind', async () => {
    const second: CellContent[][] = [
      ['Second table', 'Row', 'One', ''],
      ['Second table', 'Row', 'Two', '<b>&amp;</b>'],
    ];
    const docx = await documentXml(dataTable(COLUMNS, ROWS, true, 'docx'), dataTable(COLUMNS, second, false, 'docx'));
    const tables = [dataTable(COLUMNS, ROWS, true), dataTable(COLUMNS, second, false)];
    const spliced = await splicedXml(...tables);
    expect(spliced).toBe(docx);
    expect(spliced).not.toContain('quorum:rows');
    // The tables are as they were afterwards: packed by docx alone, they write the same rows.
    expect(await documentXml(...tables)).toBe(docx);
  });

  it('refuse to give a file whose rows could not be put in place', async () => {
    const table = dataTable(COLUMNS, ROWS, true);
    const runs = rowRunsIn([table]);
    expect(runs).toHaveLength(1);
    // docx packed a file without the marker (here: without the table at all).
    await expect(packWithRows(runs, () => Packer.pack(new Document({ sections: [{ children: [] }] }), 'uint8array'))).rejects.toThrow(
      /rows could not be put in place/,
    );
    const packed = await Packer.pack(new Document({ sections: [{ children: [] }] }), 'uint8array');
    expect(() => spliceRows(packed, runs)).toThrow(/rows could not be put in place/);
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
