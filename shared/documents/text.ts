/**
 * Text as people typed it, made safe for WordprocessingML without changing what it says:
 * characters XML cannot carry are dropped (see runs.ts for line breaks and tabs).
 *
 * docx escapes `<` and `&` itself, but writes U+FFFE, U+FFFF and C1 controls as they are.
 */

// XML 1.0 forbids C0 controls other than tab, newline and carriage return, and U+FFFE/U+FFFF;
// C1 controls are allowed but invisible and refused by some readers. Lone surrogates cannot be
// encoded as UTF-8 at all.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with characters Word cannot store removed and line endings made `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/** One line of text: no line breaks, runs of spaces kept as typed. For headings and table cells. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\n\t]+/g, ' ');
}

/** `a, b and c` */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** A count with its noun: `1 vote`, `3 votes`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
