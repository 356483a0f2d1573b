/**
 * The closed lists of Quorum's domain, in one place: schemas, domain rules and the UI all read
 * them from here, and the labels are the words a South African council secretariat uses.
 */

export const BODY_KINDS = ['council', 'mayoral_committee', 'portfolio_committee', 'mpac', 'ad_hoc', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  council: 'Council',
  mayoral_committee: 'Executive / Mayoral Committee',
  portfolio_committee: 'Portfolio committee (s79/s80)',
  mpac: 'Municipal Public Accounts Committee',
  ad_hoc: 'Ad hoc committee',
  other: 'Other body',
};

export const MEMBERSHIP_ROLES = ['chairperson', 'deputy_chairperson', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  chairperson: 'Chairperson',
  deputy_chairperson: 'Deputy chairperson',
  member: 'Member',
};

export const QUORUM_RULES = ['majority', 'fixed'] as const;
export type QuorumRuleKind = (typeof QUORUM_RULES)[number];

export const PERSON_KINDS = ['councillor', 'official', 'traditional_leader'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  councillor: 'Councillor',
  official: 'Official',
  traditional_leader: 'Traditional leader',
};

export const COUNCILLOR_SEATS = ['ward', 'pr', 'none'] as const;
export type CouncillorSeat = (typeof COUNCILLOR_SEATS)[number];

export const MEETING_TYPES = ['ordinary', 'special', 'urgent'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  ordinary: 'Ordinary',
  special: 'Special',
  urgent: 'Urgent',
};

export const MEETING_STATUSES = [
  'draft',
  'notice_issued',
  'in_session',
  'closed',
  'minutes_draft',
  'minutes_circulated',
  'minutes_confirmed',
  'postponed',
  'cancelled',
  'adjourned_no_quorum',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Draft agenda',
  notice_issued: 'Notice issued',
  in_session: 'In session',
  closed: 'Closed',
  minutes_draft: 'Minutes draft',
  minutes_circulated: 'Minutes circulated',
  minutes_confirmed: 'Minutes confirmed',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  adjourned_no_quorum: 'Adjourned: no quorum',
};

export const ATTENDANCE_STATUSES = ['present', 'apology', 'absent', 'late', 'left_early'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Present',
  apology: 'Apology',
  absent: 'Absent without apology',
  late: 'Arrived late',
  left_early: 'Left early',
};

export const ATTENDEE_KINDS = ['member', 'official', 'guest'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

export const AGENDA_ITEM_KINDS = [
  'opening',
  'apologies',
  'declarations',
  'confirmation_of_minutes',
  'announcements',
  'matters_arising',
  'report',
  'motion',
  'question',
  'urgent',
  'in_committee',
  'closure',
  'general',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];
export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = {
  opening: 'Opening and welcome',
  apologies: 'Apologies and leave of absence',
  declarations: 'Declarations of interest',
  confirmation_of_minutes: 'Confirmation of previous minutes',
  announcements: 'Announcements by the chair',
  matters_arising: 'Matters arising',
  report: 'Report',
  motion: 'Motion',
  question: 'Question',
  urgent: 'Urgent matter',
  in_committee: 'In-committee item',
  closure: 'Closure',
  general: 'General item',
};

export const DECISIONS = ['none', 'noted', 'resolved', 'referred', 'deferred', 'withdrawn'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  none: 'Not yet decided',
  noted: 'Noted',
  resolved: 'Resolved',
  referred: 'Referred',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

export const VOTE_KINDS = ['unanimous', 'counted', 'named', 'none'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export const NAMED_VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type NamedVoteChoice = (typeof NAMED_VOTE_CHOICES)[number];

export const MOTION_OUTCOMES = ['pending', 'carried', 'failed', 'withdrawn'] as const;
export type MotionOutcome = (typeof MOTION_OUTCOMES)[number];
export const MOTION_OUTCOME_LABELS: Record<MotionOutcome, string> = {
  pending: 'Vote not yet recorded',
  carried: 'Carried',
  failed: 'Failed',
  withdrawn: 'Withdrawn',
};

export const IMPLEMENTATION_STATUSES = ['not_started', 'in_progress', 'implemented', 'overdue', 'revoked'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  implemented: 'Implemented',
  overdue: 'Overdue',
  revoked: 'Revoked',
};

export const STAKEHOLDER_KINDS = ['person', 'organisation'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

export const STAKEHOLDER_CATEGORIES = ['resident', 'councillor', 'ward_committee', 'ngo_cbo', 'media', 'business', 'government', 'academic', 'donor'] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];
export const STAKEHOLDER_CATEGORY_LABELS: Record<StakeholderCategory, string> = {
  resident: 'Resident',
  councillor: 'Councillor',
  ward_committee: 'Ward committee',
  ngo_cbo: 'NGO / CBO',
  media: 'Media',
  business: 'Business',
  government: 'Government',
  academic: 'Academic partner',
  donor: 'Donor partner',
};

export const QUERY_CHANNELS = ['phone', 'email', 'letter', 'walk_in', 'councillor', 'social_media', 'public_meeting'] as const;
export type QueryChannel = (typeof QUERY_CHANNELS)[number];
export const QUERY_CHANNEL_LABELS: Record<QueryChannel, string> = {
  phone: 'Phone',
  email: 'Email',
  letter: 'Letter',
  walk_in: 'Walk-in',
  councillor: 'Via a councillor',
  social_media: 'Social media',
  public_meeting: 'Public meeting',
};

export const QUERY_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type QueryPriority = (typeof QUERY_PRIORITIES)[number];
export const QUERY_PRIORITY_LABELS: Record<QueryPriority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export const QUERY_STATUSES = ['new', 'acknowledged', 'assigned', 'in_progress', 'awaiting_stakeholder', 'resolved', 'closed', 'reopened'] as const;
export type QueryStatus = (typeof QUERY_STATUSES)[number];
export const QUERY_STATUS_LABELS: Record<QueryStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  assigned: 'Assigned',
  in_progress: 'In progress',
  awaiting_stakeholder: 'Awaiting stakeholder',
  resolved: 'Resolved',
  closed: 'Closed',
  reopened: 'Reopened',
};

export const QUERY_EVENT_KINDS = [
  'created',
  'status_changed',
  'assigned',
  'note',
  'call',
  'letter',
  'email',
  'escalated',
  'paused',
  'resumed',
  'placed_on_agenda',
  'answered_in_meeting',
  'stakeholder_anonymised',
  'stakeholder_merged',
  'due_date_changed',
  'resolved',
] as const;
export type QueryEventKind = (typeof QUERY_EVENT_KINDS)[number];
export const QUERY_EVENT_KIND_LABELS: Record<QueryEventKind, string> = {
  created: 'Logged',
  status_changed: 'Status changed',
  assigned: 'Assigned',
  note: 'Note',
  call: 'Phone call',
  letter: 'Letter',
  email: 'Email',
  escalated: 'Escalated',
  paused: 'Clock paused',
  resumed: 'Clock resumed',
  placed_on_agenda: 'Placed on an agenda',
  answered_in_meeting: 'Answered in a meeting',
  stakeholder_anonymised: 'Stakeholder anonymised',
  stakeholder_merged: 'Stakeholder records merged',
  due_date_changed: 'Due date changed',
  resolved: 'Resolved',
};

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const COLLECTION_NAMES = [
  'bodies',
  'members',
  'meetings',
  'agendaitems',
  'resolutions',
  'stakeholders',
  'queries',
  'queryevents',
  'settings',
  'audit',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];
