/**
 * The body rows of a long register table, written without a docx object per cell. A table of
 * 20,000 rows as docx objects is 160,000 cells, 180,000 paragraphs and runs, each with its own
 * properties object, formatted one by one: seconds of work and most of it garbage collection.
 * These rows write exactly the same XML (tests/unit/shared/documents/fast-rows.test.ts compares
 * the two byte for byte): the first row of each kind of cell is formatted by docx itself, and
 * every later one reuses that formatting with its own text. Text with a line break or a tab, and
 * anything unusual, is formatted by docx, as before.
 *
 * Two ways to write them:
 * - **as text, spliced** (spliced-rows.ts, what every document of compose.ts does): the formatting
 *   learnt from docx is turned into text once (xml-writer.ts) and each row is that text with its
 *   own words, written as one stretch that takes the place of a marker in word/document.xml.
 *   docx's writer then never sees the rows: turning 20,000 rows of objects into text was most of
 *   a register's time.
 * - **as docx objects** (a table packed by docx alone, as in the tests): one object per row,
 *   sharing the formatting objects.
 */
import { BaseXmlComponent, Paragraph, TableCell, TableRow, WidthType, type IContext, type IXmlableObject } from 'docx';
import { textRuns } from './runs';
import { cleanText } from './text';
import { escapeXml, xmlOf } from './xml-writer';

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

/** About how many rows go into one piece of text (`rowsXml`): a row is about 40 strings. */
const ROWS_PER_PIECE = 500;

/** What a line of a cell is written with. */
interface LineStyle {
  after: number;
  /** Undefined for a plain-text cell, whose runs say nothing of bold (docx then writes no w:b). */
  bold: boolean | undefined;
  colour: string | undefined;
}

const PLAIN: LineStyle = { after: 0, bold: undefined, colour: undefined };

/** The paragraphs of a cell: each line with its style (a cell with no lines has one empty paragraph, `null`). */
function cellLines(content: FastCell): Array<{ text: string; style: LineStyle }> | null {
  if (typeof content === 'string') return [{ text: content, style: PLAIN }];
  if (content.lines.length === 0) return null;
  return content.lines.map((text, index) => ({
    text,
    style: { after: index === content.lines.length - 1 ? 0 : 60, bold: index === 0 && content.boldFirst === true, colour: content.colour },
  }));
}

function styleKey(style: LineStyle): string {
  return `${style.after}|${style.bold === undefined ? '-' : style.bold ? 1 : 0}|${style.colour ?? ''}`;
}

/** Formatting shared by every row of one table: learnt from docx on the first row, reused after. */
export class FastRowFormats {
  private readonly paragraphs = new Map<string, unknown>();
  private readonly emptyParagraphs = new Map<string, unknown>();
  private readonly cellProperties = new Map<number, unknown>();
  private rowProperties: unknown = null;
  /** The same formatting as text: a paragraph's text before and after its words, or null when docx must write each. */
  private readonly paragraphTexts = new Map<string, readonly [string, string] | null>();
  private readonly emptyParagraphTexts = new Map<string, string>();
  private readonly cellPropertyTexts = new Map<number, string>();
  private noLinesText: string | null = null;

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

  /** docx's formatting of a paragraph of this style with the sentinel for its words; null if the cleaning ever dropped the sentinel. */
  private template(key: string, style: LineStyle, context: IContext): unknown {
    let template = this.paragraphs.get(key);
    if (template === undefined) {
      template = this.docxParagraph(SENTINEL, style).prepForXml(context);
      // Should the text cleaning ever drop the sentinel, docx formats every cell instead.
      if (!JSON.stringify(template).includes(SENTINEL)) template = null;
      this.paragraphs.set(key, template);
    }
    return template;
  }

  private emptyParagraph(key: string, style: LineStyle, context: IContext): unknown {
    let empty = this.emptyParagraphs.get(key);
    if (empty === undefined) {
      empty = this.docxParagraph('', style).prepForXml(context);
      this.emptyParagraphs.set(key, empty);
    }
    return empty;
  }

  private paragraph(text: string, style: LineStyle, context: IContext): unknown {
    const cleaned = cleanText(text);
    // Several runs (line breaks, tabs): docx formats them, as before.
    if (/[\n\t]/.test(cleaned)) return this.docxParagraph(text, style).prepForXml(context);
    const key = styleKey(style);
    if (cleaned === '') return this.emptyParagraph(key, style, context);
    const template = this.template(key, style, context);
    return template === null ? this.docxParagraph(text, style).prepForXml(context) : fill(template, cleaned);
  }

