/**
 * Runs of Word text from what people typed: each newline becomes a line break and each tab a
 * tab stop (docx would leave a newline inside a text element, where Word shows a space).
 */
import { Tab, TextRun, type IRunOptions } from 'docx';
import { cleanText } from './text';

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Runs for a piece of text: each newline becomes a line break and each tab a tab stop, so a
 * multi-line address or a pasted list keeps its shape.
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = cleanText(text).split('\n');
  return lines.map((line, index) => {
    const pieces = line.split('\t');
    const children: (string | Tab)[] = [];
    pieces.forEach((piece, i) => {
      if (i > 0) children.push(new Tab());
      if (piece) children.push(piece);
    });
    return new TextRun({ ...style, children, ...(index > 0 ? { break: 1 } : {}) });
  });
}
