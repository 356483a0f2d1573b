import { describe, expect, it } from 'vitest';
import { checkAttendanceEntry, isPresentAt, membersPresentAt, quorumAt } from '../../../shared/domain/attendance';
import {
  applyMeetingAction,
  availableActions,
  canAddLateItems,
  canEditMinutes,
  canRestructureAgenda,
  MeetingLifecycleError,
} from '../../../shared/domain/meeting-lifecycle';
import {
  checkResolutionFormat,
  DEFAULT_RESOLUTION_FORMAT,
  financialYear,
  formatResolutionNumber,
  meetingSequenceClash,
  nextMeetingSequence,
} from '../../../shared/domain/resolution-numbers';
import { filterRegister, lastProgress, registerStatus } from '../../../shared/domain/resolutions';
import { checkVote, describeVote, majorityOfAll, tally, voteOutcome, type VoteContext } from '../../../shared/domain/votes';
import type { AttendanceEntry } from '../../../shared/schemas/meeting';
import type { MeetingStatus } from '../../../shared/schemas/vocabulary';

const T = (hhmm: string) => `2026-11-26T${hhmm}:00.000Z`;
const meeting = (status: MeetingStatus) => ({ id: 'm1', status, history: [], bodyId: 'council', startsAt: T('08:00') });
const by = { at: T('08:05'), by: 'Thuli' };

describe('meeting lifecycle', () => {
  it('walks the ordinary path from draft to confirmed minutes', () => {
    let m = meeting('draft');
    const steps = ['issue_notice', 'open', 'close', 'prepare_minutes', 'circulate_minutes'] as const;
    for (const action of steps) m = { ...m, ...applyMeetingAction(m, action, by) } as typeof m;
    expect(m.status).toBe('minutes_circulated');
    expect(m.history.map((h: { to: string }) => h.to)).toEqual(['notice_issued', 'in_session', 'closed', 'minutes_draft', 'minutes_circulated']);
    const next = { id: 'm2', bodyId: 'council', startsAt: '2027-01-28T08:00:00.000Z', status: 'in_session' as const };
    const confirmed = applyMeetingAction(m, 'confirm_minutes', { ...by, confirmingMeeting: next });
    expect(confirmed).toMatchObject({ status: 'minutes_confirmed', confirmedByMeetingId: 'm2', confirmedAt: by.at });
  });

  it('stamps the moments that matter', () => {
    expect(applyMeetingAction(meeting('draft'), 'issue_notice', by).noticeIssuedAt).toBe(by.at);
    expect(applyMeetingAction(meeting('notice_issued'), 'open', by).openedAt).toBe(by.at);
    expect(applyMeetingAction(meeting('in_session'), 'close', by).closedAt).toBe(by.at);
  });

  it('refuses illegal transitions with a message', () => {
    expect(() => applyMeetingAction(meeting('draft'), 'close', by)).toThrow(MeetingLifecycleError);
    expect(() => applyMeetingAction(meeting('draft'), 'close', by)).toThrow(/only possible when it is in session/);
    expect(() => applyMeetingAction(meeting('minutes_confirmed'), 'open', by)).toThrow(MeetingLifecycleError);
    expect(() => applyMeetingAction(meeting('cancelled'), 'reschedule', by)).toThrow(MeetingLifecycleError);
  });

  it('needs a reason to postpone, cancel or adjourn for lack of quorum', () => {
    expect(() => applyMeetingAction(meeting('draft'), 'postpone', by)).toThrow(/reason/);
    expect(applyMeetingAction(meeting('draft'), 'postpone', { ...by, reason: 'Venue flooded' })).toMatchObject({
      status: 'postponed',
      statusReason: 'Venue flooded',
    });
    expect(() => applyMeetingAction(meeting('in_session'), 'adjourn_no_quorum', { ...by, reason: '  ' })).toThrow(/reason/);
  });

  it('confirms minutes only at a later meeting of the same body', () => {
    const m = meeting('minutes_circulated');
    expect(() => applyMeetingAction(m, 'confirm_minutes', by)).toThrow(/choose which/);
    expect(() => applyMeetingAction(m, 'confirm_minutes', { ...by, confirmingMeeting: { ...m, status: 'in_session' } })).toThrow(/own minutes/);
    expect(() =>
      applyMeetingAction(m, 'confirm_minutes', {
        ...by,
        confirmingMeeting: { id: 'x', bodyId: 'mpac', startsAt: '2027-01-01T00:00:00.000Z', status: 'in_session' },
      }),
    ).toThrow(/same body/);
    expect(() =>
      applyMeetingAction(m, 'confirm_minutes', {
        ...by,
        confirmingMeeting: { id: 'x', bodyId: 'council', startsAt: '2026-01-01T00:00:00.000Z', status: 'in_session' },
      }),
    ).toThrow(/later meeting/);
  });

  it('says what may be edited in each status', () => {
    expect(canRestructureAgenda('draft')).toBe(true);
    expect(canRestructureAgenda('notice_issued')).toBe(false);
    expect(canAddLateItems('notice_issued')).toBe(true);
    expect(canAddLateItems('draft')).toBe(false);
    expect(canEditMinutes('in_session')).toBe(true);
    expect(canEditMinutes('minutes_confirmed')).toBe(false);
    expect(canEditMinutes('draft')).toBe(false);
    expect(availableActions('notice_issued')).toEqual(['open', 'postpone', 'cancel']);
  });
});

