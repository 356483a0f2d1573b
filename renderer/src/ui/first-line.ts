/** The first non-empty line of a text, trimmed (a progress note's headline); '' for none. */
export function firstLine(text: string): string {
  for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
}
