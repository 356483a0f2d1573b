/**
 * The life of a meeting: draft → notice issued → in session → closed → minutes draft → minutes
 * circulated → minutes confirmed; or postponed, cancelled, or adjourned for lack of quorum.
 * Every step is an action with the statuses it may start from; anything else is refused with a
 * message. What may be edited in each status is decided here too, so the UI and the
 * repositories ask one place.
 */
import type { Meeting } from '../schemas';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../schemas/vocabulary';

export type MeetingAction =
  | 'issue_notice'
  | 'open'
  | 'close'
  | 'adjourn_no_quorum'
  | 'prepare_minutes'
  | 'circulate_minutes'
  | 'recall_minutes'
  | 'confirm_minutes'
  | 'postpone'
  | 'cancel'
  | 'reschedule';

interface ActionRule {
  label: string;
  from: readonly MeetingStatus[];
  to: MeetingStatus;
  needsReason?: boolean;
}

export const MEETING_ACTIONS: Record<MeetingAction, ActionRule> = {
  issue_notice: { label: 'Issue notice', from: ['draft'], to: 'notice_issued' },
  open: { label: 'Open the meeting', from: ['notice_issued'], to: 'in_session' },
  close: { label: 'Close the meeting', from: ['in_session'], to: 'closed' },
  adjourn_no_quorum: { label: 'Adjourn: no quorum', from: ['in_session'], to: 'adjourned_no_quorum', needsReason: true },
  prepare_minutes: { label: 'Prepare draft minutes', from: ['closed', 'adjourned_no_quorum'], to: 'minutes_draft' },
  circulate_minutes: { label: 'Circulate minutes', from: ['minutes_draft'], to: 'minutes_circulated' },
  recall_minutes: { label: 'Recall minutes for correction', from: ['minutes_circulated'], to: 'minutes_draft' },
  confirm_minutes: { label: 'Confirm minutes', from: ['minutes_draft', 'minutes_circulated'], to: 'minutes_confirmed' },
  postpone: { label: 'Postpone', from: ['draft', 'notice_issued'], to: 'postponed', needsReason: true },
  cancel: { label: 'Cancel', from: ['draft', 'notice_issued', 'postponed'], to: 'cancelled', needsReason: true },
  reschedule: { label: 'Reschedule', from: ['postponed'], to: 'draft' },
};

export class MeetingLifecycleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeetingLifecycleError';
  }
}

/** The actions open to a meeting in this status, in a sensible order for buttons. */
export function availableActions(status: MeetingStatus): MeetingAction[] {
  return (Object.keys(MEETING_ACTIONS) as MeetingAction[]).filter((action) => MEETING_ACTIONS[action].from.includes(status));
}

export interface TransitionInput {
  at: string;
  by: string;
  reason?: string;
  /** For confirm_minutes: the later meeting at which the minutes were confirmed. */
  confirmingMeeting?: Pick<Meeting, 'id' | 'bodyId' | 'startsAt' | 'status'>;
}

/** The fields that change when `action` is applied, or a MeetingLifecycleError saying why not. */
export function applyMeetingAction(
  meeting: Pick<Meeting, 'id' | 'status' | 'history' | 'bodyId' | 'startsAt'>,
  action: MeetingAction,
  input: TransitionInput,
): Partial<Meeting> {
  const rule = MEETING_ACTIONS[action];
  if (!rule.from.includes(meeting.status)) {
    const allowed = rule.from.map((s) => MEETING_STATUS_LABELS[s].toLowerCase()).join(' or ');
    throw new MeetingLifecycleError(
      `Cannot ${rule.label.toLowerCase()}: the meeting is ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()}, and this is only possible when it is ${allowed}.`,
    );
  }
  const reason = input.reason?.trim() ?? '';
  if (rule.needsReason && !reason) throw new MeetingLifecycleError(`Give the reason to ${rule.label.toLowerCase()}.`);
  const changes: Partial<Meeting> = {
    status: rule.to,
    history: [...meeting.history, { at: input.at, by: input.by, from: meeting.status, to: rule.to, ...(reason ? { reason } : {}) }],
  };
  if (rule.needsReason) changes.statusReason = reason;
  switch (action) {
    case 'issue_notice':
      changes.noticeIssuedAt = input.at;
      break;
    case 'open':
      changes.openedAt = input.at;
      break;
    case 'close':
    case 'adjourn_no_quorum':
      changes.closedAt = input.at;
      break;
    case 'confirm_minutes': {
      const confirming = input.confirmingMeeting;
      if (!confirming) throw new MeetingLifecycleError('Minutes are confirmed at a later meeting: choose which one.');
      if (confirming.id === meeting.id) throw new MeetingLifecycleError('A meeting cannot confirm its own minutes.');
      if (confirming.bodyId !== meeting.bodyId) throw new MeetingLifecycleError('Minutes are confirmed by a later meeting of the same body.');
      if (confirming.startsAt <= meeting.startsAt) throw new MeetingLifecycleError('Minutes are confirmed by a later meeting, not an earlier one.');
      changes.confirmedByMeetingId = confirming.id;
      changes.confirmedAt = input.at;
      break;
    }
    default:
      break;
  }
  return changes;
}

/** Items may be added, removed and moved (and renumber) only while the agenda is a draft. */
export function canRestructureAgenda(status: MeetingStatus): boolean {
  return status === 'draft';
}

/** Once the notice is out, late items may still be added, with frozen-style numbers. */
export function canAddLateItems(status: MeetingStatus): boolean {
  return status === 'notice_issued' || status === 'in_session';
}

/** Minutes (discussion, decisions, resolutions, actions) are written in session and until confirmed. */
export function canEditMinutes(status: MeetingStatus): boolean {
  return status === 'in_session' || status === 'closed' || status === 'minutes_draft' || status === 'minutes_circulated' || status === 'adjourned_no_quorum';
}

export function minutesLockedMessage(status: MeetingStatus): string {
  if (status === 'minutes_confirmed') return 'These minutes are confirmed and locked. Record a correction instead.';
  if (status === 'cancelled' || status === 'postponed') return `The meeting is ${MEETING_STATUS_LABELS[status].toLowerCase()}: there are no minutes to edit.`;
  return 'Minutes are recorded once the meeting is in session.';
}

/** Item particulars (title, presenter, report reference…) can be corrected until the minutes are confirmed. */
export function canEditItemParticulars(status: MeetingStatus): boolean {
  return status !== 'minutes_confirmed' && status !== 'cancelled';
}
