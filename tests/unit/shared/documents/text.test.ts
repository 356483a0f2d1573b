/** Text and bytes for documents: what Word cannot store is dropped, what people typed is kept. */
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeImageDataUrl, InvalidBase64Error } from '../../../../shared/documents/binary';
import { cleanLine, cleanText, joinWithAnd } from '../../../../shared/documents/text';

describe('cleaning typed text', () => {
  it('drops characters XML cannot carry and keeps everything else literally', () => {
    expect(cleanText('a\u0000b\u0007c\u000bd\u000ce\u001ff\u007fg\u0085h\uFFFEi\uFFFFj')).toBe('abcdefghij');
    expect(cleanText('<script>&amp; 🏛️ مجلس עירייה')).toBe('<script>&amp; 🏛️ مجلس עירייה');
    expect(cleanText('lone \uD800 high and \uDC00 low, pair \uD83C\uDFDB kept')).toBe('lone  high and  low, pair 🏛 kept');
    expect(cleanText('one\r\ntwo\rthree\nfour\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
    expect(cleanLine('one\ntwo\tthree')).toBe('one two three');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('base64 without Buffer', () => {
  it('round-trips every byte value and lengths with and without padding', () => {
    const bytes = Uint8Array.from({ length: 259 }, (_, i) => i % 256);
    for (const length of [0, 1, 2, 3, 258, 259]) {
      const slice = bytes.slice(0, length);
      const encoded = bytesToBase64(slice);
      expect(encoded).toBe(Buffer.from(slice).toString('base64'));
      expect(base64ToBytes(encoded)).toEqual(slice);
    }
    expect(() => base64ToBytes('abc')).toThrow(InvalidBase64Error);
    expect(() => base64ToBytes('ab!d')).toThrow(InvalidBase64Error);
  });
});

describe('a logo from Settings', () => {
  it('is read with its pixel size, and anything else is ignored', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    expect(decodeImageDataUrl(`data:image/png;base64,${png}`)).toMatchObject({ type: 'png', width: 1, height: 1 });
    // A JPEG's size sits in its start-of-frame segment (here 3 × 2 pixels after an APP0 segment).
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0, 0, 0, 0xff, 0xd9]);
    expect(decodeImageDataUrl(`data:image/jpeg;base64,${bytesToBase64(jpeg)}`)).toMatchObject({ type: 'jpg', width: 3, height: 2 });
    expect(decodeImageDataUrl(undefined)).toBeNull();
    expect(decodeImageDataUrl('data:image/gif;base64,R0lGOD')).toBeNull();
    expect(decodeImageDataUrl('data:image/png;base64,AAAA')).toBeNull();
  });
});
