/**
 * The rules every form follows: all messages at once from the shared schema, text limits said in
 * words (never a silent cut), and dates typed and shown the en-ZA way.
 */
import { enZA } from 'date-fns/locale/en-ZA';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { StakeholderQuery } from '../../../shared/schemas';
import { meetingSchema } from '../../../shared/schemas/meeting';
import { querySchema } from '../../../shared/schemas/query';
import { agendaItemResolver, type AgendaItemValues } from '../../../renderer/src/features/agenda/components/agenda-item-form';
import { bodyRecord, bodyResolver, bodyValues, type BodyValues } from '../../../renderer/src/features/bodies/components/body-form';
import { memberResolver, type MemberValues } from '../../../renderer/src/features/bodies/components/MemberDialog';
import { actionsFor, queryActionResolver } from '../../../renderer/src/features/queries/components/query-action-form';
import { timelineEntryResolver } from '../../../renderer/src/features/queries/components/TimelineEntryForm';
import { scheduleResolver, type ScheduleFormValues } from '../../../renderer/src/features/meetings/components/ScheduleMeetingDialog';
import { calendarDateToDate, DATE_FIELD_FORMAT, dateToCalendarDate, formatTypedDate, parseTypedDate } from '../../../renderer/src/ui/date-text';
import { formMessages } from '../../../renderer/src/ui/schema-resolver';
import { lengthCounter, lengthProblem, schemaMaxLength } from '../../../renderer/src/ui/text-limits';
import { clockTimeResolver } from '../../../renderer/src/ui/time-form';
import { particularsChecks, particularsRecord } from '../../../renderer/src/features/meetings/meeting-particulars-form';
import { intakeProblems, intakeResolver, type IntakeFormValues, type IntakeValues } from '../../../renderer/src/features/queries/intake-form';
import { EMPTY_STAKEHOLDER } from '../../../renderer/src/features/stakeholders/components/stakeholder-form';
import { errorsForNoField, voteFormMessages, voteInput, voteResolver, type VoteValues } from '../../../renderer/src/features/minutes/components/vote-form';
import {
  actionEntry,
  actionResolver,
  declarationResolver,
  EMPTY_ACTION,
  EMPTY_DECLARATION,
} from '../../../renderer/src/features/minutes/components/minutes-entry-form';
import { numberingExample, numberingProblems, numberingResolver } from '../../../renderer/src/features/meetings/components/resolution-numbering-form';
import { phrasesProblems, phrasesResolver } from '../../../renderer/src/features/meetings/components/phrases-form';
import {
  copyOfTemplate,
  templatesProblems,
  templatesSettings,
  templatesWithProblems,
} from '../../../renderer/src/features/meetings/components/agenda-templates-form';
import { confirmProblems, confirmResolver } from '../../../renderer/src/ui/confirm-form';
import { STANDARD_AGENDA, SPECIAL_AGENDA, STANDARD_PHRASES } from '../../../shared/settings/meetings';
import type { Member, Resolution } from '../../../shared/schemas';
import {
  PROGRESS_FIELD_OF,
  progressDefaults,
  progressResolver,
  responsibilityRecord,
  responsibilityResolver,
  revocationCandidates,
  revocationResolver,
} from '../../../renderer/src/features/resolutions/components/resolution-form';
import { officialIdentityResolver, profileResolver } from '../../../renderer/src/features/settings/components/profile-form';
import { ANSWER_MAX, QUERY_ANSWER_FIELD_OF, queryAnswerResolver } from '../../../renderer/src/features/minutes/components/query-answer-form';
import { mapFieldErrors } from '../../../renderer/src/ui/form-errors';
import {
  emptyOfficialOrGuest,
  officialOrGuestEntry,
  officialOrGuestFieldOf,
  officialOrGuestProblems,
  officialOrGuestResolver,
} from '../../../renderer/src/features/attendance/official-or-guest-form';
import { correctionFieldOf, correctionResolver, EMPTY_CORRECTION } from '../../../renderer/src/features/meetings/components/correction-form';
import { beginLabel as welcomeBeginLabel, WELCOME_FIELD_OF, welcomeResolver, type WelcomeValues } from '../../../renderer/src/features/onboarding/welcome-form';
import { OFFICER_MATCH_FIELD_OF, officerMatchResolver } from '../../../renderer/src/features/bodies/components/officer-match-form';
import { confirmMinutesResolver, minutesAwaitingConfirmation } from '../../../renderer/src/features/minutes/components/confirm-minutes-form';
import type { Meeting as PreviousMeeting } from '../../../shared/schemas';