describe('attendance and quorum', () => {
  const body = {
    memberships: ['a', 'b', 'c', 'd', 'e'].map((memberId) => ({ memberId, role: 'member' as const })),
    quorumRule: 'majority' as const,
  };
  const entry = (memberId: string, status: AttendanceEntry['status'], extra: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
    id: memberId,
    kind: 'member',
    memberId,
    status,
    ...extra,
  });
  const register = {
    attendance: [
      entry('a', 'present'),
      entry('b', 'present'),
      entry('c', 'late', { arrivedAt: T('09:00') }),
      entry('d', 'left_early', { departedAt: T('10:00') }),
      entry('e', 'apology'),
      { id: 'g', kind: 'guest' as const, name: 'Auditor', status: 'present' as const },
    ],
  };

  it('counts a late arrival from the time they arrived and an early departure until they left', () => {
    expect(membersPresentAt(register, body, T('08:30')).sort()).toEqual(['a', 'b', 'd']);
    expect(membersPresentAt(register, body, T('09:30')).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(membersPresentAt(register, body, T('10:30')).sort()).toEqual(['a', 'b', 'c']);
  });

  it('has quorum with a majority present, and loses it when members leave', () => {
    expect(quorumAt(register, body, T('09:30'))).toEqual({ present: 4, required: 3, members: 5, hasQuorum: true });
    const thin = { attendance: [entry('a', 'present'), entry('b', 'left_early', { departedAt: T('09:00') })] };
    expect(quorumAt(thin, body, T('08:30')).hasQuorum).toBe(false);
  });

  it('does not count officials, guests or people who are not members of the body', () => {
    const withStranger = { attendance: [...register.attendance, entry('zz', 'present')] };
    expect(quorumAt(withStranger, body, T('09:30')).present).toBe(4);
  });

  it('needs an arrival time for a late arrival and a departure time for an early departure', () => {
    expect(checkAttendanceEntry(entry('c', 'late'), 2)).toEqual({ 'attendance.2.arrivedAt': 'Enter the time the member arrived.' });
    expect(checkAttendanceEntry(entry('d', 'left_early'), 3)).toEqual({ 'attendance.3.departedAt': 'Enter the time the member left.' });
    expect(checkAttendanceEntry(entry('c', 'late', { arrivedAt: T('10:00'), departedAt: T('09:00') }), 0)).toHaveProperty('attendance.0.departedAt');
    expect(checkAttendanceEntry({ id: 'g', kind: 'guest', status: 'present' }, 5)).toHaveProperty('attendance.5.name');
  });

  it('knows who attended at a moment', () => {
    expect(isPresentAt(entry('e', 'apology'), T('09:00'))).toBe(false);
    expect(isPresentAt(entry('c', 'late', { arrivedAt: T('09:00') }), T('09:00'))).toBe(true);
  });
});

