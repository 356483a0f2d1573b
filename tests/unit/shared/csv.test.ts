import { describe, expect, it } from 'vitest';
import { csvBytes, neutraliseCell, quoteCell, toCsv, UTF8_BOM } from '../../../shared/domain/csv';

describe('CSV for Excel', () => {
  it('starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['A', 'B'], [['1', '2']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}"A","B"\r\n"1","2"\r\n`);
    expect([...csvBytes(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes every field and doubles inner quotes; commas and line breaks stay inside', () => {
    expect(quoteCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(toCsv(['x'], [['line 1\nline 2']])).toContain('"line 1\nline 2"');
  });

  it.each(['=HYPERLINK("http://evil")', '+27 72 000 0101', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises a cell that a spreadsheet would run: %j',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
      expect(quoteCell(value).startsWith(`"'`)).toBe(true);
    },
  );

  it('leaves ordinary text, emoji and right-to-left script alone', () => {
    for (const value of ['Burst pipe', '🏛️ Council', 'مجلس', 'a=b', '<script>alert(1)</script>']) {
      expect(neutraliseCell(value)).toBe(value);
    }
  });

  it('writes empty cells for missing values and text for numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 3]])).toContain('"","","3"');
  });

  it('keeps non-ASCII text intact through the bytes', () => {
    const csv = toCsv(['Name'], [['Zoë Nkosi 🏛️']]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes(csv))).toBe(csv);
  });
});
