/**
 * The body rows of a long register table, written without a docx object per cell. A table of
 * 20,000 rows as docx objects is 160,000 cells, 180,000 paragraphs and runs, each with its own
 * properties object, formatted one by one: seconds of work and most of it garbage collection.
 * These rows write exactly the same XML (tests/unit/shared/documents/fast-rows.test.ts compares
 * the two byte for byte): the first row of each kind of cell is formatted by docx itself, and
 * every later one reuses that formatting with its own text. Text with a line break or a tab, and
 * anything unusual, is formatted by docx, as before.
 */
import { BaseXmlComponent, Paragraph, TableCell, TableRow, WidthType, type IContext, type IXmlableObject } from 'docx';
import { textRuns } from './runs';
import { cleanText } from './text';

/** A cell: text (newlines kept), or lines with an optional bold first line. */
export type FastCell = string | { lines: readonly string[]; boldFirst?: boolean; colour?: string };

const SENTINEL = '\u2063QUORUM-CELL-TEXT\u2063';

/** `template` with the sentinel string replaced by `text` (the structure is a few nodes deep). */
function fill(template: unknown, text: string): unknown {
  if (template === SENTINEL) return text;
  if (Array.isArray(template)) return template.map((part) => fill(part, text));
  if (template && typeof template === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) copy[key] = key === '_attr' ? value : fill(value, text);
    return copy;
  }
  return template;
}

/** What a line of a cell is written with. */
interface LineStyle {
  after: number;
  /** Undefined for a plain-text cell, whose runs say nothing of bold (docx then writes no w:b). */
  bold: boolean | undefined;
  colour: string | undefined;
}

/** Formatting shared by every row of one table: learnt from docx on the first row, reused after. */
export class FastRowFormats {
  private readonly paragraphs = new Map<string, unknown>();
  private readonly emptyParagraphs = new Map<string, unknown>();
  private readonly cellProperties = new Map<number, unknown>();
  private rowProperties: unknown = null;

  constructor(
    /** Each column's width, in percent of the table. */
    readonly widths: readonly number[],
    /** The text size of the cells (half-points). */
    readonly size: number,
  ) {}

  private docxParagraph(text: string, style: LineStyle): Paragraph {
    return new Paragraph({
      spacing: { after: style.after },
      children: textRuns(text, {
        size: this.size,
        ...(style.bold === undefined ? {} : { bold: style.bold }),
        ...(style.colour ? { color: style.colour } : {}),
      }),
    });
  }

  private paragraph(text: string, style: LineStyle, context: IContext): unknown {
    const cleaned = cleanText(text);
    // Several runs (line breaks, tabs): docx formats them, as before.
    if (/[\n\t]/.test(cleaned)) return this.docxParagraph(text, style).prepForXml(context);
    const key = `${style.after}|${style.bold === undefined ? '-' : style.bold ? 1 : 0}|${style.colour ?? ''}`;
    if (cleaned === '') {
      let empty = this.emptyParagraphs.get(key);
      if (empty === undefined) {
        empty = this.docxParagraph('', style).prepForXml(context);
        this.emptyParagraphs.set(key, empty);
      }
      return empty;
    }
    let template = this.paragraphs.get(key);
    if (template === undefined) {
      template = this.docxParagraph(SENTINEL, style).prepForXml(context);
      // Should the text cleaning ever drop the sentinel, docx formats every cell instead.
      if (!JSON.stringify(template).includes(SENTINEL)) template = null;
      this.paragraphs.set(key, template);
    }
    return template === null ? this.docxParagraph(text, style).prepForXml(context) : fill(template, cleaned);
  }

  private cellPropertiesOf(column: number, context: IContext): unknown {
    let properties = this.cellProperties.get(column);
    if (properties === undefined) {
      const cell = new TableCell({ width: { size: this.widths[column] ?? 0, type: WidthType.PERCENTAGE }, children: [new Paragraph({})] });
      const xml = cell.prepForXml(context) as { 'w:tc': unknown[] };
      properties = xml['w:tc'][0];
      this.cellProperties.set(column, properties);
    }
    return properties;
  }

  private rowPropertiesOf(context: IContext): unknown {
    if (this.rowProperties === null) {
      const row = new TableRow({ cantSplit: true, children: [new TableCell({ children: [new Paragraph({})] })] });
      const xml = row.prepForXml(context) as { 'w:tr': unknown[] };
      this.rowProperties = xml['w:tr'][0];
    }
    return this.rowProperties;
  }

  /** The XML of one row, as docx's TableRow of TableCells would write it. */
  row(cells: readonly FastCell[], context: IContext): IXmlableObject {
    const children: unknown[] = [this.rowPropertiesOf(context)];
    this.widths.forEach((_width, column) => {
      const content = cells[column] ?? '';
      const paragraphs: unknown[] = [];
      if (typeof content === 'string') {
        paragraphs.push(this.paragraph(content, { after: 0, bold: undefined, colour: undefined }, context));
      } else if (content.lines.length === 0) {
        paragraphs.push(new Paragraph({ spacing: { after: 0 }, children: [] }).prepForXml(context));
      } else {
        content.lines.forEach((line, index) => {
          const style = { after: index === content.lines.length - 1 ? 0 : 60, bold: index === 0 && content.boldFirst === true, colour: content.colour };
          paragraphs.push(this.paragraph(line, style, context));
        });
      }
      children.push({ 'w:tc': [this.cellPropertiesOf(column, context), ...paragraphs] });
    });
    return { 'w:tr': children };
  }
}

/** One body row of a register table, written through the table's shared formats. */
export class FastRow extends BaseXmlComponent {
  constructor(
    private readonly formats: FastRowFormats,
    private readonly cells: readonly FastCell[],
  ) {
    super('w:tr');
  }

  prepForXml(context: IContext): IXmlableObject {
    return this.formats.row(this.cells, context);
  }
}