  /** The same paragraph as `paragraph`, as text. */
  private paragraphXml(text: string, style: LineStyle, context: IContext): string {
    const cleaned = cleanText(text);
    if (/[\n\t]/.test(cleaned)) return xmlOf(this.docxParagraph(text, style).prepForXml(context) as Record<string, unknown>);
    const key = styleKey(style);
    if (cleaned === '') {
      let empty = this.emptyParagraphTexts.get(key);
      if (empty === undefined) {
        empty = xmlOf(this.emptyParagraph(key, style, context) as Record<string, unknown>);
        this.emptyParagraphTexts.set(key, empty);
      }
      return empty;
    }
    let around = this.paragraphTexts.get(key);
    if (around === undefined) {
      const template = this.template(key, style, context);
      const parts = template === null ? [] : xmlOf(template as Record<string, unknown>).split(SENTINEL);
      around = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : null;
      this.paragraphTexts.set(key, around);
    }
    return around === null ? xmlOf(this.docxParagraph(text, style).prepForXml(context) as Record<string, unknown>) : around[0] + escapeXml(cleaned) + around[1];
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

  private noLines(context: IContext): unknown {
    return new Paragraph({ spacing: { after: 0 }, children: [] }).prepForXml(context);
  }

  /** The XML of one row, as docx's TableRow of TableCells would write it. */
  row(cells: readonly FastCell[], context: IContext): IXmlableObject {
    const children: unknown[] = [this.rowPropertiesOf(context)];
    this.widths.forEach((_width, column) => {
      const lines = cellLines(cells[column] ?? '');
      const paragraphs = lines === null ? [this.noLines(context)] : lines.map(({ text, style }) => this.paragraph(text, style, context));
      children.push({ 'w:tc': [this.cellPropertiesOf(column, context), ...paragraphs] });
    });
    return { 'w:tr': children };
  }

  /** The same rows as `row` writes, as text, one after the other, in pieces of a few hundred rows. */
  rowsXml(rows: readonly (readonly FastCell[])[], context: IContext): string[] {
    const rowProperties = xmlOf(this.rowPropertiesOf(context) as Record<string, unknown>);
    const cellOpenings = this.widths.map((_width, column) => {
      let text = this.cellPropertyTexts.get(column);
      if (text === undefined) {
        text = `<w:tc>${xmlOf(this.cellPropertiesOf(column, context) as Record<string, unknown>)}`;
        this.cellPropertyTexts.set(column, text);
      }
      return text;
    });
    const pieces: string[] = [];
    let out: string[] = [];
    for (const cells of rows) {
      out.push('<w:tr>', rowProperties);
      for (let column = 0; column < cellOpenings.length; column += 1) {
        out.push(cellOpenings[column] ?? '');
        const lines = cellLines(cells[column] ?? '');
        if (lines === null) out.push((this.noLinesText ??= xmlOf(this.noLines(context) as Record<string, unknown>)));
        else for (const { text, style } of lines) out.push(this.paragraphXml(text, style, context));
        out.push('</w:tc>');
      }
      out.push('</w:tr>');
      // One string for the whole table would be copied whole again when it is encoded.
      if (out.length >= ROWS_PER_PIECE * 40) {
        pieces.push(out.join(''));
        out = [];
      }
    }
    pieces.push(out.join(''));
    return pieces;
  }
}

/**
 * The body rows of one table. While spliced-rows.ts packs a document, `marker` is set: the first
 * row then writes every row as text into `xml` and stands in the document as the marker element,
 * and the other rows write nothing.
 */
export class RowRun {
  marker: string | null = null;
  xml: string[] | null = null;

  constructor(
    readonly formats: FastRowFormats,
    readonly rows: readonly (readonly FastCell[])[],
  ) {}
}

/** The element that stands for a run's rows in word/document.xml until they are spliced in. */
export const RUN_MARKER_ELEMENT = 'quorum:rows';

/** One body row of a register table, written through the table's shared formats. */
export class FastRow extends BaseXmlComponent {
  constructor(
    private readonly run: RowRun,
    private readonly index: number,
  ) {
    super('w:tr');
  }

  prepForXml(context: IContext): IXmlableObject | undefined {
    const { run } = this;
    if (run.marker !== null) {
      if (this.index !== 0) return undefined;
      run.xml = run.formats.rowsXml(run.rows, context);
      return { [RUN_MARKER_ELEMENT]: { _attr: { id: run.marker } } };
    }
    return run.formats.row(run.rows[this.index] ?? [], context);
  }
}

/** The tables whose body rows can be spliced in as text (set by tables.ts's dataTable). */
const runsOfTables = new WeakMap<object, RowRun>();

export function addRowRun(table: object, run: RowRun): void {
  runsOfTables.set(table, run);
}

export function rowRunOf(child: object): RowRun | undefined {
  return runsOfTables.get(child);
}
