import { describe, expect, it } from 'vitest';
import { recordValidator } from '../../../shared/schemas';
import { meetingSchemaLiteral } from '../../../shared/schemas/meeting';
import { createRecordValidator, RecordValidationError } from '../../../shared/validation/record-validator';

const stamp = {
  createdAt: '2026-11-23T08:00:00.000Z',
  createdBy: 'Test',
  updatedAt: '2026-11-23T08:00:00.000Z',
  updatedBy: 'Test',
  hasConflict: false,
};

const validMeeting = {
  id: 'm1',
  bodyId: 'b1',
  type: 'ordinary',
  title: 'Ordinary Council Meeting',
  startsAt: '2026-11-26T08:00:00.000Z',
  venue: 'Council Chamber',
  status: 'draft',
  history: [],
  attendance: [],
  ...stamp,
};

describe('record validator', () => {
  const meetings = recordValidator('meetings');

  it('accepts a valid record', () => {
    expect(meetings.check(validMeeting)).toEqual({});
  });

  it('names a missing required field by its title', () => {
    const { venue: _venue, ...withoutVenue } = validMeeting;
    expect(meetings.check(withoutVenue)).toEqual({ venue: 'Venue is required.' });
  });

  it('treats a title of only spaces as empty', () => {
    expect(meetings.check({ ...validMeeting, title: '   ' })).toEqual({ title: 'Title is required.' });
  });

  it('says how long a field may be', () => {
    expect(meetings.check({ ...validMeeting, venue: 'x'.repeat(201) })).toEqual({
      venue: 'Venue is too long: at most 200 characters.',
    });
  });

  it('refuses a value outside the list of choices', () => {
    expect(meetings.check({ ...validMeeting, status: 'dissolved' })).toEqual({
      status: 'Status must be one of the listed choices.',
    });
  });

  it('refuses a date that is not an ISO instant', () => {
    expect(meetings.check({ ...validMeeting, startsAt: '26/11/2026 10:00' }).startsAt).toMatch(/Starts is not/);
  });

  it('reports nested problems with their path', () => {
    const errors = meetings.check({
      ...validMeeting,
      attendance: [{ id: 'a1', kind: 'member', status: 'asleep' }],
    });
    expect(errors).toEqual({ 'attendance.0.status': 'Attendance must be one of the listed choices.' });
  });

  it('refuses fields the schema does not know', () => {
    expect(meetings.check({ ...validMeeting, secret: 1 })).toEqual({ secret: '"secret" is not a field of Meeting.' });
  });

  it('stores markup, emoji and right-to-left text as they are', () => {
    const title = '<script>alert(1)</script> & 🏛️ مجلس';
    expect(meetings.check({ ...validMeeting, title })).toEqual({});
  });

  it('throws RecordValidationError from assert, carrying the field messages', () => {
    expect(() => meetings.assert({ ...validMeeting, title: '' })).toThrow(RecordValidationError);
    try {
      meetings.assert({ ...validMeeting, title: '' });
    } catch (error) {
      expect((error as RecordValidationError).fieldErrors).toEqual({ title: 'Title is required.' });
      expect((error as Error).message).toBe('Meeting not saved: Title is required.');
    }
  });

  it('does not change the schema it is given', () => {
    const before = JSON.stringify(meetingSchemaLiteral);
    createRecordValidator(meetingSchemaLiteral).check({});
    expect(JSON.stringify(meetingSchemaLiteral)).toBe(before);
  });

  it('checks the parts of a record still being made: a field not yet there is not missing, a given one is checked', () => {
    const validator = createRecordValidator(meetingSchemaLiteral);
    const { bodyId: _body, ...withoutBody } = { ...validMeeting, ...stamp };
    expect(validator.check(withoutBody)).toHaveProperty('bodyId');
    expect(validator.checkParts(withoutBody, ['bodyId'])).toEqual({});
    // Given, it is checked like any other field.
    expect(validator.checkParts({ ...withoutBody, bodyId: 42 }, ['bodyId'])).toHaveProperty('bodyId');
    // The other fields are checked as ever.
    expect(validator.checkParts({ ...withoutBody, title: ' ' }, ['bodyId'])).toHaveProperty('title');
    const { venue: _venue, ...withoutVenue } = withoutBody;
    expect(validator.checkParts(withoutVenue, ['bodyId'])).toHaveProperty('venue');
  });
});
