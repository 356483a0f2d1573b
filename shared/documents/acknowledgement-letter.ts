/**
 * The letter that acknowledges a stakeholder's query: our reference and the date, the addressee,
 * what was received and when, the reference number to quote, where the query stands (who will
 * deal with it and by when under the service standard; what we wait for from the stakeholder; or
 * when it was resolved or closed, with the outcome), and the signature.
 */
import { AlignmentType, type FileChild } from 'docx';
import type { QueryChannel } from '../schemas/vocabulary';
import type { DocumentDates } from './dates';
import { heading, paragraph, signatureBlock } from './blocks';
import { renderDocument, type DocumentPlan } from './compose';
import { documentDates } from './dates';
import type { AcknowledgementLetterInput, DocumentOptions } from './inputs';
import { contactLine } from './page-frame';
import { detailsTable } from './tables';
import { cleanLine } from './text';

const CHANNEL_PHRASES: Record<QueryChannel, string> = {
  phone: 'by telephone',
  email: 'by email',
  letter: 'by letter',
  walk_in: 'in person at our offices',
  councillor: 'through your ward councillor',
  social_media: 'through social media',
  public_meeting: 'at a public meeting',
};

/** `Dear Mrs Dorah Mashele`; an organisation, or a person whose details were erased, is Sir or Madam. */
export function salutation(stakeholder: AcknowledgementLetterInput['stakeholder']): string {
  if (!stakeholder || stakeholder.anonymisedAt || stakeholder.kind !== 'person') return 'Dear Sir or Madam';
  return `Dear ${cleanLine(stakeholder.name)}`;
}

function addressee(stakeholder: AcknowledgementLetterInput['stakeholder']): FileChild[] {
  if (!stakeholder || stakeholder.anonymisedAt) return [];
  const lines = [stakeholder.name, stakeholder.address?.trim() || stakeholder.email?.trim() || ''].filter(Boolean).join('\n');
  return [paragraph(lines, {}, { spacing: { before: 240, after: 240 } })];
}

/** `Outcome` as a sentence: cleaned to one line, ending with a full stop. */
function sentence(text: string): string {
  const line = cleanLine(text).trim();
  return !line || /[.!?…]$/.test(line) ? line : `${line}.`;
}

/**
 * Where the query stands, as the letter says it, in the query's status at the time the letter is
 * printed: who deals with it, then a resolved or closed query says so, when, and with what outcome;
 * one waiting for the stakeholder says what is awaited; an open one gives the date we aim to
 * resolve it by under the service standard.
 */
export function letterStanding(input: Pick<AcknowledgementLetterInput, 'query' | 'departments' | 'awaiting'>, dates: DocumentDates): string[] {
  const { query } = input;
  const department = input.departments.find((d) => d.id === query.departmentId);
  const outcome = sentence(query.outcome ?? '');
  const withOutcome = outcome ? ` The outcome: ${outcome}` : '';
  switch (query.status) {
    case 'resolved':
    case 'closed': {
      const resolved = query.resolvedAt ? `resolved on ${dates.longDate(query.resolvedAt)}` : 'resolved';
      const closed = query.status === 'closed' ? ` and closed${query.closedAt ? ` on ${dates.longDate(query.closedAt)}` : ''}` : '';
      return [...(department ? [`It was dealt with by ${cleanLine(department.name)}.`] : []), `Your query was ${resolved}${closed}.${withOutcome}`];
    }
    case 'awaiting_stakeholder': {
      const awaited = sentence(input.awaiting ?? '');
      const asked = `${query.pausedSince ? `On ${dates.longDate(query.pausedSince)} we` : 'We'} asked you for more information${awaited ? `: ${awaited}` : '.'}`;
      return [
        department
          ? `It has been referred to ${cleanLine(department.name)}, which is dealing with it.`
          : 'It will be referred to the department responsible, which will deal with it.',
        `${asked} We will continue with your query once we receive your reply; the time we wait for it is not counted against the municipality’s service standards.`,
      ];
    }
    default:
      return [
        department
          ? `It has been referred to ${cleanLine(department.name)}, which will deal with it.`
          : 'It will be referred to the department responsible, which will deal with it.',
        `In terms of the municipality’s service standards we aim to resolve your query by ${dates.longDate(query.dueDate)}. Should we need more information from you, we will contact you; the time we wait for your reply is not counted.`,
      ];
  }
}

function buildLetterPlan(input: AcknowledgementLetterInput): DocumentPlan {
  const { municipality, query } = input;
  const dates = documentDates(municipality.timeZone);
  const letterDate = dates.longDate(input.generatedAt);
  const department = input.departments.find((d) => d.id === query.departmentId);
  const contact = contactLine(municipality);
  return {
    municipality,
    title: `Acknowledgement of query ${query.reference}`,
    subject: 'Acknowledgement letter',
    runningTitle: `Acknowledgement of query ${query.reference}`,
    orientation: 'portrait',
    parts: [
      {
        children: [
          detailsTable(
            [
              ['Our reference', query.reference],
              ['Enquiries', query.officer?.trim() || input.signatory.name],
              ['Date', letterDate],
            ],
            22,
          ),
          ...addressee(input.stakeholder),
          paragraph(`${salutation(input.stakeholder)},`, {}, { spacing: { before: 240 } }),
          heading(`Acknowledgement of your query: ${query.subject}`, 1),
          paragraph(
            `We acknowledge receipt of your query, received ${CHANNEL_PHRASES[query.channel]} on ${dates.longDate(query.receivedAt)}, about “${cleanLine(query.subject)}”.`,
            {},
            { alignment: AlignmentType.BOTH },
          ),
          paragraph(
            `Your query has been registered under reference number ${cleanLine(query.reference)}. Please quote this number whenever you contact us about it.`,
            {},
            { alignment: AlignmentType.BOTH },
          ),
          ...letterStanding(input, dates).map((text) => paragraph(text, {}, { alignment: AlignmentType.BOTH })),
          ...(contact ? [paragraph(`If you have any questions, please contact us, quoting the reference number: ${contact}.`)] : []),
          paragraph('Yours faithfully', {}, { spacing: { before: 240 } }),
          ...signatureBlock(input.signatory.name, input.signatory.position, false),
        ],
      },
    ],
    fields: { body: department?.name ?? '', meeting_date: letterDate, meeting_time: '', venue: '', reference: query.reference, date: letterDate },
  };
}

/** The acknowledgement letter as .docx bytes. */
export function buildAcknowledgementLetter(input: AcknowledgementLetterInput, options: DocumentOptions = {}): Promise<Uint8Array> {
  return renderDocument(buildLetterPlan(input), options);
}
