/**
 * The rules every form follows: all messages at once from the shared schema, text limits said in
 * words (never a silent cut), and dates typed and shown the en-ZA way.
 */
import { enZA } from 'date-fns/locale/en-ZA';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../shared/schemas/meeting';
import { querySchema } from '../../../shared/schemas/query';
import { scheduleResolver, type ScheduleFormValues } from '../../../renderer/src/features/meetings/components/ScheduleMeetingDialog';
import { calendarDateToDate, DATE_FIELD_FORMAT, dateToCalendarDate, formatTypedDate, parseTypedDate } from '../../../renderer/src/ui/date-text';
import { formMessages } from '../../../renderer/src/ui/schema-resolver';
import { lengthCounter, lengthProblem, schemaMaxLength } from '../../../renderer/src/ui/text-limits';

const empty: ScheduleFormValues = { bodyId: '', type: 'ordinary', title: '', sequence: '', date: '', startTime: '10:00', endTime: '', venue: '' };

async function resolve(values: ScheduleFormValues) {
  // The resolver's other arguments are react-hook-form's; the schedule resolver does not read them.
  return scheduleResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('a form shows all its messages on the first submit', () => {
  it('the empty schedule form has a message for body, title, date and venue at once', async () => {
    const result = await resolve(empty);
    const messages = Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));
    expect(messages).toEqual({
      bodyId: 'Choose the body that meets.',
      title: 'Title is required.',
      date: 'Enter the date of the meeting.',
      venue: 'Venue is required.',
    });
  });

  it('a title of only spaces is as good as empty, and a title over the schema limit says how long it is', async () => {
    const result = await resolve({ ...empty, title: '   ', venue: 'x'.repeat(5_000) });
    expect(result.errors.title?.message).toBe('Title is required.');
    expect(result.errors.venue?.message).toBe('Venue is 5\u00a0000 characters; at most 200.');
  });

  it('a complete form passes with its values untouched', async () => {
    const values = { ...empty, bodyId: 'b1', title: 'Ordinary Council Meeting', date: '2026-12-10', startTime: '0930', venue: 'Council Chamber' };
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(values);
  });

  it('the form checks come first, the schema fills in the rest', () => {
    const messages = formMessages(
      { subject: '', channel: 'carrier pigeon' },
      { schema: querySchema, fields: { subject: 'subject', channel: 'channel' }, check: (v) => (v.subject ? {} : { subject: 'Enter the subject.' }) },
    );
    expect(messages).toEqual({ subject: 'Enter the subject.', channel: 'Channel must be one of the listed choices.' });
  });
});

describe('text limits come from the schema and are said, not cut', () => {
  it('reads the limit the schema sets', () => {
    expect(schemaMaxLength(querySchema, 'subject')).toBe(300);
    expect(schemaMaxLength(meetingSchema, 'venue')).toBe(200);
    expect(schemaMaxLength(meetingSchema, 'nothing')).toBeUndefined();
  });

  it('counts long fields only', () => {
    expect(lengthCounter('x'.repeat(245), 300)).toBe('245 / 300');
    expect(lengthCounter('x'.repeat(2_000), 100_000)).toBe('2\u00a0000 / 100\u00a0000');
    expect(lengthCounter('abc', 40)).toBeUndefined();
  });

  it('says how long the text is and what the limit is', () => {
    expect(lengthProblem('Subject', 'x'.repeat(300), 300)).toBeUndefined();
    expect(lengthProblem('Subject', 'x'.repeat(5_000), 300)).toBe('Subject is 5\u00a0000 characters; at most 300.');
  });
});

describe('dates are typed and shown en-ZA', () => {
  it('uses the short date that en-ZA has in Intl and in date-fns', () => {
    const date = new Date(2026, 11, 4);
    expect(new Intl.DateTimeFormat('en-ZA', { dateStyle: 'short' }).format(date)).toBe('2026/12/04');
    expect(format(date, 'P', { locale: enZA })).toBe(format(date, DATE_FIELD_FORMAT));
  });

  it('shows a record date as typed and reads it back', () => {
    expect(formatTypedDate('2026-12-04')).toBe('2026/12/04');
    expect(parseTypedDate('2026/12/04')).toBe('2026-12-04');
    expect(parseTypedDate(' 2027/02/28 ')).toBe('2027-02-28');
  });

  it('refuses what is not a real date in that form, including the US order', () => {
    expect(parseTypedDate('2027/02/29')).toBeNull();
    expect(parseTypedDate('12/04/2026')).toBeNull();
    expect(parseTypedDate('2026-12-04')).toBeNull();
    expect(formatTypedDate('')).toBe('');
  });

  it('round-trips a record date through the picker value without shifting a day', () => {
    for (const iso of ['2026-01-01', '2026-03-29', '2026-12-31', '2028-02-29']) {
      expect(dateToCalendarDate(calendarDateToDate(iso))).toBe(iso);
    }
    expect(dateToCalendarDate(new Date(Number.NaN))).toBe('');
    expect(calendarDateToDate('2026-02-30')).toBeNull();
  });
});
