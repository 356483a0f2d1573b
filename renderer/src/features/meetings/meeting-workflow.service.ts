/**
 * The steps of a meeting that touch more than one record: scheduling it with its agenda from
 * the body's template, issuing the notice (which freezes the item numbers), moving it through
 * its lifecycle, and confirming its minutes at a later meeting.
 */
import { membersPresentAt, quorumAt } from '@shared/domain/attendance';
import { adjournNoQuorumRefusal, closeTimeProblem, openingOnAnotherDay } from '@shared/domain/meeting-integrity';
import { applyMeetingAction, MEETING_ACTIONS, type MeetingAction } from '@shared/domain/meeting-lifecycle';
import { instantToDate } from '@shared/domain/time';
import { meetingSequenceClash, nextMeetingSequence } from '@shared/domain/resolution-numbers';
import type { Meeting, Member } from '@shared/schemas';
import { MEETING_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { STANDARD_TEMPLATE_ID, type AgendaTemplate } from '@shared/settings/meetings';
import { RecordValidationError } from '@shared/validation/record-validator';
import type { WriteContext } from '../../db/write-context';
import type { AgendaItemRepository } from '../agenda/agenda.repository';
import type { BodyRepository } from '../bodies/bodies.repository';
import type { MemberRepository } from '../bodies/members.repository';
import type { SettingsRepository } from '../settings/settings.repository';
import { MeetingChangeError, type MeetingRepository, type NewMeeting } from './meetings.repository';

export interface ScheduleRequest extends Omit<NewMeeting, 'sequence'> {
  /** The meeting's number in the body's year; the next free one when not given. */
  sequence?: number;
  templateId?: string;
}

export interface ActOptions {
  /** The secretary confirmed opening the meeting on another day than scheduled. */
  anotherDay?: boolean;
  /** When the step happened, if not now (a close time typed after the fact). */
  at?: string;
}

export class MeetingWorkflow {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly agenda: AgendaItemRepository,
    private readonly bodies: BodyRepository,
    private readonly members: MemberRepository,
    private readonly settings: SettingsRepository,
    private readonly context: WriteContext,
  ) {}

  /** The template a new meeting starts from: chosen, the body's own, or the standard one for its type. */
  async templateFor(bodyId: string, type: Meeting['type'], templateId?: string): Promise<AgendaTemplate> {
    const { templates } = await this.settings.getArea('agendaTemplates');
    const body = await this.bodies.findById(bodyId);
    const wanted = templateId ?? (type === 'ordinary' ? (body?.agendaTemplateId ?? STANDARD_TEMPLATE_ID) : 'standard-special');
    const template = templates.find((t) => t.id === wanted) ?? templates.find((t) => t.id === STANDARD_TEMPLATE_ID) ?? templates[0];
    if (!template) throw new MeetingChangeError('There is no agenda template: add one under Settings → Meetings.');
    return template;
  }

  /** The body's next meeting number in the year of `date` (a date in the municipality's time zone). */
  async nextSequence(bodyId: string, date: string): Promise<number> {
    return nextMeetingSequence(await this.meetings.listAll(), bodyId, date, await this.timeZone());
  }

  private async timeZone(): Promise<string> {
    return (await this.settings.getArea('municipality')).timeZone;
  }

  /** Schedules a meeting in draft, its agenda laid out from the template. */
  async schedule(request: ScheduleRequest): Promise<Meeting> {
    if (!(await this.bodies.findById(request.bodyId))) {
      throw new RecordValidationError('Meeting', { bodyId: 'Choose the body that meets.' });
    }
    const template = await this.templateFor(request.bodyId, request.type, request.templateId);
    const sequence = request.sequence ?? (await this.nextSequence(request.bodyId, instantToDate(request.startsAt, await this.timeZone())));
    const body = await this.bodies.findById(request.bodyId);
    const chair = body?.memberships.find((m) => m.role === 'chairperson')?.memberId;
    const meeting = await this.meetings.schedule({ ...request, sequence, ...(chair && !request.chairpersonId ? { chairpersonId: chair } : {}) });
    await this.agenda.addFromTemplate(meeting.id, template);
    return meeting;
  }

  /**
   * Moves a meeting one step in its lifecycle; the reason is required where the step needs one.
   * Opening on another day than scheduled needs `anotherDay` (the secretary confirmed it);
   * closing (or adjourning) checks the time against the opening, the register and the clock.
   */
  async act(meetingId: string, action: Exclude<MeetingAction, 'confirm_minutes'>, reason?: string, options: ActOptions = {}): Promise<Meeting> {
    const meeting = await this.meetings.getById(meetingId);
    const now = this.context.now();
    const at = options.at ?? now.toISOString();
    const { timeZone } = await this.settings.getArea('municipality');
    const allowed = MEETING_ACTIONS[action].from.includes(meeting.status);
    if (allowed && action === 'open' && !options.anotherDay) {
      const otherDay = openingOnAnotherDay(meeting, now, timeZone);
      if (otherDay) throw new MeetingChangeError(`${otherDay} Confirm to open the meeting on another day than scheduled.`);
    }
    if (allowed && (action === 'close' || action === 'adjourn_no_quorum')) {
      const problem = closeTimeProblem(meeting, at, now, await this.memberNames(meeting), timeZone);
      if (problem) throw new MeetingChangeError(problem);
    }
    if (action === 'adjourn_no_quorum') reason = await this.noQuorumRecord(meeting, at, reason ?? '');
    const input = { at, by: this.context.actor(), ...(reason !== undefined ? { reason } : {}) };
    // Checked here to refuse before anything is written, and again on the stored meeting as it is
    // written: a step taken meanwhile (another click, another window) is never written over.
    applyMeetingAction(meeting, action, input);
    if (action === 'issue_notice') {
      const timeZone = await this.timeZone();
      const clash = meetingSequenceClash(await this.meetings.listAll(), meeting, timeZone);
      if (clash) {
        throw new MeetingChangeError(
          `Meeting number ${meeting.sequence ?? '?'} of this year is also used by "${clash.title}" (${instantToDate(clash.startsAt, timeZone)}). Give this meeting another number before issuing the notice: resolution numbers are derived from it.`,
        );
      }
      await this.agenda.freezeNumbers(meetingId);
    }
    return this.meetings.update(meetingId, (current) => applyMeetingAction(current, action, input));
  }

  private async memberNames(meeting: Meeting): Promise<Map<string, Member>> {
    const names = new Map<string, Member>();
    for (const entry of meeting.attendance) {
      if (!entry.memberId || (!entry.arrivedAt && !entry.departedAt)) continue;
      const member = await this.members.findById(entry.memberId);
      if (member) names.set(member.id, member);
    }
    return names;
  }

  /**
   * A meeting adjourned for lack of quorum records the names of those present (Rules of Order);
   * it is refused while there is a quorum.
   */
  private async noQuorumRecord(meeting: Meeting, at: string, reason: string): Promise<string> {
    const body = await this.bodies.findById(meeting.bodyId);
    if (!body) return reason;
    const refusal = adjournNoQuorumRefusal(quorumAt(meeting, body, at));
    if (refusal) throw new MeetingChangeError(refusal);
    if (!reason.trim()) return reason;
    const names: string[] = [];
    for (const id of membersPresentAt(meeting, body, at)) {
      const member = await this.members.findById(id);
      names.push(member ? [member.title, member.fullName].filter(Boolean).join(' ') : id);
    }
    return `${reason.trim()} Members present: ${names.length ? names.join(', ') : 'none'}.`.slice(0, 500);
  }

  /**
   * Confirms the minutes of an earlier meeting under an item of a later one ("Confirmation of the
   * minutes of the previous meeting"): the earlier minutes lock, and both records point at each other.
   */
  async confirmMinutes(confirmedMeetingId: string, confirmingItemId: string): Promise<Meeting> {
    const item = await this.agenda.findById(confirmingItemId);
    if (!item) throw new MeetingChangeError('That agenda item no longer exists.');
    const confirming = await this.meetings.getById(item.meetingId);
    if (confirming.status !== 'in_session') {
      throw new MeetingChangeError(
        `Minutes are confirmed while the later meeting is in session; it is ${MEETING_STATUS_LABELS[confirming.status].toLowerCase()}.`,
      );
    }
    const confirmed = await this.meetings.getById(confirmedMeetingId);
    const input = { at: this.context.now().toISOString(), by: this.context.actor(), confirmingMeeting: confirming };
    applyMeetingAction(confirmed, 'confirm_minutes', input);
    // Applied again to the stored meeting as it is written, as in act().
    const result = await this.meetings.update(confirmedMeetingId, (current) => applyMeetingAction(current, 'confirm_minutes', input));
    await this.agenda.saveMinutes(confirmingItemId, { decision: 'resolved' });
    await this.agenda.update(confirmingItemId, () => ({ confirmsMeetingId: confirmedMeetingId }));
    return result;
  }
}
