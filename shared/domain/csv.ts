/**
 * CSV that Excel opens correctly and safely: UTF-8 with a byte-order mark (without it Excel
 * reads the file as the PC's code page and mangles "Zoë" and emoji), every field quoted, CRLF
 * line ends, and cells that a spreadsheet would run as a formula neutralised.
 *
 * A cell starting with =, +, -, @, a tab or a carriage return can be executed by Excel or
 * LibreOffice ("CSV injection", OWASP); such a cell gets a leading apostrophe, which the
 * spreadsheet shows as text and does not evaluate.
 */

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet must show it: never run as a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One quoted field: inner quotes doubled. Line breaks stay inside the quotes. */
export function quoteCell(value: string): string {
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`;
}

export type CsvCell = string | number | boolean | null | undefined;

function text(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell);
}

/** The whole file as text, starting with the byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quoteCell(text(cell))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** The file's bytes: UTF-8 (the BOM is encoded as EF BB BF). */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}