describe('votes', () => {
  const ctx: VoteContext = {
    membersTotal: 9,
    eligibleVoterIds: ['a', 'b', 'c', 'd', 'e', 'f'],
    hasQuorum: true,
    quorumRequired: 5,
    presentCount: 7,
    declaredIds: ['g'],
  };
  const counted = (f: number, a: number, x = 0) => ({ voteKind: 'counted' as const, votesFor: f, votesAgainst: a, abstentions: x });

  it('carries a motion with more votes for than against', () => {
    expect(voteOutcome(counted(4, 2), ctx)).toBe('carried');
    expect(voteOutcome(counted(2, 3, 1), ctx)).toBe('failed');
    expect(voteOutcome({ voteKind: 'unanimous' }, ctx)).toBe('carried');
    expect(tally({ voteKind: 'unanimous' }, ctx)).toEqual({ for: 6, against: 0, abstain: 0, tie: false });
  });

  it('refuses more votes than members present and eligible', () => {
    expect(checkVote(counted(5, 2), ctx)).toEqual({
      votesFor: '7 votes recorded, but only 6 members present are eligible to vote on this item.',
    });
    expect(checkVote(counted(0, 0), ctx)).toHaveProperty('votesFor');
  });

  it('refuses a vote without a quorum', () => {
    expect(checkVote(counted(3, 1), { ...ctx, hasQuorum: false, presentCount: 4 })).toEqual({
      voteKind: 'No vote can be taken without a quorum: 4 members present, 5 needed.',
    });
  });

  it('settles a tie with the casting vote, and asks for it', () => {
    expect(checkVote(counted(3, 3), ctx)).toHaveProperty('castingVote');
    expect(voteOutcome({ ...counted(3, 3), castingVote: 'for' }, ctx)).toBe('carried');
    expect(voteOutcome({ ...counted(3, 3), castingVote: 'against' }, ctx)).toBe('failed');
    expect(checkVote({ ...counted(4, 2), castingVote: 'for' }, ctx)).toHaveProperty('castingVote');
  });

  it('needs a majority of all members for budgets, by-laws, rates and loans', () => {
    expect(majorityOfAll(9)).toBe(5);
    expect(majorityOfAll(45)).toBe(23);
    expect(voteOutcome({ ...counted(4, 0, 2), requiresMajorityOfAll: true }, ctx)).toBe('failed');
    expect(voteOutcome({ ...counted(5, 1), requiresMajorityOfAll: true }, ctx)).toBe('carried');
  });

  it('checks a named vote member by member', () => {
    const named = (votes: [string, 'for' | 'against' | 'abstain'][]) => ({
      voteKind: 'named' as const,
      namedVotes: votes.map(([memberId, choice]) => ({ memberId, choice })),
    });
    expect(
      checkVote(
        named([
          ['a', 'for'],
          ['b', 'for'],
          ['c', 'against'],
        ]),
        ctx,
      ),
    ).toEqual({});
    expect(
      voteOutcome(
        named([
          ['a', 'for'],
          ['b', 'for'],
          ['c', 'against'],
        ]),
        ctx,
      ),
    ).toBe('carried');
    expect(
      checkVote(
        named([
          ['a', 'for'],
          ['b', 'for'],
          ['a', 'against'],
        ]),
        ctx,
      ),
    ).toEqual({ 'namedVotes.2.memberId': 'This member is recorded twice.' });
    expect(checkVote(named([['g', 'for']]), ctx)).toEqual({
      'namedVotes.0.memberId': 'This member declared an interest in the item and may not vote on it.',
    });
    expect(checkVote(named([['zz', 'for']]), ctx)).toEqual({ 'namedVotes.0.memberId': 'This member was not present at the vote.' });
    expect(
      describeVote(
        named([
          ['a', 'for'],
          ['b', 'abstain'],
        ]),
        ctx,
      ),
    ).toBe('1 for, 0 against, 1 abstaining');
  });

  it('refuses a mover who seconds their own motion or declared an interest', () => {
    expect(checkVote({ voteKind: 'unanimous', moverId: 'a', seconderId: 'a' }, ctx)).toHaveProperty('seconderId');
    expect(checkVote({ voteKind: 'unanimous', moverId: 'g', seconderId: 'a' }, ctx)).toHaveProperty('moverId');
  });
});

