import { describe, expect, it } from 'vitest';
import { firstLine } from '../../../renderer/src/ui/first-line';

describe("the register's progress headline", () => {
  it('is the first line of the latest note that has words, trimmed', () => {
    expect(firstLine('Budget loaded.\nTender drafted.')).toBe('Budget loaded.');
    expect(firstLine('\n\n   Site visit done  \r\nmore')).toBe('Site visit done');
    expect(firstLine('One\u2028Two')).toBe('One');
    expect(firstLine('   \n  ')).toBe('');
    expect(firstLine('<b>markup</b> stays text')).toBe('<b>markup</b> stays text');
  });
});
