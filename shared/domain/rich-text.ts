/** Minutes' rich text (paragraphs and list items of plain-text runs) as plain text, for search and summaries. */
import type { RichText } from '../schemas/agenda-item';

export function richTextToPlain(blocks: RichText | undefined): string {
  if (!blocks) return '';
  let number = 0;
  return blocks
    .map((block) => {
      const text = block.runs.map((run) => run.text).join('');
      if (block.kind === 'numbered') {
        number += 1;
        return `${number}. ${text}`;
      }
      number = 0;
      return block.kind === 'bullet' ? `• ${text}` : text;
    })
    .join('\n');
}

export function isRichTextEmpty(blocks: RichText | undefined): boolean {
  return !blocks || blocks.every((block) => block.runs.every((run) => run.text.trim() === ''));
}

export function plainToRichText(text: string): RichText {
  return text
    .split(/\n{2,}/)
    .filter((part) => part.length > 0)
    .map((part) => ({ kind: 'paragraph' as const, runs: [{ text: part }] }));
}