describe('resolution numbers', () => {
  const parts = { bodyCode: 'C', meetingSequence: 1, ordinal: 14, itemNumber: '7.2', date: '2026-11-26' };

  it('formats the default as body code, sequence and year', () => {
    expect(formatResolutionNumber(DEFAULT_RESOLUTION_FORMAT, parts)).toBe('C 014/2026');
    expect(formatResolutionNumber(DEFAULT_RESOLUTION_FORMAT, { ...parts, meetingSequence: 10, ordinal: 3 })).toBe('C 903/2026');
  });

  it('never gives two meetings the same number, whatever each laptop does offline', () => {
    const numbers = new Set<string>();
    for (let meetingSequence = 1; meetingSequence <= 30; meetingSequence += 1) {
      for (let ordinal = 1; ordinal < 100; ordinal += 1) numbers.add(formatResolutionNumber(DEFAULT_RESOLUTION_FORMAT, { ...parts, meetingSequence, ordinal }));
    }
    expect(numbers.size).toBe(30 * 99);
    expect(() => formatResolutionNumber(DEFAULT_RESOLUTION_FORMAT, { ...parts, ordinal: 100 })).toThrow(RangeError);
  });

  it('supports the schemes municipalities use', () => {
    expect(formatResolutionNumber('{body}{meeting}.{n:3}', { ...parts, bodyCode: 'CL', ordinal: 1 })).toBe('CL1.001');
    expect(formatResolutionNumber('{body}{meeting}/{fy}', { ...parts, bodyCode: 'BT', meetingSequence: 17 })).toBe('BT17/26-27');
    expect(formatResolutionNumber('{body} {meeting}/{item}/{year}', parts)).toBe('C 1/7.2/2026');
    expect(financialYear('2026-03-31')).toBe('25-26');
    expect(financialYear('2026-07-01')).toBe('26-27');
  });

  it('refuses formats that could repeat a number', () => {
    expect(checkResolutionFormat(DEFAULT_RESOLUTION_FORMAT)).toBeNull();
    expect(checkResolutionFormat('{body} {n}/{year}')).toMatch(/two meetings/);
    expect(checkResolutionFormat('{body} {seq}')).toMatch(/\{year\}/);
    expect(checkResolutionFormat('{seq}/{year}')).toMatch(/\{body\}/);
    expect(checkResolutionFormat('{body} {sequence}/{year}')).toMatch(/Unknown part \{sequence\}/);
    expect(checkResolutionFormat('{body}{meeting}.{n:3}/{fy}')).toBeNull();
  });

  it('numbers meetings within the year and finds a clash', () => {
    const meetings = [
      { id: 'a', bodyId: 'c', startsAt: '2026-02-01T08:00:00.000Z', sequence: 1, status: 'minutes_confirmed' as const },
      { id: 'b', bodyId: 'c', startsAt: '2026-05-01T08:00:00.000Z', sequence: 2, status: 'closed' as const },
      { id: 'x', bodyId: 'mpac', startsAt: '2026-05-01T08:00:00.000Z', sequence: 7, status: 'closed' as const },
    ];
    expect(nextMeetingSequence(meetings, 'c', '2026-11-26')).toBe(3);
    expect(nextMeetingSequence(meetings, 'c', '2027-01-20')).toBe(1);
    const twin = { id: 'z', bodyId: 'c', startsAt: '2026-09-01T08:00:00.000Z', sequence: 2, status: 'draft' as const };
    expect(meetingSequenceClash([...meetings, twin], twin)?.id).toBe('b');
  });

  it('numbers a meeting in the year of its date in the municipality', () => {
    // The first Council meeting of 2027, at 00:30 on 1 January in Johannesburg (31 December in UTC).
    const early = [{ id: 'n', bodyId: 'c', startsAt: '2026-12-31T22:30:00.000Z', sequence: 1, status: 'draft' as const }];
    expect(nextMeetingSequence(early, 'c', '2027-01-20')).toBe(2);
    expect(nextMeetingSequence(early, 'c', '2026-12-20')).toBe(1);
    const twin = { id: 't', bodyId: 'c', startsAt: '2027-02-01T08:00:00.000Z', sequence: 1, status: 'draft' as const };
    expect(meetingSequenceClash([...early, twin], twin)?.id).toBe('n');
  });
});

