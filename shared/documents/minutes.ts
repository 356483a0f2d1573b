/**
 * The minutes: title block, attendance, then per item its discussion (real Word paragraphs
 * and lists), declarations of interest, decision, resolutions set apart as RESOLVED, and an
 * actions table; the closing time, and the confirmation block. Draft minutes carry DRAFT in
 * the header of every page; confirmed minutes name the meeting that confirmed them.
 * Public and full versions treat in-committee items as the agenda does.
 */
import type { FileChild } from 'docx';
import { heldWhen, lateItemNote, meetingReferenceOf } from '../domain/meeting-integrity';
import { declarationSentence } from '../domain/meetings';
import type { AgendaItem, Meeting, Resolution } from '../schemas';
import { DECISION_LABELS } from '../schemas/vocabulary';
import { CONFIDENTIAL_ITEM_TITLE, chairpersonName, itemHeadingDepth, meetingKindPhrase, meetingReference } from './agenda';
import { attendanceSection } from './attendance-section';
import { documentDates, type DocumentDates } from './dates';
import { banner, heading, labelled, note, numberedHeading, paragraph, signatureBlock, title } from './blocks';
import { renderDocument, type DocumentPart, type DocumentPlan } from './compose';
import { confidentialItemIds, isResolutionConfidential, outlineItems } from './confidentiality';
import type { DocumentOptions, MinutesDocumentInput } from './inputs';
import { minutesStage } from './minutes-stage';
import { createNames, type Names } from './names';
import { CONFIDENTIAL_MARKER } from './page-frame';
import { resolutionBlock } from './resolution-block';
import { isRichTextEmpty, numberedLists, richTextParagraphs, type NumberedLists } from './rich-text';
import { dataTable, detailsTable } from './tables';
import { cleanLine } from './text';

