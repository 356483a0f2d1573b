/** A field's competing versions stored across entries of at most the schema's size, and read back whole. */
import { describe, expect, it } from 'vitest';
import { joinPages, pageName, pageOf, splitPages, storedEntries, VERSIONS_PER_ENTRY } from '../../../shared/sync/conflict-pages';
import { recordValidator } from '../../../shared/schemas';

const versions = (count: number, prefix = 'v') => Array.from({ length: count }, (_, n) => ({ value: JSON.stringify(`${prefix}${n}`), by: 'Thuli' }));

describe('pages of competing versions', () => {
  it('names a field’s further pages after it, and reads a page name back', () => {
    expect(pageName('discussion', 1)).toBe('discussion');
    expect(pageName('value.address', 3)).toBe('value.address#3');
    expect(pageOf('value.address#3')).toEqual({ field: 'value.address', page: 3 });
    expect(pageOf('discussion')).toEqual({ field: 'discussion', page: 1 });
    // Not a page number: the whole text is the field.
    expect(pageOf('notes#0')).toEqual({ field: 'notes#0', page: 1 });
    expect(pageOf('#2')).toEqual({ field: '#2', page: 1 });
  });

  it('leaves a field with up to twenty versions in one entry', () => {
    const entries = [{ field: 'notes', versions: versions(VERSIONS_PER_ENTRY) }];
    expect(splitPages(entries)).toEqual(entries);
  });

  it('splits and joins back every version, in order, with other fields untouched', () => {
    const entries = [
      { field: 'discussion', versions: versions(45) },
      { field: 'venue', versions: versions(2, 'hall-') },
    ];
    const stored = splitPages(entries);
    expect(stored.map((entry) => [entry.field, entry.versions.length])).toEqual([
      ['discussion', 20],
      ['discussion#2', 20],
      ['discussion#3', 5],
      ['venue', 2],
    ]);
    expect(joinPages(stored)).toEqual(entries);
    // Pages stored out of order (a list another tool rewrote) still join in page order.
    expect(joinPages([...stored].reverse())).toEqual([...entries].reverse());
  });

  it('keeps a version found on two pages once', () => {
    const [first, second] = versions(2);
    expect(
      joinPages([
        { field: 'notes', versions: [first!, second!] },
        { field: 'notes#2', versions: [second!] },
      ]),
    ).toEqual([{ field: 'notes', versions: [first, second] }]);
  });

  it('reads only well-formed entries of a stored record', () => {
    const record = { conflict: { detectedAt: 'x', fields: [{ field: 'notes', versions: versions(1) }, { field: 3 }, 'junk', { field: 'venue' }] } };
    expect(storedEntries(record).map((entry) => entry.field)).toEqual(['notes']);
    expect(storedEntries({})).toEqual([]);
  });

  it('stores sixty versions of minutes in a form the schema accepts, where one entry would be refused', () => {
    const validator = recordValidator('agendaitems');
    const conflictErrors = (fields: unknown[]) =>
      Object.entries(validator.check({ id: 'item-1', hasConflict: true, conflict: { detectedAt: '2026-12-06T08:00:00.000Z', fields } })).filter(([field]) =>
        field.startsWith('conflict'),
      );
    const all = [{ field: 'discussion', versions: versions(60) }];
    expect(conflictErrors(all)).not.toEqual([]);
    expect(conflictErrors(splitPages(all))).toEqual([]);
  });
});