const empty: ScheduleFormValues = { bodyId: '', type: 'ordinary', title: '', sequence: '', date: '', start: '10:00', end: '', venue: '' };

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
    const values = { ...empty, bodyId: 'b1', title: 'Ordinary Council Meeting', date: '2026-12-10', start: '0930', venue: 'Council Chamber' };
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(values);
  });

  it('scheduling and editing a meeting say the same of the same particulars, and an end taken away is no end', () => {
    const typed = { title: ' Special Council ', sequence: '1000', date: '2026-12-10', start: '25:00', end: '9.7', venue: 'Hall' };
    expect(particularsChecks(typed)).toEqual({
      start: 'Enter the start time as HH:MM (24-hour clock).',
      end: 'Enter the end time as HH:MM (24-hour clock).',
      sequence: 'The meeting number is a whole number from 1 to 999.',
    });
    expect(particularsRecord({ ...typed, sequence: '', start: '0930', end: '' }, 'Africa/Johannesburg')).toEqual({
      title: 'Special Council',
      venue: 'Hall',
      startsAt: '2026-12-10T07:30:00.000Z',
    });
    expect(particularsRecord({ ...typed, sequence: '7', start: '09:30', end: '1200' }, 'Africa/Johannesburg')).toMatchObject({
      endsAt: '2026-12-10T10:00:00.000Z',
      sequence: 7,
    });
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

describe('the other forms also show every message at once, in the schema words', () => {
  const rhf = [undefined, { fields: {}, shouldUseNativeValidation: false }] as const;
  const messagesOf = (result: { errors: Record<string, { message?: string } | undefined> }) =>
    Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));

  it('agenda item: a late item left empty says the title and the reason, and each limit is the schema one', async () => {
    const placements = [{ value: 'end', label: 'At the end', placement: { at: 'end' as const } }];
    const empty: AgendaItemValues = {
      title: '',
      kind: 'report',
      reportReference: '',
      departmentId: '',
      presenter: '',
      inCommittee: false,
      notes: '',
      lateReason: '',
      placement: '',
    };
    const late = agendaItemResolver({ editing: false, late: true, placements });
    expect(messagesOf(await late(empty, ...rhf))).toEqual({
      title: 'Title is required.',
      placement: 'Choose where the item goes.',
      lateReason: 'Give the reason this item is late (added after the notice was issued).',
    });
    const editing = agendaItemResolver({ editing: true, late: false, placements: [] });
    expect(messagesOf(await editing({ ...empty, title: 'Budget', reportReference: 'R'.repeat(81) }, ...rhf))).toEqual({
      reportReference: 'Report reference is 81 characters; at most 80.',
    });
    expect((await editing({ ...empty, title: 'Budget' }, ...rhf)).errors).toEqual({});
  });

  it('body: name and code at once, and a fixed quorum typed as a whole number', async () => {
    const empty: BodyValues = {
      name: '',
      code: '',
      kind: 'portfolio_committee',
      memberIds: [],
      chairId: '',
      deputyId: '',
      quorumRule: 'fixed',
      quorumFixed: 'two',
      secretaryName: '',
      departmentId: '',
      agendaTemplateId: '',
    };
    expect(messagesOf(await bodyResolver(empty, ...rhf))).toEqual({
      name: 'Name is required.',
      code: 'Code is required.',
      quorumFixed: 'Enter the number of members that form a quorum.',
    });
    expect((await bodyResolver({ ...empty, name: 'MPAC', code: 'MPAC', quorumFixed: '3' }, ...rhf)).errors).toEqual({});
  });

  it('body: the chairperson and deputy become the members’ roles, and back; what is left empty is not stored', () => {
    const values: BodyValues = {
      ...bodyValues(null),
      name: ' Finance Committee ',
      code: 'FC',
      memberIds: ['a', 'b', 'c'],
      chairId: 'b',
      deputyId: 'c',
      quorumRule: 'majority',
      quorumFixed: '7',
    };
    const record = bodyRecord(values);
    expect(record).toEqual({
      name: 'Finance Committee',
      code: 'FC',
      kind: 'portfolio_committee',
      memberships: [
        { memberId: 'a', role: 'member' },
        { memberId: 'b', role: 'chairperson' },
        { memberId: 'c', role: 'deputy_chairperson' },
      ],
      quorumRule: 'majority',
      quorumFixed: undefined,
      secretaryName: undefined,
      departmentId: undefined,
      agendaTemplateId: undefined,
      archived: false,
    });
    expect(bodyValues({ id: 'body-1', ...record, quorumRule: 'fixed', quorumFixed: 4 } as Parameters<typeof bodyValues>[0])).toMatchObject({
      name: 'Finance Committee',
      memberIds: ['a', 'b', 'c'],
      chairId: 'b',
      deputyId: 'c',
      quorumFixed: '4',
      secretaryName: '',
    });
  });

  it('member: full name and ward at once for a ward councillor; a ward is not asked of an official', async () => {
    const empty: MemberValues = {
      title: 'Cllr',
      fullName: '',
      kind: 'councillor',
      seat: 'ward',
      party: '',
      ward: '',
      position: '',
      departmentId: '',
      email: '',
      phone: '',
      active: true,
    };
    expect(messagesOf(await memberResolver(empty, ...rhf))).toEqual({ fullName: 'Full name is required.', ward: 'Enter the ward this councillor represents.' });
    expect(messagesOf(await memberResolver({ ...empty, kind: 'official', fullName: 'Tebogo Masemola', party: 'x'.repeat(500) }, ...rhf))).toEqual({});
  });

  it('timeline entry: something must be written, within the event schema limit', async () => {
    expect(messagesOf(await timelineEntryResolver({ kind: 'note', text: '  ' }, ...rhf))).toEqual({ text: 'Write what was said or done.' });
    expect((await timelineEntryResolver({ kind: 'call', text: 'Called back.' }, ...rhf)).errors).toEqual({});
  });

  it('query action: the outcome is held to the query schema limit, nothing else is asked before the repository', async () => {
    const values = { text: 'x'.repeat(20_001), departmentId: '', officerId: '', dueDate: '', meetingId: '' };
    expect(messagesOf(await queryActionResolver('resolve')(values, ...rhf))).toEqual({ text: 'Outcome is 20\u00a0001 characters; at most 20\u00a0000.' });
    expect((await queryActionResolver('assign')({ ...values, text: '' }, ...rhf)).errors).toEqual({});
  });

  it('a time asked in a dialog: on the 24-hour clock as people type it, otherwise the dialog says how', async () => {
    const resolver = clockTimeResolver('Enter a time as HH:MM, for example 16:30.');
    for (const time of ['16:30', '0930', '9h30', '9:30']) expect((await resolver({ time }, ...rhf)).errors, time).toEqual({});
    for (const time of ['', 'half past four', '25:00', '16:75'])
      expect(messagesOf(await resolver({ time }, ...rhf)), time).toEqual({ time: 'Enter a time as HH:MM, for example 16:30.' });
  });

  it('log a query: the stakeholder, subject, category and when it was received at once; an overlong text says its length', () => {
    const blank: IntakeValues = {
      channel: 'phone',
      subject: '  ',
      description: '',
      category: '',
      ward: '',
      priority: 'normal',
      receivedDate: '',
      receivedTime: '25:00',
      dueDate: '',
      relatedMeetingId: '',
      relatedResolutionId: '',
    };
    expect(intakeProblems(blank, false)).toEqual({
      stakeholder: 'Choose the stakeholder who raised the query, or add them.',
      subject: 'Enter the subject: what the query is about, in a line.',
      category: 'Choose the category: it sets the service standard.',
      receivedDate: 'Enter the date the query was received.',
      receivedTime: 'Enter the time as HH:MM (24-hour clock).',
    });
    const good = { ...blank, subject: 'Burst pipe', category: 'Water', receivedDate: '2026-12-04', receivedTime: '0930' };
    expect(intakeProblems(good, true)).toEqual({});
    expect(intakeProblems({ ...good, subject: 'x'.repeat(5_000) }, true).subject).toMatch(/5\u00a0000 characters/);
  });

  it('log a query: the form’s resolver says every problem at once, the stakeholder choice among them, and passes a good query untouched', async () => {
    const form: IntakeFormValues = {
      channel: 'phone',
      subject: 'Burst pipe',
      description: '',
      category: 'Water',
      ward: '',
      priority: 'normal',
      receivedDate: '2026-12-04',
      receivedTime: '0930',
      dueDate: '',
      relatedMeetingId: '',
      relatedResolutionId: '',
      newStakeholder: EMPTY_STAKEHOLDER,
    };
    const options = { fields: {}, shouldUseNativeValidation: false } as const;
    expect(messagesOf(await intakeResolver({ ...form, category: '' }, { stakeholderChosen: false }, options))).toEqual({
      stakeholder: 'Choose the stakeholder who raised the query, or add them.',
      category: 'Choose the category: it sets the service standard.',
    });
    const passed = await intakeResolver(form, { stakeholderChosen: true }, options);
    expect(passed.errors).toEqual({});
    expect(passed.values).toEqual(form);
  });

  it('query actions: each status offers only what its lifecycle allows, in the order an officer takes them', () => {
    const at = (status: StakeholderQuery['status'], extra: Partial<StakeholderQuery> = {}) => actionsFor({ status, ...extra } as StakeholderQuery);
    expect(at('new')).toEqual(['acknowledge', 'escalate', 'due_date', 'agenda']);
    expect(at('acknowledged')).toEqual(['assign', 'resolve', 'escalate', 'due_date', 'agenda']);
    expect(at('awaiting_stakeholder')).toContain('resume');
    expect(at('awaiting_stakeholder')).not.toContain('start');
    expect(at('closed')).toEqual(['reopen']);
    expect(at('closed', { agendaMeetingId: 'm1' })).toEqual(['reopen', 'answer']);
    for (const status of ['resolved', 'closed'] as const) expect(at(status)).not.toContain('escalate');
  });
});

