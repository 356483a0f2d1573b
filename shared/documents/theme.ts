/**
 * The look of every Quorum document in one place: A4 pages and margins, the font, the heading
 * styles Word's navigation pane is built from, and the list definitions rich text uses.
 */
import { AlignmentType, LevelFormat, LineRuleType, convertMillimetersToTwip, type INumberingOptions, type IStylesOptions } from 'docx';

export type Orientation = 'portrait' | 'landscape';

/** A4 in twips (1/20 pt), portrait. */
export const A4 = { width: 11_906, height: 16_838 } as const;

/** 25 mm top and bottom, 20 mm at the sides: room for a header, a footer and hole punching. */
export const MARGINS = {
  top: convertMillimetersToTwip(25),
  bottom: convertMillimetersToTwip(22),
  left: convertMillimetersToTwip(22),
  right: convertMillimetersToTwip(20),
  header: convertMillimetersToTwip(10),
  footer: convertMillimetersToTwip(10),
} as const;

/** The width text and tables may take, in twips. */
export function contentWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height;
  return pageWidth - MARGINS.left - MARGINS.right;
}

/** Arial is on every Windows and Mac; LibreOffice substitutes the metric-compatible Liberation Sans. */
export const FONT = 'Arial';

/** Colours, as hex without `#`. Dark enough to print well on a black-and-white office printer. */
export const COLOURS = {
  text: '1A1A1A',
  heading: '1F3A5F',
  muted: '555555',
  rule: '1F3A5F',
  tableHeader: 'DCE3EC',
  tableBorder: '8A96A3',
  draft: 'B00020',
  confidential: 'B00020',
  resolvedBand: 'F1F4F8',
} as const;

/** Font sizes in half-points, as Word stores them. */
export const SIZES = { body: 21, small: 17, header: 16, title: 32, heading1: 26, heading2: 23, heading3: 21 } as const;

/**
 * Word's built-in styles, restyled. Only built-in style ids are used (Title, Heading1–3), so
 * a municipality's own template, which may lack them, gets docx's definitions added when the
 * content is patched in, and the navigation pane still works.
 */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZES.body, color: COLOURS.text },
      // lineRule spelled out: LibreOffice reads a bare w:line as exact, which clips a logo.
      paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: SIZES.title, bold: true, color: COLOURS.heading },
      paragraph: { spacing: { before: 120, after: 120 } },
    },
    heading1: {
      run: { font: FONT, size: SIZES.heading1, bold: true, color: COLOURS.heading },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: SIZES.heading2, bold: true, color: COLOURS.heading },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: SIZES.heading3, bold: true, italics: false, color: COLOURS.heading },
      paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true },
    },
    listParagraph: {
      run: { font: FONT, size: SIZES.body },
    },
  },
};

/** The reference of the numbered list that rich text uses; each list restarts at 1. */
export const NUMBERED_LIST = 'quorum-numbered';

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERED_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: convertMillimetersToTwip(10), hanging: convertMillimetersToTwip(6) } } },
        },
        {
          level: 1,
          format: LevelFormat.LOWER_LETTER,
          text: '(%2)',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: convertMillimetersToTwip(18), hanging: convertMillimetersToTwip(7) } } },
        },
      ],
    },
  ],
};
