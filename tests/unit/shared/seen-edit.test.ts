import { describe, expect, it } from 'vitest';
import { fieldsChangedMeanwhile, withEditsMadeMeanwhile } from '../../../shared/sync/seen-edit';
import { versionValue } from '../../../shared/sync/conflict-settlement';
import type { JsonObject } from '../../../shared/sync/record-state';

const AT = '2026-12-06T10:00:00.000Z';

/** An agenda item as stored, last changed by `by`. */
function item(fields: JsonObject, by = 'Secretary A', at = '2026-12-06T09:00:00.000Z'): JsonObject {
  return {
    id: 'item-1',
    meetingId: 'meeting-1',
    title: 'Streetlights in Ward 4',
    createdAt: '2026-12-01T08:00:00.000Z',
    createdBy: 'Secretary A',
    updatedAt: at,
    updatedBy: by,
    hasConflict: false,
    _rev: '3-abc',
    _meta: { lwt: 1 },
    ...fields,
  };
}

describe('an edit saved over what the person saw', () => {
  it('applies as is when nothing the person changes moved since they saw it', () => {
    const stored = item({ presenter: 'Director A', venue: 'Chamber' });
    const next = { ...stored, presenter: 'Director B', updatedBy: 'Secretary B', updatedAt: AT };
    expect(fieldsChangedMeanwhile(stored, next, { presenter: 'Director A' })).toEqual([]);
    expect(withEditsMadeMeanwhile('agendaitems', stored, next, { presenter: 'Director A' }, AT)).toBe(next);
  });

  it("keeps a colleague's value that arrived after the person looked, beside theirs, as competing versions", () => {
    // The person saw "Director A"; a colleague's "Director C" synced in; the person saves "Director B".
    const stored = item({ presenter: 'Director C', title: 'Streetlights' }, 'Secretary C', '2026-12-06T09:30:00.000Z');
    const next = { ...stored, presenter: 'Director B', updatedBy: 'Secretary B', updatedAt: AT };
    expect(fieldsChangedMeanwhile(stored, next, { presenter: 'Director A' })).toEqual(['presenter']);
    const written = withEditsMadeMeanwhile('agendaitems', stored, next, { presenter: 'Director A' }, AT);
    expect(written.presenter).toBe('Director B');
    expect(written.hasConflict).toBe(true);
    const conflict = written.conflict as { detectedAt: string; fields: Array<{ field: string; versions: Array<{ value: string; by?: string }> }> };
    expect(conflict.detectedAt).toBe(AT);
    expect(conflict.fields).toHaveLength(1);
    expect(conflict.fields[0]!.field).toBe('presenter');
    expect(conflict.fields[0]!.versions.map((version) => [versionValue(version), version.by])).toEqual([
      ['Director C', 'Secretary C'],
      ['Director B', 'Secretary B'],
    ]);
    // The rest of the record, and the storage's bookkeeping, are as the change left them.
    expect(written.title).toBe('Streetlights');
    expect(written.updatedBy).toBe('Secretary B');
    expect(written._rev).toBe('3-abc');
    expect(written._meta).toEqual({ lwt: 1 });
    expect(written._deleted).toBeUndefined();
  });

  it('does not count a colleague who saved the same value, or a field the person leaves as it is', () => {
    const stored = item({ presenter: 'Director B', venue: 'Hall' }, 'Secretary C');
    const same = { ...stored, presenter: 'Director B', updatedBy: 'Secretary B', updatedAt: AT };
    expect(fieldsChangedMeanwhile(stored, same, { presenter: 'Director A' })).toEqual([]);
    // The person saw the venue as "Chamber" and did not change it: the colleague's "Hall" stays, no conflict.
    const untouched = { ...stored, presenter: 'Director D', updatedBy: 'Secretary B', updatedAt: AT };
    const written = withEditsMadeMeanwhile('agendaitems', stored, untouched, { presenter: 'Director B', venue: 'Hall' }, AT);
    expect(written).toBe(untouched);
  });

  it('treats a field the person saw empty and a colleague filled as changed meanwhile', () => {
    const stored = item({ presenter: 'Director C' }, 'Secretary C');
    const next = { ...stored, presenter: 'Director B', updatedBy: 'Secretary B', updatedAt: AT };
    const written = withEditsMadeMeanwhile('agendaitems', stored, next, { presenter: undefined }, AT);
    expect(written.presenter).toBe('Director B');
    expect(written.hasConflict).toBe(true);
  });
});