describe('the vote form', () => {
  const vote: VoteValues = {
    kind: 'counted',
    votesFor: '12',
    votesAgainst: '',
    abstentions: '2',
    named: new Map([['m1', 'for' as const]]),
    casting: 'none',
    majorityOfAll: false,
    time: '10:30',
  };
  const at = '2026-03-01T08:30:00.000Z';

  it('sends counted votes as whole numbers (an empty box is 0), and refuses any other', () => {
    expect(voteInput(vote, at)).toEqual({
      input: { voteKind: 'counted', votesFor: 12, votesAgainst: 0, abstentions: 2, castingVote: 'none', requiresMajorityOfAll: false, votedAt: at },
    });
    for (const typed of ['-1', '2.5', 'ten'])
      expect(voteInput({ ...vote, votesAgainst: typed }, at)).toEqual({ errors: { votesFor: 'Votes are whole numbers, 0 or more.' } });
  });

  it('sends the named votes only for a named vote, and no counts', () => {
    expect(voteInput({ ...vote, kind: 'named', votesFor: 'ten' }, at)).toEqual({
      input: { voteKind: 'named', namedVotes: [{ memberId: 'm1', choice: 'for' }], castingVote: 'none', requiresMajorityOfAll: false, votedAt: at },
    });
  });

  it('says every problem of its own at once: a time that is not HH:MM and counts that are not whole numbers', async () => {
    expect(voteFormMessages(vote)).toEqual({});
    expect(voteFormMessages({ ...vote, time: '25:61', votesFor: '-3' })).toEqual({
      time: 'Enter the time of the vote as HH:MM.',
      votesFor: 'Votes are whole numbers, 0 or more.',
    });
    // A named vote's count boxes are not sent, so they are not checked.
    expect(voteFormMessages({ ...vote, kind: 'named', votesFor: 'ten' })).toEqual({});
    const resolved = await voteResolver({ ...vote, time: '' }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(resolved.errors).toEqual({ time: { type: 'validate', message: 'Enter the time of the vote as HH:MM.' } });
  });

  it('shows apart only the messages no field of the form shows', () => {
    expect(errorsForNoField({ votesFor: 'a', castingVote: 'b', votedAt: 'c', 'namedVotes.0': 'd', moverId: 'Not present at the vote.' })).toEqual([
      ['moverId', 'Not present at the vote.'],
    ]);
  });
});

describe('the declaration and action forms under an item', () => {
  const options = { fields: {}, shouldUseNativeValidation: false } as const;
  const messagesOf = (errors: Record<string, { message?: string } | undefined>) => Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, e?.message]));

  it('a declaration says every problem at once: no member, no interest, a member who declared already, an interest too long', async () => {
    const resolver = declarationResolver(['m1']);
    expect(messagesOf((await resolver({ ...EMPTY_DECLARATION, interest: '   ' }, undefined, options)).errors)).toEqual({
      memberId: 'Choose the member.',
      interest: 'Describe the interest declared.',
    });
    expect(messagesOf((await resolver({ memberId: 'm1', interest: 'x'.repeat(1_001), leftMeeting: true }, undefined, options)).errors)).toEqual({
      memberId: 'This member has already declared an interest in the item.',
      interest: 'Interest declared is 1\u00a0001 characters; at most 1\u00a0000.',
    });
    expect((await resolver({ memberId: 'm2', interest: 'Owns shares', leftMeeting: false }, undefined, options)).errors).toEqual({});
  });

  it('an action needs its description; an official is chosen, never typed; empty parts are left out of the entry', async () => {
    expect(messagesOf((await actionResolver({ ...EMPTY_ACTION, description: ' ' }, undefined, options)).errors)).toEqual({
      description: 'Describe the action.',
    });
    expect(messagesOf((await actionResolver({ ...EMPTY_ACTION, description: 'Fix it', dueDate: '2026-02-30' }, undefined, options)).errors)).toEqual({
      dueDate: 'Enter a valid date.',
    });
    const entry = actionEntry({ description: '  Report back  ', departmentId: '', officialId: '', dueDate: '' });
    expect(entry).toEqual({ id: entry.id, description: 'Report back', done: false });
    const chosen = actionEntry({ description: 'Report back', departmentId: 'dept-tech', officialId: 'off-1', dueDate: '2026-12-31' });
    expect(chosen).toEqual({ id: chosen.id, description: 'Report back', departmentId: 'dept-tech', officialId: 'off-1', dueDate: '2026-12-31', done: false });
  });
});

