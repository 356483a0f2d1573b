/**
 * The agenda: a notice of meeting (body, meeting number and type, date, time, venue,
 * chairperson), the numbered items with their report references and presenters, and the
 * signature of the municipal manager or secretary. The public version shows an in-committee
 * item only as its number and "Confidential item"; the full version puts in-committee items
 * on pages of their own marked CONFIDENTIAL.
 */
import { lateItemNote, meetingReferenceOf } from '../domain/meeting-integrity';
import type { Body, Member } from '../schemas';
import { MEETING_TYPE_LABELS } from '../schemas/vocabulary';
import { banner, heading, note, numberedHeading, paragraph, signatureBlock, title, type HeadingDepth } from './blocks';
import { documentDates } from './dates';
import { renderDocument, type DocumentPart, type DocumentPlan } from './compose';
import { outlineItems } from './confidentiality';
import type { AgendaDocumentInput, DocumentOptions, Signatory } from './inputs';
import { createNames, memberName, type Names } from './names';
import { CONFIDENTIAL_MARKER } from './page-frame';
import { detailsTable } from './tables';
import { cleanLine } from './text';

export const CONFIDENTIAL_ITEM_TITLE = 'Confidential item';

/** Items at the top of the agenda are Heading 2 (under "Agenda"); sub-items Heading 3. */
export function itemHeadingDepth(depth: number): HeadingDepth {
  return depth === 0 ? 2 : 3;
}

/** The municipal manager signs Council's notices; a committee's secretary signs its own. */
export function defaultSignatory(body: Body, members: readonly Member[]): Signatory {
  const manager = members.find((m) => m.kind === 'official' && m.active && /^municipal manager$/i.test(m.position?.trim() ?? ''));
  if ((body.kind === 'council' || !body.secretaryName) && manager) return { name: memberName(manager), position: 'Municipal Manager' };
  if (body.secretaryName) return { name: body.secretaryName, position: `Secretary: ${body.name}` };
  return { name: '', position: 'Municipal Manager' };
}

/** The chairperson of the meeting, or else of the body. */
export function chairpersonName(input: Pick<AgendaDocumentInput, 'meeting' | 'body'>, names: Names): string {
  const chair = input.meeting.chairpersonId || input.body.memberships.find((m) => m.role === 'chairperson')?.memberId;
  return names.member(chair);
}

/** `an ordinary meeting`, `a special meeting`, `an urgent meeting` */
export function meetingKindPhrase(type: AgendaDocumentInput['meeting']['type']): string {
  const kind = MEETING_TYPE_LABELS[type].toLowerCase();
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} meeting`;
}

/** `OC 10/2026 (ordinary meeting)` */
export function meetingReference(meeting: AgendaDocumentInput['meeting'], body?: AgendaDocumentInput['body']): string {
  const kind = `${MEETING_TYPE_LABELS[meeting.type].toLowerCase()} meeting`;
  const reference = meetingReferenceOf(meeting, body);
  return reference ? `${cleanLine(reference)} (${kind})` : kind.charAt(0).toUpperCase() + kind.slice(1);
}

function itemParticulars(entry: AgendaDocumentInput['items'][number], names: Names): string {
  const { item } = entry;
  return [
    lateItemNote(item),
    item.reportReference?.trim() ? `Report reference: ${item.reportReference}` : '',
    item.departmentId ? `Department: ${names.department(item.departmentId)}` : '',
    item.presenter?.trim() ? `Presenter: ${item.presenter}` : '',
  ]
    .filter(Boolean)
    .join('   ·   ');
}

function buildAgendaPlan(input: AgendaDocumentInput): DocumentPlan {
  const { meeting, body, municipality, audience } = input;
  const dates = documentDates(municipality.timeZone);
  const names = createNames({ members: input.members, departments: input.departments });
  const longDate = dates.longDate(meeting.startsAt);
  const time = dates.time(meeting.startsAt);
  const chair = chairpersonName(input, names);
  const signatory = input.signatory ?? defaultSignatory(body, input.members);
  const outline = outlineItems(input.items);
  const hasConfidential = outline.some((o) => o.confidential);

  const opening: DocumentPart = {
    children: [
      title(meeting.title),
      note(
        audience === 'public'
          ? 'Agenda for the public: items taken in committee are withheld.'
          : hasConfidential
            ? 'Full agenda for members: it includes items taken in committee, which are confidential.'
            : 'Full agenda for members.',
      ),
      heading('Notice of meeting', 1),
      detailsTable([
        ['Body', body.name],
        ['Meeting', meetingReference(meeting, body)],
        ['Date', longDate],
        ['Time', time],
        ['Venue', meeting.venue],
        ['Chairperson', chair || 'To be confirmed'],
      ]),
      paragraph(
        `Notice is hereby given that ${meetingKindPhrase(meeting.type)} of ${cleanLine(body.name)} will be held on ${longDate} at ${time} in ${cleanLine(meeting.venue)}, to consider the items below.`,
        {},
        { spacing: { before: 200, after: 120 } },
      ),
      heading('Agenda', 1),
      ...(outline.length === 0 ? [paragraph('No items have been placed on this agenda yet.', { italics: true })] : []),
    ],
  };

  const parts: DocumentPart[] = [opening];
  let previousConfidential = false;
  for (const { entry, depth, confidential } of outline) {
    const depthStyle = itemHeadingDepth(depth);
    if (confidential && audience === 'public') {
      parts.push({ children: [numberedHeading(entry.number, CONFIDENTIAL_ITEM_TITLE, depthStyle)] });
      continue;
    }
    const children = [];
    if (confidential && !previousConfidential) children.push(banner(CONFIDENTIAL_MARKER));
    children.push(numberedHeading(entry.number, entry.item.title, depthStyle));
    const particulars = itemParticulars(entry, names);
    if (particulars) children.push(note(particulars, { indent: { left: 1_000 } }));
    parts.push({ children, confidential });
    previousConfidential = confidential;
  }
  parts.push({ children: signatureBlock(signatory.name || '(name)', signatory.position) });

  const ref = meetingReferenceOf(meeting, body);
  const reference = ref ? ` (${cleanLine(ref)})` : '';
  return {
    municipality,
    title: `Agenda: ${meeting.title}${reference}, ${longDate}`,
    subject: audience === 'public' ? 'Agenda (public)' : 'Agenda (full)',
    runningTitle: `Agenda: ${meeting.title}, ${dates.longDate(meeting.startsAt)}`,
    orientation: 'portrait',
    parts,
    fields: {
      body: body.name,
      meeting_date: longDate,
      meeting_time: time,
      venue: meeting.venue,
      reference: meetingReferenceOf(meeting, body),
      date: dates.longDate(input.generatedAt),
    },
  };
}

/** The agenda as .docx bytes. */
export function buildAgendaDocument(input: AgendaDocumentInput, options: DocumentOptions = {}): Promise<Uint8Array> {
  return renderDocument(buildAgendaPlan(input), options);
}
