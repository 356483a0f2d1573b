/**
 * The minutes' rich text (paragraphs, bullet and numbered lists of bold and italic runs) as
 * real Word paragraphs and Word lists, never as characters that merely look like a list.
 */
import { Paragraph, type TextRun } from 'docx';
import type { RichText } from '../schemas/agenda-item';
import { textRuns } from './runs';
import { NUMBERED_LIST } from './theme';

type Block = RichText[number];

function runsOf(block: Block): TextRun[] {
  return block.runs.flatMap((run) => textRuns(run.text, { bold: run.bold === true, italics: run.italic === true }));
}

/** True when the rich text holds no visible characters at all. */
export function isRichTextEmpty(text: RichText | undefined): boolean {
  return !text || text.every((block) => block.runs.every((run) => run.text.trim() === ''));
}

/**
 * Hands out a new list for each run of numbered paragraphs in one document. A list is a
 * numbering instance rather than a `restart`, because patchDocument (the municipality's
 * template) only carries instances over.
 */
export interface NumberedLists {
  next(): number;
}

export function numberedLists(): NumberedLists {
  let instance = 0;
  return { next: () => (instance += 1) };
}

/**
 * Paragraphs for rich text. Each run of consecutive numbered paragraphs is its own list that
 * starts at 1, as a secretary expects after a paragraph of discussion in between.
 */
export function richTextParagraphs(text: RichText | undefined, lists: NumberedLists): Paragraph[] {
  if (!text) return [];
  const paragraphs: Paragraph[] = [];
  let previous: Block['kind'] | null = null;
  let instance = 0;
  for (const block of text) {
    const children = runsOf(block);
    if (block.kind === 'bullet') {
      paragraphs.push(new Paragraph({ bullet: { level: 0 }, children }));
    } else if (block.kind === 'numbered') {
      if (previous !== 'numbered') instance = lists.next();
      paragraphs.push(new Paragraph({ numbering: { reference: NUMBERED_LIST, level: 0, instance }, children }));
    } else {
      paragraphs.push(new Paragraph({ children }));
    }
    previous = block.kind;
  }
  return paragraphs;
}