describe('the Meeting settings editors', () => {
  const numbering = { format: '{body} {seq:3}/{year}', blockSize: '100', financialYearStartMonth: '7' };
  const noOptions = { fields: {}, shouldUseNativeValidation: false } as const;

  it('a resolution number format that could repeat numbers, and a block out of range, are both said at once', async () => {
    const typed = { ...numbering, format: '{body} {n}/{year}', blockSize: '5' };
    expect(numberingProblems(typed)).toEqual({
      format: 'The format must contain {seq}, or {meeting} with {n}: otherwise two meetings could give the same number.',
      blockSize: 'A whole number from 10 to 1000.',
    });
    expect(numberingProblems({ ...numbering, blockSize: '10.5' }).blockSize).toBe('A whole number from 10 to 1000.');
    expect(numberingProblems({ ...numbering, blockSize: ' ' }).blockSize).toBe('A whole number from 10 to 1000.');
    expect(numberingProblems({ ...numbering, blockSize: '1000' })).toEqual({});
    const result = await numberingResolver(typed, undefined, noOptions);
    expect(Object.keys(result.errors).sort()).toEqual(['blockSize', 'format']);
    expect(numberingExample(typed)).toBe('');
  });

  it('a good format shows its example numbers, in blocks per meeting', () => {
    expect(numberingExample(numbering)).toBe('C 001/2026, C 002/2026, C 101/2026, C 102/2026');
    expect(numberingExample({ format: '{body}{meeting}.{n:3}/{fy}', blockSize: '50', financialYearStartMonth: '7' })).toBe(
      'C1.001/26-27, C1.002/26-27, C2.001/26-27, C2.002/26-27',
    );
  });

  it('every phrase without a name or wording is said beside its own row, in the schema words', async () => {
    const phrases = [STANDARD_PHRASES[0]!, { id: 'p2', label: ' ', text: '' }, { id: 'p3', label: 'x'.repeat(81), text: 'Noted.' }];
    expect(phrasesProblems({ phrases })).toEqual({
      'phrases.1.label': 'Phrase name is required.',
      'phrases.1.text': 'Wording is required.',
      'phrases.2.label': 'Phrase name is 81 characters; at most 80.',
    });
    const result = await phrasesResolver({ phrases }, undefined, noOptions);
    expect(result.errors.phrases?.[1]?.text?.message).toBe('Wording is required.');
    expect(result.errors.phrases?.[0]).toBeUndefined();
    expect(phrasesProblems({ phrases: STANDARD_PHRASES })).toEqual({});
  });

  it('a template without a name, or with an item without a title, is said and found, however many templates there are', () => {
    const broken = { ...SPECIAL_AGENDA, name: '', items: [...SPECIAL_AGENDA.items, { title: '  ', kind: 'general' as const }] };
    const values = { templates: [STANDARD_AGENDA, broken] };
    expect(templatesProblems(values)).toEqual({ 'templates.1.name': 'Template name is required.', 'templates.1.items.5.title': 'Item title is required.' });
    expect(templatesWithProblems(values)).toEqual([1]);
    expect(templatesWithProblems({ templates: [STANDARD_AGENDA, SPECIAL_AGENDA] })).toEqual([]);
  });

  it('a copied template is a new template: its own id and items, named as a copy', () => {
    const copy = copyOfTemplate(STANDARD_AGENDA, 'new-id');
    expect(copy).toMatchObject({ id: 'new-id', name: 'Copy of Ordinary meeting', items: STANDARD_AGENDA.items });
    copy.items[0]!.title = 'Changed';
    expect(STANDARD_AGENDA.items[0]!.title).toBe('Opening and welcome');
  });

  it('an item whose "In committee" box was shown but never set is saved without the field, not as undefined', () => {
    const shown = {
      ...SPECIAL_AGENDA,
      items: [
        { title: 'Opening', kind: 'opening' as const, inCommittee: undefined },
        { title: 'Closed', kind: 'closure' as const, inCommittee: false },
      ],
    };
    const saved = templatesSettings({ templates: [shown] });
    expect(saved.templates[0]!.items).toEqual([
      { title: 'Opening', kind: 'opening' },
      { title: 'Closed', kind: 'closure', inCommittee: false },
    ]);
    expect(Object.hasOwn(saved.templates[0]!.items[0]!, 'inCommittee')).toBe(false);
  });
});

