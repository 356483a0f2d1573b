/** The demo meetings and the resolutions in the register. */
import type { Meeting, Resolution } from '../schemas';
import { instantToDate } from '../domain/time';
import type { DemoContext } from './context';
import { cllr } from './council';

export function buildMeetings(ctx: DemoContext): { meetings: Meeting[]; resolutions: Resolution[] } {
  const { stamp, at, day, year } = ctx;
  const meeting = (m: Omit<Meeting, 'history' | 'attendance' | keyof typeof stamp> & Partial<Pick<Meeting, 'attendance'>>): Meeting => ({
    history: [],
    attendance: [],
    ...m,
    ...stamp,
  });
  const pastCouncilStart = at(-28, '10:00');
  const meetings: Meeting[] = [
    meeting({
      id: 'demo-mtg-council-past',
      bodyId: 'demo-body-council',
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      number: `OC 09/${year}`,
      startsAt: pastCouncilStart,
      endsAt: at(-28, '14:00'),
      venue: 'Council Chamber, Civic Centre',
      chairpersonId: cllr(1),
      status: 'minutes_draft',
      openedAt: pastCouncilStart,
      closedAt: at(-28, '13:20'),
    }),
    meeting({
      id: 'demo-mtg-finance',
      bodyId: 'demo-body-finance',
      type: 'ordinary',
      title: 'Finance Portfolio Committee',
      number: `FPC 11/${year}`,
      startsAt: at(3, '09:00'),
      endsAt: at(3, '12:00'),
      venue: 'Committee Room 2, Civic Centre',
      chairpersonId: cllr(5),
      status: 'notice_issued',
      noticeIssuedAt: at(-4, '08:00'),
    }),
    meeting({
      id: 'demo-mtg-council-next',
      bodyId: 'demo-body-council',
      type: 'ordinary',
      title: 'Ordinary Council Meeting',
      number: `OC 10/${year}`,
      startsAt: at(7, '10:00'),
      endsAt: at(7, '15:00'),
      venue: 'Council Chamber, Civic Centre',
      chairpersonId: cllr(1),
      status: 'draft',
    }),
    meeting({
      id: 'demo-mtg-mpac',
      bodyId: 'demo-body-mpac',
      type: 'ordinary',
      title: 'Municipal Public Accounts Committee',
      number: `MPAC 06/${year}`,
      startsAt: at(10, '14:00'),
      endsAt: at(10, '16:30'),
      venue: 'Committee Room 1, Civic Centre',
      chairpersonId: cllr(25),
      status: 'draft',
    }),
  ];

  const adoptedOn = instantToDate(pastCouncilStart);
  const resolution = (r: Omit<Resolution, 'meetingId' | 'bodyId' | 'adoptedOn' | 'voteKind' | 'outcome' | 'progress' | keyof typeof stamp> & Partial<Resolution>): Resolution => ({
    meetingId: 'demo-mtg-council-past',
    bodyId: 'demo-body-council',
    adoptedOn,
    voteKind: 'unanimous',
    outcome: 'carried',
    progress: [],
    ...r,
    ...stamp,
  });
  const resolutions: Resolution[] = [
    resolution({
      id: 'demo-res-1',
      number: `C 041/${year}`,
      title: 'Leave of absence',
      text: 'RESOLVED – THAT leave of absence be granted in terms of Rule 5 to Cllr Lerato Botha.',
      status: 'implemented',
    }),
    resolution({
      id: 'demo-res-2',
      number: `C 042/${year}`,
      title: 'Adjustment budget: water infrastructure',
      text: 'RESOLVED – THAT the adjustment budget for the refurbishment of the Mopane Ridge water treatment works be approved.',
      moverId: cllr(5),
      seconderId: cllr(7),
      voteKind: 'counted',
      votesFor: 30,
      votesAgainst: 11,
      abstentions: 2,
      requiresMajorityOfAll: true,
      departmentId: 'dept-fin',
      responsibleOfficial: 'Ronel Steyn',
      dueDate: day(-5),
      status: 'in_progress',
      progress: [{ at: at(-14, '11:00'), by: 'Ronel Steyn', note: 'Budget loaded on the financial system; tender specification drafted.', status: 'in_progress' }],
    }),
    resolution({
      id: 'demo-res-3',
      number: `C 043/${year}`,
      title: 'Street naming in Ward 4',
      text: 'RESOLVED – THAT the names proposed by the Ward 4 committee be advertised for public comment.',
      moverId: cllr(9),
      seconderId: cllr(2),
      departmentId: 'dept-ped',
      responsibleOfficial: 'Mapula Seabi',
      dueDate: day(30),
      status: 'not_started',
    }),
    resolution({
      id: 'demo-res-4',
      number: `C 044/${year}`,
      title: 'Motion on after-hours clinic services',
      text: 'THAT Council request the provincial department to extend clinic hours in Wards 11 and 12.',
      moverId: cllr(26),
      seconderId: cllr(28),
      voteKind: 'counted',
      votesFor: 14,
      votesAgainst: 29,
      abstentions: 0,
      outcome: 'failed',
      status: 'not_started',
    }),
  ];

  return { meetings, resolutions };
}
