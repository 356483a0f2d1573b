/**
 * What a publication says: a snapshot of the records as plain text a resident reads, built when
 * the secretary presses Publish (see ./publication.ts for the contract with the portal).
 *
 * The same rule as the public Word documents (shared/documents/agenda.ts, minutes.ts): an item
 * taken in committee, every sub-item of it, and every resolution taken on it or itself marked in
 * committee stay out. Numbering: agenda numbers are frozen when the notice is issued and people
 * refer to them, so the public version keeps every printed number and shows a left-out item
 * only as its number and "Confidential item" (`withheld: true`), exactly as the public Word
 * agenda and minutes do. The portal's numbering therefore has no gap that hints at something
 * missing, and agrees with the attached Word document line for line; nothing of the item itself
 * (title, presenter, report, department, discussion, resolutions) is in the publication.
 *
 * Every field is plain text: markup typed into a title stays literal text, characters a
 * document cannot carry are dropped. No record ids and no internal status keys: people are
 * named, statuses are the labels the app shows.
 */
import { declarationSentence } from '../domain/meetings';
import { isRichTextEmpty } from '../domain/rich-text';
import { instantToDate } from '../domain/time';
import { CONFIDENTIAL_ITEM_TITLE } from '../documents/agenda';
import { confidentialItemIds, inCommitteeItemIds, isResolutionConfidential, outlineItems } from '../documents/confidentiality';
import type { NumberedAgendaItem } from '../documents/inputs';
import { createNames, type Names } from '../documents/names';
import { registerStatusLabel } from '../documents/resolution-register';
import { resolutionBody, voteSentence } from '../documents/resolution-block';
import { cleanText } from '../documents/text';
import { publicMeetingReference, publicLine } from './reference';
import { lastProgress } from '../domain/resolutions';
import type { AgendaItem, Body, Meeting, Member, Resolution } from '../schemas';
import type { AttendanceEntry } from '../schemas/meeting';
import { DECISION_LABELS, MEETING_TYPE_LABELS } from '../schemas/vocabulary';
import type { Department } from '../settings/areas';
import type {
  PublicAgendaContent,
  PublicAgendaItem,
  PublicBlock,
  PublicMeeting,
  PublicMinutesContent,
  PublicMinutesItem,
  PublicRegisterContent,
  PublicResolution,
} from './publication';

export { CONFIDENTIAL_ITEM_TITLE, publicMeetingReference, publicLine };

/** What every snapshot of a meeting is built from: the records as the app holds them. */
export interface MeetingSnapshotInput {
  body: Body;
  meeting: Meeting;
  /** In agenda order, each with its printed number. */
  items: readonly NumberedAgendaItem[];
  members: readonly Member[];
  departments: readonly Department[];
  /** The municipality's time zone, for dates (yyyy-mm-dd) read from instants. */
  timeZone: string;
}

export interface MinutesSnapshotInput extends MeetingSnapshotInput {
  /** The resolutions and failed motions of this meeting. */
  resolutions: readonly Resolution[];
  /** The later meeting that confirmed these minutes, when known. */
  confirmingMeeting?: Meeting | null;
  confirmingBody?: Body | null;
}

export interface RegisterSnapshotInput {
  /** Every resolution of the body (others are left out). */
  body: Body;
  resolutions: readonly Resolution[];
  /** The meetings the resolutions were taken at (for their references). */
  meetings: readonly Meeting[];
  /** The agenda items of those meetings: a resolution on an in-committee item is confidential. */
  items: readonly Pick<AgendaItem, 'id' | 'parentId' | 'inCommittee'>[];
  members: readonly Member[];
  timeZone: string;
  /** Today (yyyy-mm-dd): a resolution past its due date reads "Overdue". */
  asAt: string;
}

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/** Plain text split into paragraphs at blank lines; single line breaks kept inside a paragraph. */
export function textBlocks(text: string | undefined | null): PublicBlock[] {
  return cleanText(text ?? '')
    .split(/\n[ \t]*\n+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => ({ kind: 'paragraph' as const, text: part }));
}

/** Minutes' rich text as blocks of plain text: runs joined, formatting dropped, markup kept literally. */
export function richTextBlocks(blocks: AgendaItem['discussion']): PublicBlock[] {
  if (!blocks || isRichTextEmpty(blocks)) return [];
  return blocks
    .map((block) => ({ kind: block.kind, text: cleanText(block.runs.map((run) => run.text).join('')).trim() }))
    .filter((block) => block.text.length > 0);
}