describe('a confirmation that asks a reason', () => {
  const noOptions = { fields: {}, shouldUseNativeValidation: false } as const;

  it('needs the reason, said in the words of its label, and only when it asks one', async () => {
    expect(confirmProblems({ reason: '  ' }, 'Reason for withdrawing')).toEqual({ reason: 'Reason for withdrawing is required.' });
    expect(confirmProblems({ reason: '' })).toEqual({});
    expect(confirmProblems({ reason: 'The chamber is flooded' }, 'Reason')).toEqual({});
    const missing = await confirmResolver({ reason: '' }, { reasonLabel: 'Reason' }, noOptions);
    expect(missing.errors.reason?.message).toBe('Reason is required.');
    const plain = await confirmResolver({ reason: '' }, {}, noOptions);
    expect(plain).toEqual({ values: { reason: '' }, errors: {} });
  });
});

describe('the forms of a resolution, the profile and a query answered in a meeting', () => {
  const rhf = [undefined, { fields: {}, shouldUseNativeValidation: false }] as const;
  const messagesOf = (result: { errors: Record<string, { message?: string } | undefined> }) =>
    Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));
  const person = (id: string, kind: Member['kind'], active = true) => ({ id, fullName: `Person ${id}`, kind, active, seat: 'none' }) as Member;
  const members = [person('o1', 'official'), person('o2', 'official', false), person('c1', 'councillor')];
  const resolution = (id: string, more: Partial<Resolution> = {}) =>
    ({
      id,
      number: `R${id}`,
      title: `Resolution ${id}`,
      outcome: 'carried',
      adoptedOn: '2026-03-01',
      status: 'not_started',
      progress: [],
      ...more,
    }) as Resolution;

  it('a progress note is required in the schema words, within its limit, and starts "in progress" unless the work is done', async () => {
    expect(messagesOf(await progressResolver({ note: '   ', status: 'in_progress' }, ...rhf))).toEqual({ note: 'Progress note is required.' });
    expect(messagesOf(await progressResolver({ note: 'x'.repeat(5_001), status: 'in_progress' }, ...rhf))).toEqual({
      note: 'Progress note is 5\u00a0001 characters; at most 5\u00a0000.',
    });
    expect((await progressResolver({ note: 'Tender advertised.', status: 'implemented' }, ...rhf)).errors).toEqual({});
    expect(progressDefaults({ status: 'not_started' }).status).toBe('in_progress');
    expect(progressDefaults({ status: 'overdue' }).status).toBe('in_progress');
    expect(progressDefaults({ status: 'implemented' })).toEqual({ note: '', status: 'implemented' });
    // The register's message about the third note goes beside the note.
    expect(mapFieldErrors({ 'progress.2.note': 'Progress note is required.' }, PROGRESS_FIELD_OF).fields).toEqual({ note: 'Progress note is required.' });
  });

  it('responsibility: a due date that is no date, and an official the register refuses, are said at once', async () => {
    const resolver = responsibilityResolver(members, 'o2');
    const values = { departmentId: '', responsibleOfficialId: 'c1', dueDate: '2026-02-30' };
    expect(messagesOf(await resolver(values, ...rhf))).toEqual({
      dueDate: 'Enter the due date as YYYY/MM/DD.',
      responsibleOfficialId: 'That person is not one of the officials: choose the responsible officer from the list.',
    });
    // An inactive official may stay the one already responsible, but is not newly chosen.
    expect((await resolver({ ...values, responsibleOfficialId: 'o2', dueDate: '2026-12-31' }, ...rhf)).errors).toEqual({});
    expect(messagesOf(await responsibilityResolver(members)({ ...values, responsibleOfficialId: 'o2', dueDate: '' }, ...rhf))).toEqual({
      responsibleOfficialId: 'Person o2 is no longer an active official: choose another.',
    });
    // Choices left empty are no choice: the register is given nothing for them.
    expect(responsibilityRecord({ departmentId: 'd1', responsibleOfficialId: '', dueDate: '' })).toEqual({
      departmentId: 'd1',
      responsibleOfficialId: undefined,
      dueDate: undefined,
    });
  });

  it('revocation: only a later carried resolution that revokes nothing is offered, and one must be chosen from them', async () => {
    const revoked = resolution('a', { adoptedOn: '2026-03-01' });
    const all = [
      revoked,
      resolution('earlier', { adoptedOn: '2026-02-01' }),
      resolution('failed', { adoptedOn: '2026-04-01', outcome: 'failed' }),
      resolution('busy', { adoptedOn: '2026-04-01', revokesId: 'x' }),
      resolution('later', { adoptedOn: '2026-04-01' }),
    ];
    const candidates = revocationCandidates(revoked, all);
    expect(candidates.map((r) => r.id)).toEqual(['later']);
    const resolver = revocationResolver(candidates);
    expect(messagesOf(await resolver({ byId: '' }, ...rhf))).toEqual({ byId: 'Choose the later resolution that revokes this one.' });
    expect(messagesOf(await resolver({ byId: 'earlier' }, ...rhf))).toEqual({ byId: 'That resolution cannot revoke this one: choose one from the list.' });
    expect((await resolver({ byId: 'later' }, ...rhf)).errors).toEqual({});
  });

  it('profile: the name is required and within the limit the store keeps, in the store words', async () => {
    expect(messagesOf(await profileResolver({ name: '  ' }, ...rhf))).toEqual({ name: 'Enter your name: it is recorded with every change you make.' });
    expect(messagesOf(await profileResolver({ name: 'x'.repeat(121) }, ...rhf))).toEqual({ name: 'Your name may be at most 120 characters.' });
    expect((await profileResolver({ name: ' Thuli Secretary ' }, ...rhf)).errors).toEqual({});
  });

  it('which official you are: none, or one of the officials; never a councillor or someone gone from the list', async () => {
    const resolver = officialIdentityResolver(members);
    expect((await resolver({ officialId: '' }, ...rhf)).errors).toEqual({});
    expect((await resolver({ officialId: 'o1' }, ...rhf)).errors).toEqual({});
    for (const officialId of ['c1', 'gone'])
      expect(messagesOf(await resolver({ officialId }, ...rhf))).toEqual({ officialId: 'Choose one of the officials on the list.' });
  });

  it('an answer given in the meeting is required and fits the minutes note after "Answer: "', async () => {
    expect(messagesOf(await queryAnswerResolver({ answer: ' \n ' }, ...rhf))).toEqual({ answer: 'Record the answer given in the meeting.' });
    expect(ANSWER_MAX).toBe(19_992);
    expect(messagesOf(await queryAnswerResolver({ answer: 'x'.repeat(19_993) }, ...rhf))).toEqual({
      answer: 'Answer given in the meeting is 19\u00a0993 characters; at most 19\u00a0992.',
    });
    expect((await queryAnswerResolver({ answer: 'x'.repeat(19_992) }, ...rhf)).errors).toEqual({});
    expect(mapFieldErrors({ decisionNote: 'too long', agendaMeetingId: 'The meeting of the answer no longer exists.' }, QUERY_ANSWER_FIELD_OF)).toEqual({
      fields: { answer: 'too long' },
      general: ['The meeting of the answer no longer exists.'],
    });
  });
});

