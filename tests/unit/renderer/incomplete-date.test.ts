/**
 * A date typed only in part (`2026/12/`) or one that does not exist (`2027/02/30`) is refused
 * with a message beside its field, in every form: never saved as "no date", which would clear a
 * date already saved or let a new one be dropped without a word (issue 15).
 */
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/schemas';
import { resolutionSchema } from '../../../shared/schemas/resolution';
import { isCalendarDate } from '../../../shared/domain/time';
import { PARTICULARS_DATES, particularsChecks } from '../../../renderer/src/features/meetings/meeting-particulars-form';
import { particularsResolver } from '../../../renderer/src/features/meetings/components/EditParticularsDialog';
import { scheduleResolver, type ScheduleFormValues } from '../../../renderer/src/features/meetings/components/ScheduleMeetingDialog';
import { actionResolver, EMPTY_ACTION } from '../../../renderer/src/features/minutes/components/minutes-entry-form';
import { queryActionResolver, type QueryActionValues } from '../../../renderer/src/features/queries/components/query-action-form';
import { intakeProblems, type IntakeValues } from '../../../renderer/src/features/queries/intake-form';
import { responsibilityResolver } from '../../../renderer/src/features/resolutions/components/resolution-form';
import { calendarDateToDate, DATE_FIELD_PLACEHOLDER, incompleteDateMessage, INCOMPLETE_DATE, isIncompleteDate } from '../../../renderer/src/ui/date-text';
import { formMessages } from '../../../renderer/src/ui/schema-resolver';

const rhf = [undefined, { fields: {}, shouldUseNativeValidation: false }] as const;
const messagesOf = (result: { errors: Record<string, { message?: string } | undefined> }) =>
  Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));

describe('a date typed only in part is said, never saved as no date', () => {
  it('the marker is neither empty nor a date, and the message says how to type it or to clear it', () => {
    expect(isIncompleteDate(INCOMPLETE_DATE)).toBe(true);
    expect(isIncompleteDate('')).toBe(false);
    expect(isIncompleteDate('2026-12-04')).toBe(false);
    expect(isIncompleteDate(undefined)).toBe(false);
    expect(INCOMPLETE_DATE).not.toBe('');
    expect(isCalendarDate(INCOMPLETE_DATE)).toBe(false);
    // A field given the marker back shows nothing of its own, and keeps what is typed.
    expect(calendarDateToDate(INCOMPLETE_DATE)).toBeNull();
    expect(incompleteDateMessage('Due date')).toBe(`Due date is incomplete or not a real date: type it as ${DATE_FIELD_PLACEHOLDER}, or clear the field.`);
    expect(incompleteDateMessage('The meeting date', true)).toBe('The meeting date is incomplete or not a real date: type it as YYYY/MM/DD.');
  });

  it('formMessages: the marker wins over the form’s own check and the schema, named by the schema’s title', () => {
    const messages = formMessages(
      { dueDate: INCOMPLETE_DATE, note: '' },
      {
        schema: resolutionSchema,
        fields: { dueDate: 'dueDate' },
        check: (values) => (values.dueDate ? { dueDate: 'Enter the due date as YYYY/MM/DD.', note: 'Write a note.' } : {}),
      },
    );
    expect(messages).toEqual({ dueDate: 'Due date is incomplete or not a real date: type it as YYYY/MM/DD, or clear the field.', note: 'Write a note.' });
    // A field the schema does not check is refused too; a form may name it and say it is required.
    expect(formMessages({ when: INCOMPLETE_DATE }, { schema: {}, fields: {} })).toEqual({
      when: 'The date is incomplete or not a real date: type it as YYYY/MM/DD, or clear the field.',
    });
    expect(formMessages({ when: INCOMPLETE_DATE }, { schema: {}, fields: {}, dates: { when: { label: 'Held on', required: true } } })).toEqual({
      when: 'Held on is incomplete or not a real date: type it as YYYY/MM/DD.',
    });
  });

  it('a resolution’s responsibility with its due date typed in part is refused: the saved date is not cleared', async () => {
    const members = [{ id: 'o1', fullName: 'Person o1', kind: 'official', active: true, seat: 'none' } as Member];
    const resolver = responsibilityResolver(members);
    const result = await resolver({ departmentId: '', responsibleOfficialId: 'o1', dueDate: INCOMPLETE_DATE }, ...rhf);
    expect(messagesOf(result)).toEqual({ dueDate: 'Due date is incomplete or not a real date: type it as YYYY/MM/DD, or clear the field.' });
    expect(result.values).toEqual({});
    // Cleared on purpose, the due date is taken away.
    expect((await resolver({ departmentId: '', responsibleOfficialId: 'o1', dueDate: '' }, ...rhf)).errors).toEqual({});
  });

  it('an action’s due date typed in part is refused beside it, with everything else wrong', async () => {
    const result = await actionResolver({ ...EMPTY_ACTION, dueDate: INCOMPLETE_DATE }, ...rhf);
    expect(messagesOf(result)).toEqual({
      description: 'Describe the action.',
      dueDate: 'Due date is incomplete or not a real date: type it as YYYY/MM/DD, or clear the field.',
    });
  });

  it('a meeting’s date typed in part: scheduling and editing say it must be typed whole (it cannot be cleared)', async () => {
    const values: ScheduleFormValues = {
      bodyId: 'b1',
      type: 'ordinary',
      title: 'Council',
      sequence: '',
      date: INCOMPLETE_DATE,
      start: '10:00',
      end: '',
      venue: 'Hall',
    };
    const said = 'The meeting date is incomplete or not a real date: type it as YYYY/MM/DD.';
    expect(particularsChecks(values).date).toBe('Enter the date of the meeting.');
    expect(PARTICULARS_DATES?.date?.required).toBe(true);
    expect(messagesOf(await scheduleResolver(values, ...rhf))).toEqual({ date: said });
    expect(messagesOf(await particularsResolver({ ...values, chairpersonId: '' }, ...rhf))).toEqual({ date: said });
  });

  it('a query’s new due date typed in part is refused before the repository is asked', async () => {
    const values: QueryActionValues = { text: 'Agreed with the stakeholder', departmentId: '', officerId: '', dueDate: INCOMPLETE_DATE, meetingId: '' };
    expect(messagesOf(await queryActionResolver('due_date')(values, ...rhf))).toEqual({
      dueDate: 'The new due date is incomplete or not a real date: type it as YYYY/MM/DD.',
    });
  });

  it('logging a query: the date received and an agreed due date typed in part are each said', () => {
    const values: IntakeValues = {
      channel: 'phone',
      subject: 'Streetlight out',
      description: '',
      category: 'Electricity',
      ward: '',
      priority: 'normal',
      receivedDate: INCOMPLETE_DATE,
      receivedTime: '09:00',
      dueDate: INCOMPLETE_DATE,
      relatedMeetingId: '',
      relatedResolutionId: '',
    };
    expect(intakeProblems(values, true)).toEqual({
      receivedDate: 'The date received is incomplete or not a real date: type it as YYYY/MM/DD.',
      dueDate: 'The agreed due date is incomplete or not a real date: type it as YYYY/MM/DD, or clear the field.',
    });
    // Left empty, the agreed date follows the service standard.
    expect(intakeProblems({ ...values, receivedDate: '2026-03-02', dueDate: '' }, true)).toEqual({});
  });
});
