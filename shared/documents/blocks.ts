/**
 * The small building blocks every document is made of: headings, plain and labelled
 * paragraphs, notes, banners and signature lines, all fed through the text cleaner.
 */
import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, TabStopType, TextRun, type IParagraphOptions } from 'docx';
import { cleanLine } from './text';
import { textRuns, type RunStyle } from './runs';
import { COLOURS, SIZES } from './theme';

type ParagraphLayout = Omit<IParagraphOptions, 'children' | 'text' | 'heading'>;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export type HeadingDepth = keyof typeof HEADINGS;

/** A heading in Word's own Heading 1–3 styles, so it shows in the navigation pane. */
export function heading(text: string, depth: HeadingDepth, layout: ParagraphLayout = {}): Paragraph {
  return new Paragraph({ ...layout, heading: HEADINGS[depth], children: [new TextRun(cleanLine(text))] });
}

/** A numbered heading: `7.1  Adjustment budget`, the number set apart by a tab. */
export function numberedHeading(number: string, text: string, depth: HeadingDepth, suffix?: TextRun): Paragraph {
  return new Paragraph({
    heading: HEADINGS[depth],
    tabStops: [{ type: TabStopType.LEFT, position: 1_000 }],
    indent: { left: 1_000, hanging: 1_000 },
    children: [new TextRun(cleanLine(number)), new TextRun({ children: ['\t', cleanLine(text)] }), ...(suffix ? [suffix] : [])],
  });
}

/** The document's title, in Word's Title style. */
export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanLine(text))] });
}

/** A paragraph of text; newlines in it become line breaks. */
export function paragraph(text: string, style: RunStyle = {}, layout: ParagraphLayout = {}): Paragraph {
  return new Paragraph({ ...layout, children: textRuns(text, style) });
}

/** Small grey text: report references, presenters, "as at" lines. */
export function note(text: string, layout: ParagraphLayout = {}): Paragraph {
  return paragraph(text, { size: SIZES.small, color: COLOURS.muted }, layout);
}

/** `Label: value` with the label in bold. */
export function labelled(label: string, value: string, layout: ParagraphLayout = {}): Paragraph {
  return new Paragraph({ ...layout, children: [new TextRun({ text: `${cleanLine(label)}: `, bold: true }), ...textRuns(value)] });
}

/** A boxed, bold warning across the text width: DRAFT, CONFIDENTIAL. */
export function banner(text: string, colour: string = COLOURS.confidential): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: 12, color: colour, space: 4 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { top: side, bottom: side, left: side, right: side },
    spacing: { before: 120, after: 200 },
    keepNext: true,
    children: [new TextRun({ text: cleanLine(text), bold: true, color: colour, allCaps: true })],
  });
}

/** A line to sign on, with the signer's name and position under it. */
export function signatureBlock(name: string, position: string, dated = true): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 720 }, keepNext: true, children: [new TextRun('______________________________')] }),
    new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [new TextRun({ text: cleanLine(name), bold: true })] }),
    new Paragraph({ keepNext: dated, children: textRuns(position) }),
    ...(dated ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun('Date: ______________________')] })] : []),
  ];
}