describe('the resolution register', () => {
  const base = {
    id: 'r',
    number: 'C 001/2026',
    meetingId: 'm',
    bodyId: 'council',
    adoptedOn: '2026-10-26',
    title: 'Water tariffs',
    voteKind: 'unanimous' as const,
    outcome: 'carried' as const,
    status: 'in_progress' as const,
    progress: [],
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    hasConflict: false,
  };
  const today = '2026-11-23';

  it('works out overdue from the due date', () => {
    expect(registerStatus({ ...base, dueDate: '2026-11-01' }, today)).toBe('overdue');
    expect(registerStatus({ ...base, dueDate: '2026-12-01' }, today)).toBe('in_progress');
    expect(registerStatus({ ...base, dueDate: '2026-11-01', status: 'implemented' }, today)).toBe('implemented');
    expect(registerStatus({ ...base, dueDate: '2026-11-01', outcome: 'failed' }, today)).toBe('in_progress');
  });

  it('filters by body, dates, department, status and text', () => {
    const list = [
      { ...base, id: 'a', dueDate: '2026-11-01', departmentId: 'fin' },
      { ...base, id: 'b', bodyId: 'mpac', adoptedOn: '2026-06-01', title: 'Irregular expenditure' },
      { ...base, id: 'c', status: 'implemented' as const, text: 'Tariffs for Émfuleni' },
    ];
    const ids = (filters: Parameters<typeof filterRegister>[1]) => filterRegister(list, filters, today).map((r) => r.id);
    expect(ids({ bodyId: 'council' })).toEqual(['a', 'c']);
    expect(ids({ from: '2026-07-01' })).toEqual(['a', 'c']);
    expect(ids({ to: '2026-07-01' })).toEqual(['b']);
    expect(ids({ departmentId: 'fin' })).toEqual(['a']);
    expect(ids({ status: 'overdue' })).toEqual(['a']);
    expect(ids({ status: 'implemented' })).toEqual(['c']);
    expect(ids({ text: 'emfuleni' })).toEqual(['c']);
    expect(ids({ text: 'C 001' })).toEqual(['a', 'b', 'c']);
  });

  it('takes the latest progress note', () => {
    const progress = [
      { at: '2026-11-02T08:00:00.000Z', by: 'a', note: 'second', status: 'in_progress' as const },
      { at: '2026-11-01T08:00:00.000Z', by: 'a', note: 'first', status: 'in_progress' as const },
    ];
    expect(lastProgress({ progress })?.note).toBe('second');
  });
});
