/**
 * What every portal page is built from: the portal's context and page, and the pieces the pages
 * share (links, published paragraphs, a meeting's details, the published, withdrawn and corrected
 * notices, the downloads, a resolution). Every piece of published text goes in as a text node
 * (dom.ts), so markup typed in the app shows literally.
 */
import type { Publication, PublicBlock, PublicMeeting, PublicResolution, PublicSite } from '../../../shared/publishing/publication';
import { h } from './dom';
import { longDate, meetingWhen, shortDate, stamp } from './format';
import { meetingEntries, type MeetingEntry } from './model';

export interface PortalContext {
  site: PublicSite | null;
  publications: Publication[];
  databaseUrl: string;
  now: Date;
  logoUrl: string | null;
  calendarFeedUrl: string | null;
  /** Builds the calendar in the browser and offers it as a download. */
  downloadCalendar: () => void;
}

export interface Page {
  title: string;
  content: Node[];
  /** Called once the page is in the document (for pages that update part of themselves). */
  mounted?: () => void;
}

export function municipalityName(context: PortalContext): string {
  return context.site?.municipality.trim() || 'Council documents';
}

export function link(href: string, text: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  return h('a', { href, ...attributes }, text);
}

/** Published paragraphs; runs of bullets or numbered paragraphs become lists. */
export function blocks(list: readonly PublicBlock[] | undefined, headingTag: 'h4' | 'h5' = 'h4'): Node[] {
  const out: Node[] = [];
  let listElement: HTMLUListElement | HTMLOListElement | null = null;
  let listKind: PublicBlock['kind'] | null = null;
  for (const block of list ?? []) {
    if (block.kind === 'bullet' || block.kind === 'numbered') {
      if (listKind !== block.kind || !listElement) {
        listElement = block.kind === 'bullet' ? h('ul') : h('ol');
        listKind = block.kind;
        out.push(listElement);
      }
      listElement.append(h('li', {}, block.text));
      continue;
    }
    listElement = null;
    listKind = null;
    out.push(block.kind === 'heading' ? h(headingTag, { class: 'block-heading' }, block.text) : h('p', {}, block.text));
  }
  return out;
}

function details(rows: Array<[string, string | undefined]>): HTMLDListElement {
  return h(
    'dl',
    { class: 'details' },
    rows.filter((row): row is [string, string] => Boolean(row[1])).map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
  );
}

export function meetingDetails(meeting: PublicMeeting): HTMLDListElement {
  return details([
    ['When', meetingWhen(meeting.startsAt, meeting.endsAt)],
    ['Where', meeting.venue],
    ['Body', meeting.bodyName],
    ['Meeting', meeting.kindLabel],
    ['Reference', meeting.reference],
  ]);
}

const DOCUMENT_NAMES = { agenda: 'agenda', minutes: 'minutes', register: 'resolutions register' } as const;

/** Published when and by whom; corrected or withdrawn, when and why. */
export function notices(publication: Publication): Node[] {
  const name = DOCUMENT_NAMES[publication.kind];
  const out: Node[] = [];
  if (publication.state === 'withdrawn') {
    const withdrawal = publication.withdrawal;
    out.push(
      h(
        'p',
        { class: 'notice notice-withdrawn' },
        h('strong', {}, `This ${name} was withdrawn`),
        withdrawal ? ` on ${stamp(withdrawal.at)}. Reason: ${withdrawal.reason}` : '.',
      ),
    );
  }
  if (publication.correction) {
    out.push(
      h('p', { class: 'notice notice-corrected' }, h('strong', {}, `Corrected on ${stamp(publication.correction.at)}:`), ` ${publication.correction.note}`),
    );
  }
  const published =
    publication.version > 1 && publication.firstPublishedAt !== publication.publishedAt
      ? `First published on ${stamp(publication.firstPublishedAt)}; this version published on ${stamp(publication.publishedAt)} by ${publication.publishedBy}.`
      : `Published on ${stamp(publication.publishedAt)} by ${publication.publishedBy}.`;
  out.push(h('p', { class: 'published' }, published));
  return out;
}

function sizeText(length: number | undefined): string {
  if (!length) return '';
  return length < 1024 * 1024 ? `, ${Math.max(1, Math.round(length / 1024))} kB` : `, ${(length / 1024 / 1024).toFixed(1)} MB`;
}

export function downloads(publication: Publication, context: PortalContext): Node | null {
  if (publication.state !== 'published') return null;
  const files = Object.entries(publication._attachments ?? {}).filter(([name]) => name.toLowerCase().endsWith('.docx'));
  if (files.length === 0) return null;
  const base = `${context.databaseUrl}${encodeURIComponent(publication._id)}/`;
  return h(
    'ul',
    { class: 'downloads' },
    files.map(([name, attachment]) =>
      h(
        'li',
        {},
        link(
          `${base}${encodeURIComponent(name)}`,
          `Download the ${DOCUMENT_NAMES[publication.kind]} as a Word document (.docx${sizeText(attachment.length)})${files.length > 1 ? `: ${name}` : ''}`,
          { download: name },
        ),
      ),
    ),
  );
}

export function resolutionArticle(resolution: PublicResolution, headingTag: 'h3' | 'h4' | 'h5'): HTMLElement {
  const headingId = `resolution-${resolution.number.replace(/[^A-Za-z0-9]+/g, '-')}-${headingTag}`;
  return h(
    'article',
    { class: 'resolution', 'aria-labelledby': headingId },
    h(headingTag, { id: headingId }, `Resolution ${resolution.number}: ${resolution.title}`),
    blocks(resolution.text, 'h5'),
    details([
      ['Adopted', `${longDate(resolution.adoptedOn)} (${resolution.bodyName}, ${resolution.meetingReference})`],
      ['Moved by', resolution.mover],
      ['Seconded by', resolution.seconder],
      ['Outcome', resolution.outcome],
      ['Status', resolution.status],
      ['Progress', resolution.progress ? `${shortDate(resolution.progress.on)}: ${resolution.progress.text}` : undefined],
    ]),
  );
}

/** "7. Title", "7.2 Title", or the title alone for an unnumbered part ("Other resolutions"). */
export function itemHeading(item: { number: string; title: string }): string {
  if (!item.number) return item.title;
  return /^\d+$/.test(item.number) ? `${item.number}. ${item.title}` : `${item.number} ${item.title}`;
}

/**
 * An item taken in committee keeps its number and reads "Confidential item", as the public Word
 * document prints it (`withheld`, an optional field the app adds; nothing else of it is published).
 */
export function isWithheld(item: object): boolean {
  return (item as { withheld?: unknown }).withheld === true;
}

export function withheldItem(item: { number: string; title: string }): HTMLLIElement {
  return h('li', { class: 'item item-withheld' }, h('h3', {}, itemHeading(item)), h('p', { class: 'muted' }, 'Taken in committee: not published.'));
}

export function findEntry(context: PortalContext, key: string): MeetingEntry | undefined {
  return meetingEntries(context.publications).find((entry) => entry.key === key);
}

export function notFoundPage(what = 'This page'): Page {
  return {
    title: 'Not found',
    content: [h('h1', { tabindex: '-1' }, 'Not found'), h('p', {}, `${what} is not published on this portal.`), h('p', {}, link('#/', 'See all meetings'))],
  };
}

export function errorPage(reason: string): Page {
  return {
    title: 'Not available',
    content: [h('h1', { tabindex: '-1' }, 'The council’s documents cannot be shown'), h('p', { role: 'alert' }, reason), h('p', {}, 'Please try again later.')],
  };
}
