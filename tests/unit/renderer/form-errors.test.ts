/**
 * What a form shows when a save throws: each record message beside its field, the rest above the
 * form, and an error that is not a record check (a refused write) in full above it.
 */
import { describe, expect, it } from 'vitest';
import { RecordValidationError } from '../../../shared/validation/record-validator';
import { showSaveError } from '../../../renderer/src/ui/form-errors';

function capture(error: unknown, prefix?: string) {
  const fields: Array<[string, string]> = [];
  let general: string[] = [];
  showSaveError(
    error,
    { title: 'title', venue: 'venue' },
    (field, { message }) => fields.push([field, message]),
    (messages) => (general = messages),
    prefix,
  );
  return { fields, general };
}

describe('showSaveError', () => {
  it('puts each field message beside its field and the others above the form', () => {
    const error = new RecordValidationError('Meeting', {
      title: 'Title is required.',
      venue: 'Venue is required.',
      startsAt: 'The meeting must end after it starts.',
    });
    expect(capture(error)).toEqual({
      fields: [
        ['title', 'Title is required.'],
        ['venue', 'Venue is required.'],
      ],
      general: ['The meeting must end after it starts.'],
    });
  });

  it('shows any other error in full above the form, after the prefix', () => {
    expect(capture(new Error('Your account (viewer) may read meetings but not change them.'), 'The meeting was not saved: ')).toEqual({
      fields: [],
      general: ['The meeting was not saved: Your account (viewer) may read meetings but not change them.'],
    });
  });
});
