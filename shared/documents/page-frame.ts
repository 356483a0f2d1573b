/**
 * The built-in letterhead and what runs round every page: the letterhead (logo, name, address
 * and contact line from Settings) heads the first page, a running header names the
 * municipality and the document on the others, with DRAFT or CONFIDENTIAL on every page that
 * needs it, and the footer counts "Page X of Y" with Word fields.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { MunicipalitySettings } from '../settings/areas';
import { decodeImageDataUrl } from './binary';
import { cleanLine } from './text';
import { textRuns } from './runs';
import { COLOURS, SIZES, contentWidth, type Orientation } from './theme';

export interface PageFrame {
  municipality: MunicipalitySettings;
  /** What the document is, repeated in the running header: `Minutes: Ordinary Council Meeting, 26 Oct 2026`. */
  runningTitle: string;
  orientation: Orientation;
  /** Printed on every page, such as DRAFT. */
  marker?: string;
  /** The pages of an in-committee section, marked CONFIDENTIAL. */
  confidential?: boolean;
}

export const CONFIDENTIAL_MARKER = 'CONFIDENTIAL: IN COMMITTEE';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
/** The logo is scaled to this height (pixels at 96 dpi, about 21 mm) and at most twice as wide. */
const LOGO_HEIGHT = 80;

/** `Tel 015 000 1000 · council@example.gov.za · www.example.gov.za` */
export function contactLine(municipality: MunicipalitySettings): string {
  return [municipality.phone ? `Tel ${municipality.phone}` : '', municipality.email ?? '', municipality.website ?? '']
    .map((part) => cleanLine(part).trim())
    .filter(Boolean)
    .join('  ·  ');
}

function logoRun(municipality: MunicipalitySettings): ImageRun | null {
  const image = decodeImageDataUrl(municipality.logoDataUrl);
  if (!image) return null;
  const width = Math.min(Math.round((image.width / image.height) * LOGO_HEIGHT), LOGO_HEIGHT * 2);
  const height = Math.round((width / image.width) * image.height);
  return new ImageRun({
    type: image.type,
    data: image.bytes,
    transformation: { width, height },
    altText: { name: 'Logo', description: `Logo of ${cleanLine(municipality.name)}`, title: 'Logo' },
  });
}

function letterheadText(municipality: MunicipalitySettings, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] {
  const contact = contactLine(municipality);
  return [
    new Paragraph({
      alignment,
      spacing: { after: 40 },
      children: [new TextRun({ text: cleanLine(municipality.name), bold: true, size: 30, color: COLOURS.heading })],
    }),
    ...(municipality.address
      ? [new Paragraph({ alignment, spacing: { after: 20 }, children: textRuns(municipality.address, { size: SIZES.small, color: COLOURS.muted }) })]
      : []),
    ...(contact
      ? [new Paragraph({ alignment, spacing: { after: 0 }, children: [new TextRun({ text: contact, size: SIZES.small, color: COLOURS.muted })] })]
      : []),
  ];
}

/** The letterhead: the logo beside the name, address and contact line, over a rule. */
export function letterhead(municipality: MunicipalitySettings): (Paragraph | Table)[] {
  const logo = logoRun(municipality);
  const rule = new Paragraph({
    spacing: { before: 60, after: 0 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.rule, space: 1 } },
    children: [],
  });
  if (!logo) return [...letterheadText(municipality, AlignmentType.CENTER), rule];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 22, type: WidthType.PERCENTAGE },
            verticalAlign: VerticalAlign.CENTER,
            children: [new Paragraph({ spacing: { after: 0 }, children: [logo] })],
          }),
          new TableCell({
            width: { size: 78, type: WidthType.PERCENTAGE },
            verticalAlign: VerticalAlign.CENTER,
            children: letterheadText(municipality, AlignmentType.RIGHT),
          }),
        ],
      }),
    ],
  });
  return [table, rule];
}

function markerParagraph(frame: PageFrame): Paragraph | null {
  const markers = [frame.confidential ? CONFIDENTIAL_MARKER : '', frame.marker ?? ''].filter(Boolean);
  if (markers.length === 0) return null;
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { after: 60 },
    children: [new TextRun({ text: markers.join('  ·  '), bold: true, color: COLOURS.draft, size: 22 })],
  });
}

/** The header of the first page: the marker, if any, above the letterhead. */
export function firstPageHeader(frame: PageFrame): Header {
  const marker = markerParagraph(frame);
  return new Header({ children: [...(marker ? [marker] : []), ...letterhead(frame.municipality)] });
}

/** The header of every other page: the municipality left, the document right, over a hairline. */
export function runningHeader(frame: PageFrame): Header {
  const marker = markerParagraph(frame);
  return new Header({
    children: [
      ...(marker ? [marker] : []),
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth(frame.orientation) }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.tableBorder, space: 2 } },
        children: [
          new TextRun({ text: cleanLine(frame.municipality.name), bold: true, size: SIZES.header, color: COLOURS.heading }),
          new TextRun({ children: ['\t', cleanLine(frame.runningTitle)], size: SIZES.header, color: COLOURS.muted }),
        ],
      }),
    ],
  });
}

/** "Page X of Y" as Word fields (PAGE and NUMPAGES), which Word and LibreOffice fill in. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.tableBorder, space: 2 } },
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: SIZES.header,
            color: COLOURS.muted,
          }),
        ],
      }),
    ],
  });
}