/** Resolutions in the order they were taken: their place in the item, then in the meeting. */
function byOrderTaken(a: Resolution, b: Resolution): number {
  return (
    (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
    (a.ordinal ?? Number.MAX_SAFE_INTEGER) - (b.ordinal ?? Number.MAX_SAFE_INTEGER) ||
    (a.votedAt ?? '').localeCompare(b.votedAt ?? '') ||
    a.number.localeCompare(b.number, 'en', { numeric: true })
  );
}

function declarations(item: AgendaItem, names: Names): FileChild[] {
  const list = item.declarations ?? [];
  if (list.length === 0) return [];
  return [
    labelled('Declarations of interest', list.length === 1 ? 'one member declared an interest.' : `${list.length} members declared an interest.`),
    ...list.map((d) => paragraph(declarationSentence(names.member(d.memberId), d.interest, d.leftMeeting), {}, { indent: { left: 360 } })),
  ];
}

function actionsTable(item: AgendaItem, names: Names, dates: DocumentDates): FileChild[] {
  const actions = item.actions ?? [];
  if (actions.length === 0) return [];
  return [
    paragraph('Actions', { bold: true }, { spacing: { before: 160, after: 60 }, keepNext: true }),
    dataTable(
      [
        { header: 'Action', weight: 50 },
        { header: 'Responsible', weight: 28 },
        { header: 'Due', weight: 12 },
        { header: 'Done', weight: 10 },
      ],
      actions.map((a) => [
        a.description,
        [names.department(a.departmentId), a.official ?? ''].filter((s) => s.trim()).join(': '),
        a.dueDate ? dates.date(a.dueDate) : '',
        a.done ? 'Yes' : 'No',
      ]),
      true,
    ),
  ];
}

function itemMinutes(
  item: AgendaItem,
  resolutions: readonly Resolution[],
  names: Names,
  dates: DocumentDates,
  lists: NumberedLists,
  /** A resolution taken in committee under an open item: marked where it stands. */
  markConfidential: (resolution: Resolution) => boolean,
): FileChild[] {
  const out: FileChild[] = [];
  const particulars = [
    lateItemNote(item),
    item.reportReference?.trim() ? `Report reference: ${item.reportReference}` : '',
    item.presenter?.trim() ? `Presenter: ${item.presenter}` : '',
  ].filter(Boolean);
  if (particulars.length) out.push(note(particulars.join('   ·   '), { indent: { left: 1_000 } }));
  out.push(...declarations(item, names));
  if (!isRichTextEmpty(item.discussion)) out.push(...richTextParagraphs(item.discussion, lists));
  if (item.decision !== 'none') {
    const noteText = item.decisionNote?.trim() ? `: ${item.decisionNote.trim()}` : '';
    out.push(labelled('Decision', `${DECISION_LABELS[item.decision]}${noteText}`, { spacing: { before: 120 } }));
  }
  for (const resolution of resolutions) {
    if (markConfidential(resolution)) out.push(banner(CONFIDENTIAL_MARKER));
    out.push(...resolutionBlock(resolution, names));
  }
  out.push(...actionsTable(item, names, dates));
  return out;
}

function confirmationBlock(input: MinutesDocumentInput, names: Names, dates: DocumentDates): FileChild[] {
  const { meeting } = input;
  const chair = chairpersonName(input, names) || 'Chairperson';
  if (minutesStage(meeting) === 'draft') {
    return [heading('Confirmation', 1), paragraph('Confirmed as a correct record.'), ...signatureBlock(chair, 'Chairperson')];
  }
  const confirming = input.confirmingMeeting;
  const at = meeting.confirmedAt ?? confirming?.startsAt;
  const where = confirming
    ? ` at the ${cleanLine(confirming.title)}${confirming.number ? ` (${cleanLine(confirming.number)})` : ''}${input.confirmingBody ? ` of ${cleanLine(input.confirmingBody.name)}` : ''}`
    : '';
  return [
    heading('Confirmation', 1),
    paragraph(`Confirmed as a correct record${where}${at ? ` on ${dates.longDate(at)}` : ''}.`),
    ...signatureBlock(confirming ? names.member(confirming.chairpersonId) || chair : chair, 'Chairperson', false),
  ];
}

function correctionsPart(meeting: Meeting, dates: DocumentDates): FileChild[] {
  const corrections = meeting.corrections ?? [];
  if (corrections.length === 0) return [];
  return [
    heading('Corrections made on confirmation', 1),
    dataTable(
      [
        { header: 'Date', weight: 14 },
        { header: 'Item', weight: 14 },
        { header: 'Correction', weight: 46 },
        { header: 'Reason', weight: 26 },
      ],
      corrections.map((c) => [
        dates.date(c.at),
        c.target ?? '',
        { lines: [c.before ? `Was: ${c.before}` : '', c.after ? `Now: ${c.after}` : ''].filter(Boolean) },
        c.reason,
      ]),
      true,
    ),
  ];
}

function buildMinutesPlan(input: MinutesDocumentInput): DocumentPlan {
  const { meeting, body, municipality, audience } = input;
  const dates = documentDates(municipality.timeZone);
  const lists = numberedLists();
  const names = createNames({ members: input.members, departments: input.departments });
  const stage = minutesStage(meeting);
  // The minutes state when the meeting was actually held (opened), and the day it was called for if another.
  const held = heldWhen(meeting, municipality.timeZone);
  const longDate = held.date;
  const start = held.time;
  const outline = outlineItems(input.items);
  const confidentialIds = confidentialItemIds(input.items);
  const itemIds = new Set(input.items.map((e) => e.item.id));
  const resolutions = [...input.resolutions].filter((r) => r.meetingId === meeting.id || !r.meetingId).sort(byOrderTaken);
  const byItem = new Map<string, Resolution[]>();
  for (const r of resolutions) {
    if (r.agendaItemId && itemIds.has(r.agendaItemId)) byItem.set(r.agendaItemId, [...(byItem.get(r.agendaItemId) ?? []), r]);
  }
  const unlinked = resolutions.filter((r) => !r.agendaItemId || !itemIds.has(r.agendaItemId));

  const opening: DocumentPart = {
    children: [
      title(`Minutes: ${meeting.title}`),
      note(
        [
          stage === 'draft' ? 'Draft minutes, not yet confirmed.' : 'Confirmed minutes.',
          audience === 'public' ? 'Public version: items taken in committee are withheld.' : 'Full version for members.',
        ].join(' '),
      ),
      paragraph(
        `Minutes of ${meetingKindPhrase(meeting.type)} of ${cleanLine(body.name)} held on ${longDate} at ${start} in ${cleanLine(meeting.venue)}.${held.scheduledFor ? ` The meeting had been scheduled for ${held.scheduledFor}.` : ''}`,
        {},
        { spacing: { before: 120, after: 160 } },
      ),
      detailsTable([
        ['Body', body.name],
        ['Meeting', meetingReference(meeting, body)],
        ['Date', longDate],
        ...(held.scheduledFor ? ([['Scheduled for', held.scheduledFor]] as [string, string][]) : []),
        ['Venue', meeting.venue],
        ['Chairperson', chairpersonName(input, names) || 'Not recorded'],
        ['Opened', meeting.openedAt ? dates.time(meeting.openedAt) : 'Not recorded'],
        ['Closed', meeting.closedAt ? dates.time(meeting.closedAt) : 'Not recorded'],
      ]),
      ...attendanceSection(meeting, body, names, dates),
      heading('Proceedings', 1),
      ...(outline.length === 0 ? [paragraph('No items were minuted at this meeting.', { italics: true })] : []),
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
    const children: FileChild[] = [];
    if (confidential && !previousConfidential) children.push(banner(CONFIDENTIAL_MARKER));
    children.push(numberedHeading(entry.number, entry.item.title, depthStyle));
    // A resolution itself marked in committee stays out of the public version even under an open item.
    const itemResolutions = (byItem.get(entry.item.id) ?? []).filter((r) => audience === 'full' || !isResolutionConfidential(r, confidentialIds));
    children.push(...itemMinutes(entry.item, itemResolutions, names, dates, lists, (r) => !confidential && isResolutionConfidential(r, confidentialIds)));
    parts.push({ children, confidential });
    previousConfidential = confidential;
  }

  const otherPublic = unlinked.filter((r) => !isResolutionConfidential(r, confidentialIds));
  const otherConfidential = unlinked.filter((r) => isResolutionConfidential(r, confidentialIds));
  if (otherPublic.length > 0) {
    parts.push({ children: [heading('Other resolutions', 1), ...otherPublic.flatMap((r) => resolutionBlock(r, names))] });
  }
  if (otherConfidential.length > 0 && audience === 'full') {
    parts.push({
      confidential: true,
      children: [
        banner(CONFIDENTIAL_MARKER),
        heading('Other resolutions taken in committee', 1),
        ...otherConfidential.flatMap((r) => resolutionBlock(r, names)),
      ],
    });
  }

  // A closure item minutes the closing in the secretary's words; without one, the record says it.
  const hasClosureItem = input.items.some((entry) => entry.item.kind === 'closure');
  parts.push({
    children: [
      ...(hasClosureItem && meeting.closedAt
        ? []
        : [
            paragraph(
              meeting.closedAt
                ? `There being no further business, the meeting closed at ${dates.time(meeting.closedAt)}.`
                : 'The time the meeting closed was not recorded.',
              { bold: true },
              { spacing: { before: 240 } },
            ),
          ]),
      ...(audience === 'full' && stage === 'confirmed' ? correctionsPart(meeting, dates) : []),
      ...confirmationBlock(input, names, dates),
    ],
  });

  const ref = meetingReferenceOf(meeting, body);
  const reference = ref ? ` (${cleanLine(ref)})` : '';
  return {
    municipality,
    title: `Minutes: ${meeting.title}${reference}, ${longDate}${stage === 'draft' ? ' (DRAFT)' : ''}`,
    subject: `Minutes (${stage}, ${audience === 'public' ? 'public' : 'full'})`,
    runningTitle: `Minutes: ${meeting.title}, ${dates.date(meeting.openedAt ?? meeting.startsAt)}`,
    orientation: 'portrait',
    ...(stage === 'draft' ? { marker: 'DRAFT' } : {}),
    parts,
    fields: {
      body: body.name,
      meeting_date: longDate,
      meeting_time: start,
      venue: meeting.venue,
      reference: ref,
      date: dates.longDate(input.generatedAt),
    },
  };
}

/** The minutes as .docx bytes. */
export function buildMinutesDocument(input: MinutesDocumentInput, options: DocumentOptions = {}): Promise<Uint8Array> {
  return renderDocument(buildMinutesPlan(input), options);
}