describe('the official-or-guest form of the attendance register and the correction of confirmed minutes', () => {
  const rhf = [undefined, { fields: {}, shouldUseNativeValidation: false }] as const;
  const messagesOf = (result: { errors: Record<string, { message?: string } | undefined> }) =>
    Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));
  type Line = Parameters<typeof officialOrGuestProblems>[2][number];
  const official = { id: 'o1', title: 'Ms', fullName: 'Lerato Dube', kind: 'official', active: true, seat: 'none', position: 'Municipal Manager' } as Member;
  const officials = [official];
  const inRegister: Line[] = [{ id: 'a1', kind: 'official', memberId: 'o1', status: 'present' }];

  it('says every problem at once: no official chosen, one already there or gone; a guest without a name; a capacity too long', async () => {
    const resolver = officialOrGuestResolver(officials, []);
    expect(messagesOf(await resolver({ ...emptyOfficialOrGuest(), capacity: 'x'.repeat(161) }, ...rhf))).toEqual({
      memberId: 'Choose the official.',
      capacity: 'Capacity is 161 characters; at most 160.',
    });
    expect(messagesOf(await resolver({ ...emptyOfficialOrGuest('guest'), name: '  ' }, ...rhf))).toEqual({ name: 'Enter the name of the guest.' });
    expect(messagesOf(await resolver({ ...emptyOfficialOrGuest('guest'), name: 'x'.repeat(161) }, ...rhf))).toEqual({
      name: 'Name is 161 characters; at most 160.',
    });
    expect(officialOrGuestProblems({ ...emptyOfficialOrGuest(), memberId: 'o1' }, officials, inRegister)).toEqual({
      memberId: 'Ms Lerato Dube is already in the register.',
    });
    expect(officialOrGuestProblems({ ...emptyOfficialOrGuest(), memberId: 'gone' }, officials, [])).toEqual({
      memberId: 'That official is no longer active: choose one from the list.',
    });
    // A name left over from a guest is not the official's: it is neither checked nor recorded.
    expect((await resolver({ kind: 'official', memberId: 'o1', name: 'x'.repeat(200), capacity: '' }, ...rhf)).errors).toEqual({});
  });

  it('records the line present: an official with the capacity typed or their position, a guest by name', () => {
    expect(officialOrGuestEntry({ kind: 'official', memberId: 'o1', name: 'stale', capacity: ' ' }, official, 'n1')).toEqual({
      id: 'n1',
      kind: 'official',
      status: 'present',
      memberId: 'o1',
      capacity: 'Municipal Manager',
    });
    expect(officialOrGuestEntry({ kind: 'official', memberId: 'o1', name: '', capacity: 'Acting CFO' }, official, 'n1').capacity).toBe('Acting CFO');
    expect(officialOrGuestEntry({ kind: 'guest', memberId: 'o1', name: ' Mr Sipho Nkosi ', capacity: '' }, official, 'n2')).toEqual({
      id: 'n2',
      kind: 'guest',
      status: 'present',
      name: 'Mr Sipho Nkosi',
    });
  });

  it('puts the register refusals beside the official, the guest name or the capacity', () => {
    const errors = { 'attendance.3.name': 'Enter the name of the official or guest.', 'attendance.3.capacity': 'Too long', 'attendance.3.status': 'Odd' };
    expect(officialOrGuestFieldOf(errors, 'official')).toEqual({ 'attendance.3.name': 'memberId', 'attendance.3.capacity': 'capacity' });
    expect(officialOrGuestFieldOf({ 'attendance.3.memberId': 'This member is already in the register.' }, 'guest')).toEqual({
      'attendance.3.memberId': 'name',
    });
  });

  it('a correction needs its reason, in the words of the form, and each field within its limit', async () => {
    expect(messagesOf(await correctionResolver({ ...EMPTY_CORRECTION, reason: '  ' }, ...rhf))).toEqual({ reason: 'Reason for the correction is required.' });
    expect(messagesOf(await correctionResolver({ ...EMPTY_CORRECTION, target: 'x'.repeat(201) }, ...rhf))).toEqual({
      reason: 'Reason for the correction is required.',
      target: 'What is corrected is 201 characters; at most 200.',
    });
    expect((await correctionResolver({ ...EMPTY_CORRECTION, reason: 'The meeting opened at 09:35' }, ...rhf)).errors).toEqual({});
    expect(correctionFieldOf({ 'corrections.2.reason': 'Reason is required.', 'corrections.2.at': 'Bad', status: 'x' })).toEqual({
      'corrections.2.reason': 'reason',
    });
  });
});

