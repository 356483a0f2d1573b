/**
 * Tables for registers and reports: a header row that Word repeats on every page, rows that
 * never split across pages, and column widths as shares of the text width, so the same table
 * fits an A4 page, a landscape page, or the page of a municipality's own template.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { addRowRun, FastRow, FastRowFormats, RowRun } from './fast-rows';
import { cleanLine } from './text';
import { textRuns } from './runs';
import { COLOURS, SIZES } from './theme';

export interface Column {
  header: string;
  /** Share of the table's width; the shares of a table's columns are scaled to 100 %. */
  weight: number;
}

/** A cell is text (newlines kept), or a list of lines with an optional bold first line. */
export type CellContent = string | { lines: readonly string[]; boldFirst?: boolean; colour?: string };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.tableBorder };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const CELL_MARGINS = { top: 60, bottom: 60, left: 90, right: 90 };

function percentages(columns: readonly { weight: number }[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  return columns.map((c) => (c.weight / total) * 100);
}

function cellParagraphs(content: CellContent, size: number): Paragraph[] {
  if (typeof content === 'string') {
    return [new Paragraph({ spacing: { after: 0 }, children: textRuns(content, { size }) })];
  }
  if (content.lines.length === 0) return [new Paragraph({ spacing: { after: 0 }, children: [] })];
  return content.lines.map(
    (line, index) =>
      new Paragraph({
        spacing: { after: index === content.lines.length - 1 ? 0 : 60 },
        children: textRuns(line, {
          size,
          bold: index === 0 && content.boldFirst === true,
          ...(content.colour ? { color: content.colour } : {}),
        }),
      }),
  );
}

/**
 * A register-style table. The header row is marked as a table header (`w:tblHeader`), which
 * Word and LibreOffice repeat at the top of every page the table runs onto.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly CellContent[])[], small = false, body: 'fast' | 'docx' = 'fast'): Table {
  const widths = percentages(columns);
  const size = small ? SIZES.small : SIZES.body;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.tableHeader },
          verticalAlign: VerticalAlign.BOTTOM,
          children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: cleanLine(column.header), bold: true, size })] })],
        }),
    ),
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Margins for every cell at once: per-cell margins would be four more elements a cell.
    margins: CELL_MARGINS,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    // Fast rows: the grid's widths come from the header's cells, which have the body's widths.
    rows: body === 'docx' ? [header, ...docxBodyRows(widths, rows, size)] : [header],
  });
  if (body === 'fast') {
    // The body rows write the XML docx's rows would, without a docx object per cell, and as one
    // stretch of text when the document is packed by spliced-rows.ts (fast-rows.ts; `body: 'docx'`
    // is the slow way, kept for the test that compares them byte for byte).
    const run = new RowRun(new FastRowFormats(widths, size), rows);
    (table as unknown as { root: unknown[] }).root.push(...rows.map((_row, index) => new FastRow(run, index)));
    addRowRun(table, run);
  }
  return table;
}

function docxBodyRows(widths: readonly number[], rows: readonly (readonly CellContent[])[], size: number): TableRow[] {
  return rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: widths.map(
          (width, i) =>
            new TableCell({
              width: { size: width, type: WidthType.PERCENTAGE },
              children: cellParagraphs(row[i] ?? '', size),
            }),
        ),
      }),
  );
}

/**
 * Label and value pairs without borders, aligned in two columns: the "Notice of meeting"
 * block, the particulars at the head of minutes and letters.
 */
export function detailsTable(pairs: readonly (readonly [label: string, value: string])[], labelShare = 24): Table {
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelShare, type: WidthType.PERCENTAGE },
              margins: { top: 20, bottom: 20, left: 0, right: 90 },
              children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: cleanLine(label), bold: true })] })],
            }),
            new TableCell({
              width: { size: 100 - labelShare, type: WidthType.PERCENTAGE },
              margins: { top: 20, bottom: 20, left: 90, right: 0 },
              children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(value) })],
            }),
          ],
        }),
    ),
  });
}
