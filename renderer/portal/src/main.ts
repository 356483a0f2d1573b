/**
 * The public portal: reads the municipality's public database (anonymous, read-only) and shows
 * its meetings, agendas, minutes and resolutions register. Hash routes:
 * `#/`, `#/meeting/<key>`, `#/document/<agenda|minutes>/<key>`, `#/register?body=&year=&status=&q=`.
 */
import './portal.css';
import { SITE_DOC_ID, type Publication, type PublicSite } from '../../../shared/publishing/publication';
import { databaseUrl, parseConfig } from './config';
import { clear, h } from './dom';
import { upcomingMeetingsCalendar } from './ics';
import { filterFromQuery, isPublication } from './model';
import { documentPage, homePage, meetingPage } from './meeting-pages';
import { errorPage, municipalityName, notFoundPage, type Page, type PortalContext } from './page-parts';
import { registerPage } from './register-page';

async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`The council’s server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  return response.json();
}

function isSite(doc: unknown): doc is PublicSite {
  return typeof doc === 'object' && doc !== null && (doc as PublicSite).type === 'site' && typeof (doc as PublicSite).municipality === 'string';
}

async function loadContext(): Promise<PortalContext> {
  const config = parseConfig(await readJson('portal-config.json').catch(() => null));
  const database = databaseUrl(config, window.location.href);
  const [site, all] = await Promise.all([
    readJson(`${database}${SITE_DOC_ID}`),
    // Publications' ids start with a letter: design documents (`_design/…`) sort before them.
    readJson(`${database}_all_docs?include_docs=true&startkey=${encodeURIComponent('"a"')}`),
  ]);
  const rows = (all as { rows?: Array<{ doc?: unknown }> } | null)?.rows ?? [];
  const publications = rows.map((row) => row.doc).filter((doc): doc is Publication => isPublication(doc));
  const siteDoc = isSite(site) ? site : null;
  let logoUrl: string | null = null;
  if (siteDoc?._attachments?.logo) {
    const response = await fetch(`${database}${SITE_DOC_ID}/logo`, { credentials: 'omit' }).catch(() => null);
    if (response?.ok) logoUrl = URL.createObjectURL(await response.blob());
  }
  const context: PortalContext = {
    site: siteDoc,
    publications,
    databaseUrl: database,
    now: new Date(),
    logoUrl,
    calendarFeedUrl: config.calendarFeed ? new URL(config.calendarFeed, window.location.href).href : null,
    downloadCalendar: () => {
      const pageUrl = window.location.href.split('#')[0] ?? '';
      const text = upcomingMeetingsCalendar(publications, {
        now: new Date(),
        name: `${municipalityName(context)}: meetings`,
        uidDomain: window.location.hostname || 'quorum-portal',
        meetingUrl: (key) => `${pageUrl}#/meeting/${key}`,
      });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      const anchor = h('a', { href: url, download: 'meetings.ics' });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
  return context;
}

function route(context: PortalContext): Page {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  if (parts.length === 0) return homePage(context);
  if (parts[0] === 'meeting' && parts[1]) return meetingPage(context, parts[1]);
  if (parts[0] === 'document' && parts[1] && parts[2]) return documentPage(context, parts[1], parts[2]);
  if (parts[0] === 'register') {
    return registerPage(context, filterFromQuery(new URLSearchParams(query)), (search) => {
      const next = `#/register${search}`;
      if (window.location.hash !== next) history.replaceState(null, '', next);
    });
  }
  return notFoundPage();
}

function shell(context: PortalContext | null): { main: HTMLElement; nav: HTMLElement | null } {
  const root = document.getElementById('portal');
  if (!root) throw new Error('index.html has no #portal element.');
  clear(root);
  const name = context ? municipalityName(context) : 'Council documents';
  const nav = context
    ? h(
        'nav',
        { 'aria-label': 'Portal' },
        h('ul', {}, h('li', {}, h('a', { href: '#/' }, 'Meetings')), h('li', {}, h('a', { href: '#/register' }, 'Resolutions register'))),
      )
    : null;
  const header = h(
    'header',
    { class: 'site-header no-print' },
    h(
      'div',
      { class: 'site-header-inner' },
      h(
        'a',
        { href: '#/', class: 'site-name' },
        context?.logoUrl ? h('img', { src: context.logoUrl, alt: '', class: 'site-logo' }) : null,
        h('span', {}, name),
      ),
      nav,
    ),
  );
  const main = h('main', { id: 'main', tabindex: '-1' });
  const site = context?.site;
  const footer = h(
    'footer',
    { class: 'site-footer no-print' },
    h(
      'div',
      { class: 'site-footer-inner' },
      h('p', {}, name),
      (site?.address ?? []).map((line) => h('p', {}, line)),
      (site?.contact ?? []).map((line) => h('p', {}, line)),
      h('p', { class: 'small' }, 'Dates and times are South African Standard Time.'),
    ),
  );
  const skip = h('a', { href: '#main', class: 'skip-link' }, 'Skip to the content');
  // Hash routes: the skip link moves the focus without changing the address.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  root.append(skip, header, main, footer);
  return { main, nav };
}

function show(page: Page, context: PortalContext | null, focus: boolean): void {
  const { main, nav } = shell(context);
  main.append(...page.content);
  const name = context ? municipalityName(context) : 'Council documents';
  document.title = `${page.title} – ${name}`;
  if (nav) {
    const current = window.location.hash.startsWith('#/register') ? '#/register' : '#/';
    for (const anchor of nav.querySelectorAll('a')) {
      if (anchor.getAttribute('href') === current) anchor.setAttribute('aria-current', 'page');
    }
  }
  page.mounted?.();
  if (focus) main.querySelector<HTMLElement>('h1')?.focus();
  else window.scrollTo(0, 0);
}

async function start(): Promise<void> {
  let context: PortalContext;
  try {
    context = await loadContext();
  } catch (error) {
    show(errorPage(error instanceof Error ? error.message : String(error)), null, false);
    return;
  }
  show(route(context), context, false);
  window.addEventListener('hashchange', () => {
    show(route(context), context, true);
  });
}

void start();
