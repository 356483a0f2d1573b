/** The meetings pages: the home page (next, past and withdrawn meetings), a meeting, and one document laid out to print. */
import type { PublicAgendaContent, PublicMeeting, PublicMinutesContent } from '../../../shared/publishing/publication';
import { h } from './dom';
import { longDate, meetingWhen } from './format';
import { isShown, meetingEntries, meetingName, withdrawnSubjectOf, meetingOverview, type MeetingEntry } from './model';
import {
  municipalityName,
  link,
  blocks,
  meetingDetails,
  notices,
  downloads,
  resolutionArticle,
  itemHeading,
  isWithheld,
  withheldItem,
  findEntry,
  notFoundPage,
  type Page,
  type PortalContext,
} from './page-parts';

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
