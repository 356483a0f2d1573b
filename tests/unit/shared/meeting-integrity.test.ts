import { describe, expect, it } from 'vitest';
import { closingItems, insertionIndex } from '../../../shared/domain/agenda-numbering';
import {
  typedCloseInstant,
  adjournNoQuorumRefusal,
  checkMoverSeconder,
  closeTimeProblem,
  declarationRefusal,
  eligibleMovers,
  isUpcoming,
  meetingReferenceOf,
  resolutionNumbersNote,
  motionMoment,
  motionRoleRefusal,
  openingOnAnotherDay,
  sittingDate,
  type MotionContext,
} from '../../../shared/domain/meeting-integrity';
import type { AttendanceEntry } from '../../../shared/schemas/meeting';

/** 17:10 in Johannesburg is 15:10 UTC. */
const SAST = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `2026-12-04T${String(h - 2).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;
};
const entry = (memberId: string, status: AttendanceEntry['status'], times: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
  id: `a-${memberId}`,
  kind: 'member',
  memberId,
  status,
  ...times,
});
const members = new Map([
  ['dlamini', { title: 'Cllr', fullName: 'N. Dlamini' }],
  ['mokoena', { title: 'Cllr', fullName: 'T. Mokoena' }],
  ['naidoo', { title: 'Cllr', fullName: 'P. Naidoo' }],
  ['botha', { title: 'Cllr', fullName: 'J. Botha' }],
  ['khumalo', { title: 'Cllr', fullName: 'S. Khumalo' }],
  ['venter', { title: 'Cllr', fullName: 'A. Venter' }],
  ['guest', { title: 'Mr', fullName: 'Outsider' }],
]);
const body = { memberships: ['dlamini', 'mokoena', 'naidoo', 'botha', 'khumalo', 'venter'].map((memberId) => ({ memberId, role: 'member' as const })) };
const meeting = {
  attendance: [
    entry('dlamini', 'present'),
    entry('mokoena', 'apology'),
    entry('naidoo', 'late', { arrivedAt: SAST('17:45') }),
    entry('botha', 'left_early', { departedAt: SAST('16:30') }),
    entry('khumalo', 'absent'),
    entry('guest', 'present'),
  ],
};
const ctx = (at: string, extra: Partial<MotionContext> = {}): MotionContext => ({ meeting, body, members, at, ...extra });

describe('who may move or second a motion', () => {
  it('offers only members of the body present at the moment', () => {
    expect(eligibleMovers(ctx(SAST('16:00')))).toEqual(['dlamini', 'botha']);
    expect(eligibleMovers(ctx(SAST('17:50')))).toEqual(['dlamini', 'naidoo']);
  });

  it('says why each of the others is refused', () => {
    const at = ctx(SAST('17:10'));
    expect(motionRoleRefusal('mokoena', 'mover', at)).toBe('Cllr T. Mokoena sent an apology and cannot move a motion.');
    expect(motionRoleRefusal('naidoo', 'seconder', at)).toBe('Cllr P. Naidoo arrived at 17:45, after the motion at 17:10, and cannot second it.');
    expect(motionRoleRefusal('botha', 'mover', at)).toBe('Cllr J. Botha left at 16:30, before the motion at 17:10, and cannot move it.');
    expect(motionRoleRefusal('khumalo', 'mover', at)).toBe('Cllr S. Khumalo was absent and cannot move a motion.');
    expect(motionRoleRefusal('venter', 'mover', at)).toBe('Cllr A. Venter is not in the attendance register and cannot move a motion.');
    expect(motionRoleRefusal('guest', 'mover', at)).toBe('Mr Outsider is not a member of this body and cannot move a motion.');
    expect(motionRoleRefusal('dlamini', 'mover', at)).toBeNull();
    expect(motionRoleRefusal('dlamini', 'mover', ctx(SAST('17:10'), { declaredIds: ['dlamini'] }))).toBe(
      'Cllr N. Dlamini declared an interest in the item and cannot move a motion on it.',
    );
  });

  it('refuses the mover as seconder, and each ineligible person by field', () => {
    const at = ctx(SAST('17:10'));
    expect(checkMoverSeconder({ moverId: 'dlamini', seconderId: 'dlamini' }, at)).toEqual({ seconderId: 'The seconder must be someone other than the mover.' });
    expect(checkMoverSeconder({ moverId: 'mokoena', seconderId: 'naidoo' }, at)).toEqual({
      moverId: 'Cllr T. Mokoena sent an apology and cannot move a motion.',
      seconderId: 'Cllr P. Naidoo arrived at 17:45, after the motion at 17:10, and cannot second it.',
    });
    expect(checkMoverSeconder({ moverId: 'dlamini', seconderId: 'botha' }, ctx(SAST('16:00')))).toEqual({});
  });

  it('takes the moment of the vote, else now in session, else when proposed during the sitting, else the close', () => {
    const now = new Date(SAST('17:00'));
    const sitting = { status: 'closed' as const, startsAt: SAST('09:00'), openedAt: SAST('15:00'), closedAt: SAST('17:13') };
    expect(motionMoment(sitting, { votedAt: SAST('16:10'), createdAt: SAST('16:00') }, now)).toBe(SAST('16:10'));
    expect(motionMoment({ ...sitting, status: 'in_session' }, { createdAt: SAST('16:00') }, now)).toBe(now.toISOString());
    expect(motionMoment(sitting, { createdAt: SAST('16:00') }, now)).toBe(SAST('16:00'));
    expect(motionMoment(sitting, { createdAt: SAST('18:00') }, now)).toBe(SAST('17:13'));
  });
});

describe('who may declare an interest', () => {
  it('a member of the body who attended (present, late or left early), and nobody else, with the reason', () => {
    const at = { meeting, body, members };
    for (const id of ['dlamini', 'naidoo', 'botha']) expect(declarationRefusal(id, at)).toBeNull();
    expect(declarationRefusal('mokoena', at)).toBe('Cllr T. Mokoena sent an apology and cannot declare an interest at this meeting.');
    expect(declarationRefusal('khumalo', at)).toBe('Cllr S. Khumalo was absent and cannot declare an interest at this meeting.');
    expect(declarationRefusal('venter', at)).toBe('Cllr A. Venter is not in the attendance register: record their attendance before their declaration.');
    expect(declarationRefusal('guest', at)).toBe('Mr Outsider is not a member of this body and cannot declare an interest here.');
  });
});

describe('opening, closing and adjourning', () => {
  it('asks to confirm opening on another day, naming both days', () => {
    const scheduled = { startsAt: '2026-12-10T07:00:00.000Z' };
    expect(openingOnAnotherDay(scheduled, new Date(SAST('17:08')))).toBe('Scheduled for Thursday, 10 December 2026; today is Friday, 04 December 2026.');
    expect(openingOnAnotherDay({ startsAt: SAST('09:00') }, new Date(SAST('17:08')))).toBeNull();
    // 23:30 UTC on 3 December is already 4 December in Johannesburg.
    expect(openingOnAnotherDay({ startsAt: SAST('09:00') }, new Date('2026-12-03T23:30:00.000Z'))).toBeNull();
  });

  it('anchors times typed in the sitting to the day it opened, not the day it was called for', () => {
    expect(sittingDate({ startsAt: '2026-12-10T07:00:00.000Z', openedAt: SAST('17:08') })).toBe('2026-12-04');
    expect(sittingDate({ startsAt: '2026-12-10T07:00:00.000Z' })).toBe('2026-12-10');
  });

  it('refuses a close time before the opening, before a recorded arrival or departure, or in the future', () => {
    const now = new Date(SAST('18:00'));
    const sitting = {
      openedAt: SAST('17:08'),
      attendance: [entry('naidoo', 'late', { arrivedAt: SAST('17:45') }), entry('botha', 'left_early', { departedAt: SAST('17:20') })],
    };
    expect(closeTimeProblem(sitting, SAST('17:13'), now, members)).toBe(
      "The meeting cannot close at 17:13: Cllr P. Naidoo's arrival is recorded at 17:45. Correct the attendance register first.",
    );
    expect(closeTimeProblem({ ...sitting, attendance: [sitting.attendance[1]!] }, SAST('17:13'), now, members)).toBe(
      "The meeting cannot close at 17:13: Cllr J. Botha's departure is recorded at 17:20. Correct the attendance register first.",
    );
    expect(closeTimeProblem(sitting, SAST('17:00'), now)).toBe('The meeting cannot close at 17:00, before it opened at 17:08.');
    expect(closeTimeProblem(sitting, SAST('18:30'), now)).toBe('The meeting cannot close at 18:30: that is in the future (it is now 18:00).');
    expect(closeTimeProblem(sitting, SAST('17:45'), now)).toBeNull();
  });

  it('refuses to adjourn for lack of a quorum while there is one', () => {
    expect(adjournNoQuorumRefusal({ hasQuorum: true, present: 23, required: 23 })).toBe(
      'There is a quorum (23 present, 23 needed): the meeting cannot be adjourned for lack of one.',
    );
    expect(adjournNoQuorumRefusal({ hasQuorum: false, present: 22, required: 23 })).toBeNull();
  });

  it('lists as upcoming only meetings not yet held', () => {
    expect((['draft', 'notice_issued', 'in_session', 'postponed', 'cancelled'] as const).every((status) => isUpcoming({ status }))).toBe(true);
    const past = ['closed', 'minutes_draft', 'minutes_circulated', 'minutes_confirmed', 'adjourned_no_quorum'] as const;
    expect(past.some((status) => isUpcoming({ status }))).toBe(false);
  });
});

describe('inserting into a draft agenda', () => {
  const item = (id: string, position: number, kind = 'report', parentId = '') => ({ id, parentId, position, kind });
  const agenda = [
    item('opening', 1, 'opening'),
    item('reports', 2),
    item('sub', 1, 'report', 'reports'),
    item('urgent', 3, 'urgent'),
    item('closure', 4, 'closure'),
  ];

  it('keeps the closing items last: the end is before Closure', () => {
    expect(closingItems(agenda).map((i) => i.id)).toEqual(['closure']);
    expect(insertionIndex(agenda, { at: 'end' })).toEqual({ index: 3 });
    expect(
      insertionIndex(
        agenda.filter((i) => i.kind !== 'closure'),
        { at: 'end' },
      ),
    ).toEqual({ index: 3 });
  });

  it('inserts directly after a chosen item, never after Closure', () => {
    expect(insertionIndex(agenda, { after: 'opening' })).toEqual({ index: 1 });
    expect(insertionIndex(agenda, { after: 'closure' })).toEqual({ refused: 'The closing items stay last: put the new item before them.' });
    expect(insertionIndex(agenda, { after: 'gone' })).toEqual({ refused: 'That item is no longer on the agenda.' });
  });
});

describe('the meeting reference and the resolution numbers that follow from it', () => {
  const council = { code: 'C', kind: 'council' as const };
  const mpac = { code: 'MPAC', kind: 'mpac' as const };
  const meeting = { sequence: 11, startsAt: '2026-12-10T07:00:00.000Z', type: 'ordinary' as const };

  it('uses the number typed, else makes one from the number in the year as the demo meetings have', () => {
    expect(meetingReferenceOf({ ...meeting, number: 'OC 10/2026' }, council)).toBe('OC 10/2026');
    expect(meetingReferenceOf(meeting, council)).toBe('OC 11/2026');
    expect(meetingReferenceOf({ ...meeting, type: 'special' }, council)).toBe('SC 11/2026');
    expect(meetingReferenceOf({ ...meeting, sequence: 7 }, mpac)).toBe('MPAC 07/2026');
    expect(meetingReferenceOf({ ...meeting, sequence: undefined }, council)).toBe('');
  });

  it('takes the year of the meeting’s own date in the municipality, not of UTC', () => {
    // 00:30 on 1 January 2027 in Johannesburg is still 31 December 2026 in UTC.
    const newYear = { ...meeting, sequence: 1, startsAt: '2026-12-31T22:30:00.000Z' };
    expect(meetingReferenceOf(newYear, council)).toBe('OC 01/2027');
    expect(meetingReferenceOf(newYear, council, 'Africa/Johannesburg')).toBe('OC 01/2027');
    expect(meetingReferenceOf(newYear, council, 'UTC')).toBe('OC 01/2026');
  });

  it('says which block of resolution numbers the meeting owns', () => {
    expect(resolutionNumbersNote(meeting, council, { format: '{body} {seq:3}/{year}', blockSize: 100 })).toBe(
      'Resolutions of meeting OC 11/2026 are numbered C 1001/2026 to C 1099/2026.',
    );
    expect(resolutionNumbersNote({ ...meeting, sequence: 7 }, mpac, { format: '{body} {seq:3}/{year}' })).toBe(
      'Resolutions of meeting MPAC 07/2026 are numbered MPAC 601/2026 to MPAC 699/2026.',
    );
    expect(resolutionNumbersNote(meeting, council, { format: '{body} {meeting}.{n}/{year}' })).toBe(
      'Resolution numbers of meeting OC 11/2026 carry its number in the year, 11.',
    );
  });
});

describe('a close time typed to the minute', () => {
  const zone = 'Africa/Johannesburg';
  const now = new Date('2026-12-04T16:05:40Z'); // 18:05:40 in Johannesburg
  it('is now when it is the current minute, so it is never a few seconds before an opening just now', () => {
    expect(typedCloseInstant('2026-12-04', '18:05', zone, '2026-12-04T16:05:10Z', now)).toBe('2026-12-04T16:05:40.000Z');
  });
  it('is no earlier than the opening when it is the opening minute', () => {
    expect(typedCloseInstant('2026-12-04', '17:10', zone, '2026-12-04T15:10:30Z', now)).toBe('2026-12-04T15:10:30Z');
  });
  it('is that minute on the sitting day otherwise, even a minute before the opening (the rule then refuses it)', () => {
    expect(typedCloseInstant('2026-12-04', '17:58', zone, '2026-12-04T15:10:30Z', now)).toBe('2026-12-04T15:58:00.000Z');
    expect(typedCloseInstant('2026-12-04', '17:09', zone, '2026-12-04T15:10:30Z', now)).toBe('2026-12-04T15:09:00.000Z');
  });
});