export function publicMeeting(meeting: Meeting, body: Body, timeZone: string): PublicMeeting {
  return {
    reference: publicMeetingReference(meeting, body, timeZone),
    title: publicLine(meeting.title),
    bodyCode: publicLine(body.code),
    bodyName: publicLine(body.name),
    kindLabel: `${MEETING_TYPE_LABELS[meeting.type]} meeting`,
    startsAt: meeting.startsAt,
    ...(meeting.endsAt ? { endsAt: meeting.endsAt } : {}),
    venue: publicLine(meeting.venue),
  };
}

function particulars(item: AgendaItem, names: Names): PublicBlock[] {
  const lines = [
    item.reportReference?.trim() ? `Report reference: ${publicLine(item.reportReference)}` : '',
    item.departmentId ? `Department: ${names.department(item.departmentId)}` : '',
  ].filter(Boolean);
  return lines.map((text) => ({ kind: 'paragraph', text }));
}

/** The placeholder for a left-out item: its printed number and nothing else of it. */
function withheldAgendaItem(number: string): PublicAgendaItem {
  return { number: publicLine(number), title: CONFIDENTIAL_ITEM_TITLE, summary: [], withheld: true };
}

/** The public agenda: every item by its printed number; in-committee items as placeholders only. */
export function agendaSnapshot(input: MeetingSnapshotInput): PublicAgendaContent {
  const names = createNames({ members: input.members, departments: input.departments });
  const items = outlineItems(input.items).map(({ entry, confidential }): PublicAgendaItem => {
    if (confidential) return withheldAgendaItem(entry.number);
    const presenter = publicLine(entry.item.presenter);
    return {
      number: publicLine(entry.number),
      title: publicLine(entry.item.title),
      ...(presenter ? { presenter } : {}),
      summary: particulars(entry.item, names),
    };
  });
  return { kind: 'agenda', meeting: publicMeeting(input.meeting, input.body, input.timeZone), items };
}