describe('the first screen, matching an officer name and confirming previous minutes', () => {
  const rhf = [undefined, { fields: {}, shouldUseNativeValidation: false }] as const;
  const messagesOf = (result: { errors: Record<string, { message?: string } | undefined> }) =>
    Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));
  const welcome = (more: Partial<WelcomeValues>): WelcomeValues => ({ userName: 'Thuli Secretary', start: 'demo', municipalityName: '', ...more });

  it('first screen: the name in the profile store words and, for one of your own, the municipality name, all at once', async () => {
    const resolver = welcomeResolver(false);
    expect(messagesOf(await resolver(welcome({ userName: ' ', start: 'own', municipalityName: '  ' }), ...rhf))).toEqual({
      userName: 'Enter your name: it is recorded with every change you make.',
      municipalityName: 'Enter the name of your municipality.',
    });
    expect(messagesOf(await resolver(welcome({ userName: 'x'.repeat(121), start: 'own', municipalityName: 'y'.repeat(201) }), ...rhf))).toEqual({
      userName: 'Your name may be at most 120 characters.',
      municipalityName: 'Municipality name is 201 characters; at most 200.',
    });
    // The municipality's name is asked only when setting up one's own, and not when the laptop holds one.
    expect((await resolver(welcome({ start: 'demo' }), ...rhf)).errors).toEqual({});
    expect((await welcomeResolver(true)(welcome({ start: 'own' }), ...rhf)).errors).toEqual({});
    expect((await resolver(welcome({ start: 'own', municipalityName: ' Example Local Municipality ' }), ...rhf)).errors).toEqual({});
    expect(mapFieldErrors({ 'value.name': 'Municipality name is required.' }, WELCOME_FIELD_OF).fields).toEqual({
      municipalityName: 'Municipality name is required.',
    });
  });

  it('first screen: the button says what it will do', () => {
    expect(welcomeBeginLabel('demo', false, false)).toBe('Load demo municipality');
    expect(welcomeBeginLabel('own', false, false)).toBe('Start');
    expect(welcomeBeginLabel('join', false, false)).toBe('Continue');
    expect(welcomeBeginLabel('restore', false, false)).toBe('Choose backup file');
    expect(welcomeBeginLabel('restore', true, false)).toBe('Continue');
    expect(welcomeBeginLabel('own', false, true)).toBe('Setting up…');
  });

  it('an officer name is matched to one of the officials, never to no one or a councillor', async () => {
    const person = (id: string, kind: Member['kind']) => ({ id, fullName: `Person ${id}`, kind, active: true, seat: 'none' }) as Member;
    const resolver = officerMatchResolver([person('o1', 'official'), person('c1', 'councillor')]);
    expect(messagesOf(await resolver({ officialId: '' }, ...rhf))).toEqual({ officialId: 'Choose the official this name stands for.' });
    for (const officialId of ['c1', 'gone'])
      expect(messagesOf(await resolver({ officialId }, ...rhf))).toEqual({
        officialId: 'That person is not one of the officials: choose the official from the list.',
      });
    expect((await resolver({ officialId: 'o1' }, ...rhf)).errors).toEqual({});
    // The register's refusal (a record it could not link) goes beside the choice.
    expect(mapFieldErrors({ officialId: 'Not linked: query Q1 (…).' }, OFFICER_MATCH_FIELD_OF).fields).toEqual({ officialId: 'Not linked: query Q1 (…).' });
  });

  it('previous minutes: only earlier minutes drafted or circulated are offered, and one of them must be chosen', async () => {
    const meeting = (id: string, startsAt: string, status: PreviousMeeting['status']) => ({ id, startsAt, status }) as PreviousMeeting;
    const all = [
      meeting('draft', '2026-01-10T08:00:00.000Z', 'minutes_draft'),
      meeting('circulated', '2026-02-10T08:00:00.000Z', 'minutes_circulated'),
      meeting('locked', '2026-02-11T08:00:00.000Z', 'minutes_confirmed'),
      meeting('later', '2026-04-10T08:00:00.000Z', 'minutes_draft'),
    ];
    const awaiting = minutesAwaitingConfirmation({ startsAt: '2026-03-10T08:00:00.000Z' }, all);
    expect(awaiting.map((m) => m.id)).toEqual(['draft', 'circulated']);
    const resolver = confirmMinutesResolver(awaiting);
    expect(messagesOf(await resolver({ meetingId: '' }, ...rhf))).toEqual({ meetingId: 'Choose the minutes to confirm.' });
    expect(messagesOf(await resolver({ meetingId: 'locked' }, ...rhf))).toEqual({
      meetingId: 'Those minutes no longer await confirmation: choose from the list.',
    });
    expect((await resolver({ meetingId: 'circulated' }, ...rhf)).errors).toEqual({});
  });
});
