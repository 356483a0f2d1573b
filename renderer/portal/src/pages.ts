/**
 * The portal's pages, built as DOM from the published documents. Every piece of published text
 * goes in as a text node (dom.ts), so markup typed in the app shows literally.
 */
import { plural } from '../../../shared/documents/text';
import type {
  Publication,
  PublicAgendaContent,
  PublicBlock,
  PublicMeeting,
  PublicMinutesContent,
  PublicResolution,
  PublicSite,
} from '../../../shared/publishing/publication';
import { h, type Child } from './dom';
import { longDate, meetingWhen, shortDate, stamp } from './format';
import {
  filterResolutions,
  filterToQuery,
  isShown,
  meetingEntries,
  meetingName,
  withdrawnSubjectOf,
  meetingOverview,
  registerFacets,
  registerView,
  type MeetingEntry,
  type RegisterFilter,
} from './model';

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

// ---------------------------------------------------------------------------------------------
// Pieces

function link(href: string, text: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  return h('a', { href, ...attributes }, text);
}

/** Published paragraphs; runs of bullets or numbered paragraphs become lists. */
function blocks(list: readonly PublicBlock[] | undefined, headingTag: 'h4' | 'h5' = 'h4'): Node[] {
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

function meetingDetails(meeting: PublicMeeting): HTMLDListElement {
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
function notices(publication: Publication): Node[] {
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

function downloads(publication: Publication, context: PortalContext): Node | null {
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

function resolutionArticle(resolution: PublicResolution, headingTag: 'h3' | 'h4' | 'h5'): HTMLElement {
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
function itemHeading(item: { number: string; title: string }): string {
  if (!item.number) return item.title;
  return /^\d+$/.test(item.number) ? `${item.number}. ${item.title}` : `${item.number} ${item.title}`;
}

/**
 * An item taken in committee keeps its number and reads "Confidential item", as the public Word
 * document prints it (`withheld`, an optional field the app adds; nothing else of it is published).
 */
function isWithheld(item: object): boolean {
  return (item as { withheld?: unknown }).withheld === true;
}

function withheldItem(item: { number: string; title: string }): HTMLLIElement {
  return h('li', { class: 'item item-withheld' }, h('h3', {}, itemHeading(item)), h('p', { class: 'muted' }, 'Taken in committee: not published.'));
}

function agendaItems(content: PublicAgendaContent): Node {
  if (content.items.length === 0) return h('p', {}, 'The agenda has no public items.');
  return h(
    'ol',
    { class: 'items' },
    content.items.map((item) =>
      isWithheld(item)
        ? withheldItem(item)
        : h(
            'li',
            { class: 'item' },
            h('h3', {}, itemHeading(item)),
            item.late ? h('p', { class: 'late' }, h('strong', {}, 'Late item.'), ` Reason: ${item.late.reason}`) : null,
            item.presenter ? h('p', { class: 'presenter' }, `Presented by ${item.presenter}`) : null,
            blocks(item.summary),
          ),
    ),
  );
}

function dateOrText(value: string): string {
  return Number.isNaN(Date.parse(value)) ? value : longDate(value);
}

function minutesBody(content: PublicMinutesContent): Node[] {
  return [
    h('p', { class: 'confirmed' }, `Confirmed on ${dateOrText(content.confirmedOn)}${content.confirmedAt ? ` at meeting ${content.confirmedAt}` : ''}.`),
    content.attendance.length > 0
      ? h(
          'section',
          { class: 'attendance', 'aria-labelledby': 'attendance-heading' },
          h('h3', { id: 'attendance-heading' }, 'Attendance'),
          content.attendance.map((group) => [h('h4', {}, group.heading), h('p', {}, group.names.length ? group.names.join('; ') : 'None')]),
        )
      : null,
    h(
      'ol',
      { class: 'items' },
      content.items.map((item) =>
        isWithheld(item)
          ? withheldItem(item)
          : h(
              'li',
              { class: 'item' },
              h('h3', {}, itemHeading(item)),
              blocks(item.discussion),
              item.resolutions.map((resolution) => resolutionArticle(resolution, 'h4')),
            ),
      ),
    ),
  ].filter((node): node is HTMLElement => node !== null);
}

/** When and which meeting a withdrawn entry was, from what its documents kept: "12 Nov 2026, 10:00 · FPC 11/2026". */
function withdrawnWhen(entry: MeetingEntry): HTMLElement | null {
  const subject = withdrawnSubjectOf(entry);
  const parts = [subject?.startsAt ? meetingWhen(subject.startsAt) : '', subject?.reference ?? ''].filter(Boolean);
  return parts.length > 0 ? h('p', {}, parts.join(' · ')) : null;
}

function statusTags(entry: MeetingEntry): Node {
  const tags: string[] = [];
  if (entry.agenda) tags.push(entry.agenda.state === 'withdrawn' ? 'Agenda withdrawn' : entry.agenda.correction ? 'Agenda (corrected)' : 'Agenda');
  if (entry.minutes) tags.push(entry.minutes.state === 'withdrawn' ? 'Minutes withdrawn' : entry.minutes.correction ? 'Minutes (corrected)' : 'Minutes');
  return h('p', { class: 'tags' }, tags.join(' · '));
}

function meetingListItem(entry: MeetingEntry & { meeting: PublicMeeting }, headingTag: 'h3' | 'h4'): HTMLLIElement {
  return h(
    'li',
    { class: 'meeting-card' },
    h(headingTag, {}, link(`#/meeting/${entry.key}`, entry.meeting.title)),
    h('p', {}, meetingWhen(entry.meeting.startsAt, entry.meeting.endsAt)),
    h('p', {}, `${entry.meeting.venue} · ${entry.meeting.reference}`),
    statusTags(entry),
  );
}

// ---------------------------------------------------------------------------------------------
// Pages

export function homePage(context: PortalContext): Page {
  const overview = meetingOverview(meetingEntries(context.publications), context.now);
  const calendar = h(
    'section',
    { 'aria-labelledby': 'calendar-heading' },
    h('h2', { id: 'calendar-heading' }, 'Meeting calendar'),
    h('p', {}, 'Add the upcoming meetings to your own calendar.'),
    h(
      'p',
      { class: 'actions' },
      context.calendarFeedUrl ? link(context.calendarFeedUrl, 'Subscribe to the meeting calendar (.ics)', { class: 'button' }) : null,
      (() => {
        const button = h('button', { type: 'button', class: 'button' }, 'Download the meeting calendar (.ics)');
        button.addEventListener('click', () => context.downloadCalendar());
        return button;
      })(),
    ),
  );
  const upcoming = h(
    'section',
    { 'aria-labelledby': 'upcoming-heading' },
    h('h2', { id: 'upcoming-heading' }, 'Next meetings'),
    overview.upcoming.length === 0
      ? h('p', {}, 'No upcoming meeting has been published.')
      : overview.upcoming.map((body) => [
          h('h3', { class: 'body-heading' }, body.bodyName),
          h(
            'ul',
            { class: 'meeting-list', 'aria-label': `Next meetings of the ${body.bodyName}` },
            body.meetings.map((entry) => meetingListItem(entry, 'h4')),
          ),
        ]),
  );
  const past = h(
    'section',
    { 'aria-labelledby': 'past-heading' },
    h('h2', { id: 'past-heading' }, 'Past meetings'),
    overview.past.length === 0
      ? h('p', {}, 'No past meeting has been published.')
      : h(
          'ul',
          { class: 'meeting-list', 'aria-labelledby': 'past-heading' },
          overview.past.map((entry) => meetingListItem(entry, 'h3')),
        ),
  );
  const withdrawn =
    overview.withdrawn.length === 0
      ? null
      : h(
          'section',
          { 'aria-labelledby': 'withdrawn-heading' },
          h('h2', { id: 'withdrawn-heading' }, 'Withdrawn documents'),
          h(
            'ul',
            { class: 'meeting-list' },
            overview.withdrawn.map((entry) =>
              h('li', { class: 'meeting-card' }, h('h3', {}, link(`#/meeting/${entry.key}`, meetingName(entry))), withdrawnWhen(entry), statusTags(entry)),
            ),
          ),
        );
  return {
    title: 'Meetings',
    content: [
      h('h1', { tabindex: '-1' }, 'Council meetings'),
      h(
        'p',
        { class: 'lead' },
        'Agendas and minutes of the council and its committees, and the resolutions they adopted. See also the ',
        link('#/register', 'resolutions register'),
        '.',
      ),
      upcoming,
      past,
      withdrawn,
      calendar,
    ].filter((node): node is HTMLElement => node !== null),
  };
}

function findEntry(context: PortalContext, key: string): MeetingEntry | undefined {
  return meetingEntries(context.publications).find((entry) => entry.key === key);
}

export function notFoundPage(what = 'This page'): Page {
  return {
    title: 'Not found',
    content: [h('h1', { tabindex: '-1' }, 'Not found'), h('p', {}, `${what} is not published on this portal.`), h('p', {}, link('#/', 'See all meetings'))],
  };
}

function documentSection(kind: 'agenda' | 'minutes', entry: MeetingEntry, context: PortalContext): HTMLElement {
  const publication = entry[kind];
  const headingId = `${kind}-heading`;
  const heading = h('h2', { id: headingId }, kind === 'agenda' ? 'Agenda' : 'Minutes');
  if (!publication) {
    return h(
      'section',
      { 'aria-labelledby': headingId },
      heading,
      h('p', {}, kind === 'agenda' ? 'The agenda is not published yet.' : 'The minutes are not published yet: they are published once confirmed.'),
    );
  }
  const content = isShown(publication) ? publication.content : null;
  return h(
    'section',
    { 'aria-labelledby': headingId, class: 'document-section' },
    heading,
    notices(publication),
    content ? h('p', { class: 'actions' }, link(`#/document/${kind}/${entry.key}`, kind === 'agenda' ? 'Printable agenda' : 'Printable minutes')) : null,
    downloads(publication, context),
    content?.kind === 'agenda' ? agendaItems(content) : null,
    content?.kind === 'minutes' ? minutesBody(content) : null,
  );
}

export function meetingPage(context: PortalContext, key: string): Page {
  const entry = findEntry(context, key);
  if (!entry) return notFoundPage('This meeting');
  const name = meetingName(entry);
  return {
    title: name,
    content: [
      h('p', { class: 'breadcrumb' }, link('#/', 'All meetings')),
      h('h1', { tabindex: '-1' }, name),
      entry.meeting ? meetingDetails(entry.meeting) : withdrawnWhen(entry),
      documentSection('agenda', entry, context),
      documentSection('minutes', entry, context),
    ].filter((node): node is HTMLElement => node !== null),
  };
}

function letterhead(context: PortalContext): HTMLElement {
  const site = context.site;
  return h(
    'div',
    { class: 'letterhead' },
    context.logoUrl ? h('img', { src: context.logoUrl, alt: '', class: 'letterhead-logo' }) : null,
    h(
      'div',
      {},
      h('p', { class: 'letterhead-name' }, municipalityName(context)),
      (site?.address ?? []).map((line) => h('p', {}, line)),
      (site?.contact ?? []).map((line) => h('p', {}, line)),
    ),
  );
}

/** One document alone, laid out to print: the browser's "Save as PDF" gives a clean copy. */
export function documentPage(context: PortalContext, kind: string, key: string): Page {
  const entry = findEntry(context, key);
  if (!entry || (kind !== 'agenda' && kind !== 'minutes')) return notFoundPage('This document');
  const publication = entry[kind];
  if (!publication) return notFoundPage('This document');
  const meeting = entry.meeting;
  const title = `${kind === 'agenda' ? 'Agenda' : 'Minutes'}: ${meetingName(entry)}`;
  const print = h('button', { type: 'button', class: 'button' }, 'Print or save as PDF');
  print.addEventListener('click', () => window.print());
  const content = isShown(publication) ? publication.content : null;
  return {
    title,
    content: [
      h('p', { class: 'breadcrumb no-print' }, link(`#/meeting/${key}`, `Back to ${meetingName(entry)}`)),
      h(
        'article',
        { class: 'printable', 'aria-labelledby': 'document-title' },
        letterhead(context),
        h('h1', { id: 'document-title', tabindex: '-1' }, title),
        meeting ? meetingDetails(meeting) : null,
        notices(publication),
        content?.kind === 'agenda' ? [h('h2', {}, 'Items'), agendaItems(content)] : null,
        content?.kind === 'minutes' ? [h('h2', {}, 'Proceedings'), minutesBody(content)] : null,
      ),
      h('p', { class: 'actions no-print' }, print),
    ].filter((node): node is HTMLElement => node !== null),
  };
}

function select(id: string, label: string, options: Array<[string, string]>, value: string): { field: HTMLElement; control: HTMLSelectElement } {
  const control = h(
    'select',
    { id, name: id },
    options.map(([v, text]) => h('option', { value: v }, text)),
  );
  control.value = options.some(([v]) => v === value) ? value : '';
  return { field: h('div', { class: 'field' }, h('label', { for: id }, label), control), control };
}

export function registerPage(context: PortalContext, initial: RegisterFilter, onFilter: (query: string) => void): Page {
  const view = registerView(context.publications);
  const facets = registerFacets(view.resolutions);
  const body = select('filter-body', 'Body', [['', 'All bodies'], ...facets.bodies.map((b): [string, string] => [b.code, b.name])], initial.body);
  const year = select('filter-year', 'Year', [['', 'All years'], ...facets.years.map((y): [string, string] => [y, y])], initial.year);
  const status = select('filter-status', 'Status', [['', 'All statuses'], ...facets.statuses.map((s): [string, string] => [s, s])], initial.status);
  const search = h('input', { id: 'filter-search', name: 'q', type: 'search', autocomplete: 'off', maxlength: '200' });
  search.value = initial.search;
  const clearButton = h('button', { type: 'button', class: 'button secondary' }, 'Clear the filters');
  const count = h('p', { role: 'status', class: 'count' });
  const results = h('div', { class: 'results' });

  const current = (): RegisterFilter => ({ body: body.control.value, year: year.control.value, status: status.control.value, search: search.value });
  const update = () => {
    const filter = current();
    const found = filterResolutions(view.resolutions, filter);
    const filtered = filter.body || filter.year || filter.status || filter.search.trim();
    count.textContent = filtered ? `${plural(found.length, 'resolution')} of ${view.resolutions.length} match.` : `${plural(found.length, 'resolution')}.`;
    results.replaceChildren(
      ...(found.length === 0 ? [h('p', {}, 'No resolution matches. Try fewer words or clear the filters.')] : found.map((r) => resolutionArticle(r, 'h3'))),
    );
    onFilter(filterToQuery(filter));
  };
  for (const control of [body.control, year.control, status.control]) control.addEventListener('change', update);
  search.addEventListener('input', update);
  clearButton.addEventListener('click', () => {
    body.control.value = '';
    year.control.value = '';
    status.control.value = '';
    search.value = '';
    update();
  });

  const form = h(
    'form',
    { role: 'search', 'aria-label': 'Filter the resolutions', class: 'filters' },
    body.field,
    year.field,
    status.field,
    h('div', { class: 'field field-search' }, h('label', { for: 'filter-search' }, 'Search the resolutions'), search),
    h('div', { class: 'field field-button' }, clearButton),
  );
  form.addEventListener('submit', (event) => event.preventDefault());

  const notes: Child[] = [
    ...view.withdrawn.map((publication) => notices(publication)),
    ...view.corrected.map((publication) =>
      h('p', { class: 'notice notice-corrected' }, h('strong', {}, `Corrected on ${stamp(publication.correction!.at)}:`), ` ${publication.correction!.note}`),
    ),
  ].flat();
  update();
  return {
    title: 'Resolutions register',
    content: [
      h('p', { class: 'breadcrumb' }, link('#/', 'All meetings')),
      h('h1', { tabindex: '-1' }, 'Resolutions register'),
      h('p', { class: 'lead' }, 'The resolutions adopted in public, with their implementation status.'),
      ...notes.filter((n): n is Node => n instanceof Node),
      form,
      h('section', { 'aria-labelledby': 'results-heading' }, h('h2', { id: 'results-heading' }, 'Resolutions'), count, results),
    ],
  };
}

export function errorPage(reason: string): Page {
  return {
    title: 'Not available',
    content: [h('h1', { tabindex: '-1' }, 'The council’s documents cannot be shown'), h('p', { role: 'alert' }, reason), h('p', {}, 'Please try again later.')],
  };
}
