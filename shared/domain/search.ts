/**
 * Text search as a secretary expects it: every word typed must appear, in any order, ignoring
 * case and accents; the hit comes back with a snippet around the first word found.
 */

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function searchTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 10);
}

export interface TextMatch {
  snippet: string;
}

/** The match of all `terms` in `text`, or null. `text` is shown as-is in the snippet. */
export function matchText(text: string, terms: readonly string[], radius = 60): TextMatch | null {
  if (terms.length === 0) return null;
  const haystack = normaliseForSearch(text);
  // NFKD may lengthen some characters; positions are close enough for a snippet.
  const positions = terms.map((term) => haystack.indexOf(term));
  if (positions.some((p) => p < 0)) return null;
  const first = Math.min(...positions);
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  const snippet = `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
  return { snippet };
}