/** Resolutions in the order they were taken, as the minutes print them. */
function byOrderTaken(a: Resolution, b: Resolution): number {
  return (
    (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
    (a.ordinal ?? Number.MAX_SAFE_INTEGER) - (b.ordinal ?? Number.MAX_SAFE_INTEGER) ||
    (a.votedAt ?? '').localeCompare(b.votedAt ?? '') ||
    a.number.localeCompare(b.number, 'en', { numeric: true })
  );
}

/** The vote as the minutes print it, without the closing full stop: "Carried unanimously". */
export function outcomeLine(resolution: Resolution): string {
  return voteSentence(resolution).replace(/\.$/, '');
}

interface ResolutionContext {
  names: Names;
  meetingReference: string;
  body: Pick<Body, 'code' | 'name'> | undefined;
  timeZone: string;
  asAt: string;
}

export function publicResolution(resolution: Resolution, context: ResolutionContext): PublicResolution {
  const { names } = context;
  const mover = names.member(resolution.moverId);
  const seconder = names.member(resolution.seconderId);
  const latest = lastProgress(resolution);
  return {
    number: publicLine(resolution.number),
    title: publicLine(resolution.title),
    text: textBlocks(resolutionBody(resolution)),
    meetingReference: context.meetingReference,
    bodyCode: publicLine(context.body?.code),
    bodyName: publicLine(context.body?.name),
    adoptedOn: resolution.adoptedOn,
    ...(mover ? { mover } : {}),
    ...(seconder ? { seconder } : {}),
    outcome: outcomeLine(resolution),
    status: registerStatusLabel(resolution, context.asAt).label,
    ...(latest && latest.note.trim() ? { progress: { on: instantToDate(latest.at, context.timeZone), text: cleanText(latest.note).trim() } } : {}),
  };
}

const ATTENDED = new Set<AttendanceEntry['status']>(['present', 'late', 'left_early']);

/** Attendance as the minutes print it: names under "Present", "Apologies", "Absent", "In attendance". */
export function publicAttendance(meeting: Meeting, body: Body, names: Names): PublicMinutesContent['attendance'] {
  const chairId = meeting.chairpersonId || body.memberships.find((m) => m.role === 'chairperson')?.memberId;
  const nameOf = (entry: AttendanceEntry) => (entry.memberId ? names.member(entry.memberId) : publicLine(entry.name) || 'Name not recorded');
  const withCapacity = (entry: AttendanceEntry) => (entry.capacity?.trim() ? `${nameOf(entry)}, ${publicLine(entry.capacity)}` : nameOf(entry));
  const members = meeting.attendance.filter((e) => e.kind === 'member');
  const groups: Array<{ heading: string; names: string[] }> = [
    {
      heading: 'Present',
      names: members
        .filter((e) => ATTENDED.has(e.status))
        .sort((a, b) => Number(b.memberId === chairId) - Number(a.memberId === chairId))
        .map((e) => (e.memberId && e.memberId === chairId ? `${nameOf(e)} (Chairperson)` : nameOf(e))),
    },
    {
      heading: 'Apologies',
      names: members.filter((e) => e.status === 'apology').map((e) => (e.leaveOfAbsence ? `${nameOf(e)} (leave of absence granted)` : nameOf(e))),
    },
    { heading: 'Absent', names: members.filter((e) => e.status === 'absent').map(nameOf) },
    {
      heading: 'In attendance',
      names: meeting.attendance.filter((e) => e.kind !== 'member' && e.status !== 'apology' && e.status !== 'absent').map(withCapacity),
    },
  ];
  return groups.filter((g) => g.names.length > 0);
}

function itemDiscussion(item: AgendaItem, names: Names): PublicBlock[] {
  const out: PublicBlock[] = [];
  for (const d of item.declarations ?? []) {
    out.push({
      kind: 'paragraph',
      text: declarationSentence(names.member(d.memberId), publicLine(d.interest), d.leftMeeting),
    });
  }
  out.push(...richTextBlocks(item.discussion));
  if (item.decision !== 'none') {
    const note = item.decisionNote?.trim() ? `: ${publicLine(item.decisionNote)}` : '';
    out.push({ kind: 'paragraph', text: `Decision: ${DECISION_LABELS[item.decision]}${note}` });
  }
  return out;
}

/** The public minutes of confirmed minutes: as the public Word minutes, in plain text. */
export function minutesSnapshot(input: MinutesSnapshotInput): PublicMinutesContent {
  const { meeting, body, timeZone } = input;
  const confirmedInstant = meeting.confirmedAt ?? input.confirmingMeeting?.startsAt;
  if (!confirmedInstant) throw new SnapshotError('These minutes have not been confirmed: only confirmed minutes are published.');
  const names = createNames({ members: input.members, departments: input.departments });
  const asAt = instantToDate(confirmedInstant, timeZone);
  const reference = publicMeetingReference(meeting, body, timeZone);
  const context: ResolutionContext = { names, meetingReference: reference, body, timeZone, asAt };
  const confidentialIds = confidentialItemIds(input.items);
  const itemIds = new Set(input.items.map((e) => e.item.id));
  const resolutions = input.resolutions.filter((r) => r.meetingId === meeting.id || !r.meetingId).sort(byOrderTaken);
  const publicOnes = resolutions.filter((r) => !isResolutionConfidential(r, confidentialIds));

  const items: PublicMinutesItem[] = outlineItems(input.items).map(({ entry, confidential }) => {
    if (confidential) return { number: publicLine(entry.number), title: CONFIDENTIAL_ITEM_TITLE, discussion: [], resolutions: [], withheld: true };
    return {
      number: publicLine(entry.number),
      title: publicLine(entry.item.title),
      discussion: itemDiscussion(entry.item, names),
      resolutions: publicOnes.filter((r) => r.agendaItemId === entry.item.id).map((r) => publicResolution(r, context)),
    };
  });
  const unlinked = publicOnes.filter((r) => !r.agendaItemId || !itemIds.has(r.agendaItemId));
  if (unlinked.length > 0) {
    items.push({ number: '', title: 'Other resolutions', discussion: [], resolutions: unlinked.map((r) => publicResolution(r, context)) });
  }
  const confirming = input.confirmingMeeting;
  const confirmedAt = confirming ? publicMeetingReference(confirming, input.confirmingBody ?? undefined, timeZone) : '';
  return {
    kind: 'minutes',
    meeting: publicMeeting(meeting, body, timeZone),
    confirmedOn: asAt,
    ...(confirmedAt ? { confirmedAt } : {}),
    attendance: publicAttendance(meeting, body, names),
    items,
  };
}

/**
 * The body's public resolution register: every decided motion of the body that is not
 * confidential, oldest first. A confidential resolution is left out entirely (resolution
 * numbers are not positions on a page, and the public minutes leave them out the same way).
 */
export function registerSnapshot(input: RegisterSnapshotInput): PublicRegisterContent {
  const { body, timeZone, asAt } = input;
  const names = createNames({ members: input.members });
  // The same rule as documents: an item under an in-committee item is confidential too.
  const confidentialIds = new Set(inCommitteeItemIds(input.items));
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const resolutions = input.resolutions
    .filter((r) => r.bodyId === body.id && r.outcome !== 'pending' && !isResolutionConfidential(r, confidentialIds))
    .sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || a.number.localeCompare(b.number, 'en', { numeric: true }))
    .map((r) => {
      const meeting = meetings.get(r.meetingId);
      return publicResolution(r, {
        names,
        meetingReference: meeting ? publicMeetingReference(meeting, body, timeZone) : '',
        body,
        timeZone,
        asAt,
      });
    });
  return { kind: 'register', resolutions };
}
