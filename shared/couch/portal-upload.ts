/**
 * `npm run couch:setup -- … --portal`: the built public portal (dist/portal) stored as the
 * attachments of the design document `_design/portal` in the municipality's public database,
 * so CouchDB itself serves it at `/<prefix>public/_design/portal/index.html` and no other web
 * server is needed. The portal reads the database it is served from (same origin: no CORS).
 *
 * CouchDB sends every attachment with the header `Content-Security-Policy: sandbox` by default
 * ([csp] attachments_header_value), which stops any script: the portal could not run. So the
 * upload sets that header to the portal's own policy (scripts and styles only from the server
 * itself, no inline code, connections only to the server) on every node, and reports the change.
 */
import { encodeBase64 } from '../backup/base64';
import { publicDatabaseName } from '../publishing/publication';
import type { CouchClient } from './http';
import { serverNodes } from './cors-setup';

export const PORTAL_DESIGN_ID = '_design/portal';

export interface PortalFile {
  /** A file name at the top of dist/portal: `index.html`, `index-abc123.js`, … */
  name: string;
  contentType: string;
  data: Uint8Array;
}

export interface PortalUploadOptions {
  client: CouchClient;
  prefix: string;
  files: readonly PortalFile[];
  /** The portal's Content-Security-Policy, for CouchDB's attachment header. */
  csp: string;
  /**
   * The calendar module (renderer/portal/src/ics.ts bundled as CommonJS) for the live feed
   * CouchDB serves itself through a `_list` function; without it the portal only offers the
   * calendar as a download built in the browser.
   */
  calendarLib?: string;
  now: () => Date;
  report?: (line: string) => void;
}

export interface PortalUploadSummary {
  database: string;
  /** The portal's address on the server. */
  url: string;
  files: number;
  bytes: number;
  /** Whether the attachment CSP header was changed (false: it was already the portal's). */
  cspChanged: boolean;
  /** Whether an anonymous reader can open the database (the portal needs it). */
  anonymousReadable: boolean;
  /** The live calendar feed's address, when the server runs the `_list` function (CouchDB does). */
  calendarUrl: string | null;
}

/** Relative to index.html: `/<db>/_design/portal/_list/calendar/upcoming`. */
export const CALENDAR_FEED_PATH = '_list/calendar/upcoming';

/**
 * The view and list behind the feed, run by CouchDB's JavaScript engine (QuickJS in 3.5): the
 * view keeps each agenda's meeting (not its items), the list writes the calendar with the
 * portal's own module (`lib/ics`), so the feed and the portal's download are the same text.
 */
const UPCOMING_MAP = `function (doc) {
  if (doc.type === 'publication' && doc.kind === 'agenda' && doc.state === 'published' && doc.content && doc.content.meeting) {
    emit(doc._id, { _id: doc._id, type: doc.type, kind: doc.kind, state: doc.state, version: doc.version,
      firstPublishedAt: doc.firstPublishedAt, publishedAt: doc.publishedAt, publishedBy: doc.publishedBy,
      content: { kind: 'agenda', meeting: doc.content.meeting, items: [] } });
  }
}`;

const CALENDAR_LIST = `function (head, req) {
  var ics = require('lib/ics');
  var docs = [];
  var row;
  while ((row = getRow())) docs.push(row.value);
  var host = String(req.headers.Host || req.headers.host || 'portal');
  var proto = String(req.headers['X-Forwarded-Proto'] || req.headers['x-forwarded-proto'] || 'http');
  var page = proto + '://' + host + '/' + encodeURIComponent(req.info.db_name) + '/_design/portal/index.html';
  start({ headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-cache' } });
  return ics.upcomingMeetingsCalendar(docs, {
    now: new Date(),
    name: this.portal && this.portal.calendarName ? this.portal.calendarName : 'Council meetings',
    uidDomain: host.replace(/:\\d+$/, ''),
    meetingUrl: function (key) { return page + '#/meeting/' + key; }
  });
}`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function portalContentType(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[name.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** Refuses a build that cannot be served from a design document: no index.html, folders, odd names. */
export function checkPortalFiles(files: readonly PortalFile[]): string | null {
  if (!files.some((file) => file.name === 'index.html')) return 'The portal build has no index.html: run `npm run portal:build` first.';
  const odd = files.find((file) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(file.name));
  return odd ? `The portal build has a file CouchDB cannot serve from a design document: ${odd.name}` : null;
}

function configPath(node: string, section: string, key: string): string {
  return `_node/${encodeURIComponent(node).replace(/%40/g, '@')}/_config/${encodeURIComponent(section)}/${encodeURIComponent(key)}`;
}

/** Sets CouchDB's attachment CSP header to the portal's on every node; true when something changed. */
export async function applyAttachmentCsp(client: CouchClient, csp: string, report: (line: string) => void): Promise<boolean> {
  let changed = false;
  for (const node of await serverNodes(client)) {
    for (const [key, value] of [
      ['attachments_enable', 'true'],
      ['attachments_header_value', csp],
    ] as const) {
      const current = await client.request<unknown>('GET', configPath(node, 'csp', key), { accept: [404] });
      const from = current.status === 200 && typeof current.body === 'string' ? current.body : null;
      if (from === value) continue;
      await client.json('PUT', configPath(node, 'csp', key), { body: value });
      report(`${node} [csp] ${key}: ${from === null ? '(not set)' : JSON.stringify(from)} → ${JSON.stringify(value)}`);
      changed = true;
    }
  }
  if (!changed) report('CSP for attachments already the portal’s');
  return changed;
}

export async function uploadPortal(options: PortalUploadOptions): Promise<PortalUploadSummary> {
  const { client, prefix, files } = options;
  const report = options.report ?? (() => undefined);
  const problem = checkPortalFiles(files);
  if (problem) throw new Error(problem);
  const database = publicDatabaseName(prefix);
  const db = encodeURIComponent(database);

  // The public database is prepared by couch:setup (its _security and validation); when it is
  // missing, create it readable by anyone, as the publication contract says.
  const created = await client.request<unknown>('PUT', db, { accept: [412] });
  if (created.status !== 412) {
    await client.json('PUT', `${db}/_security`, { body: { admins: { names: [], roles: [] }, members: { names: [], roles: [] } } });
    report(`${database}: created, readable by anyone`);
  }

  const configFile = (calendarFeed: boolean) =>
    new TextEncoder().encode(`${JSON.stringify({ prefix, ...(calendarFeed ? { calendarFeed: CALENDAR_FEED_PATH } : {}) }, null, 2)}\n`);
  const all = [
    ...files.filter((file) => file.name !== 'portal-config.json'),
    { name: 'portal-config.json', contentType: 'application/json', data: configFile(false) },
  ];
  const existing = await client.request<{ _rev?: string }>('GET', `${db}/${PORTAL_DESIGN_ID}`, { accept: [404] });
  const doc = {
    _id: PORTAL_DESIGN_ID,
    ...(existing.status === 200 && existing.body._rev ? { _rev: existing.body._rev } : {}),
    portal: { uploadedAt: options.now().toISOString(), files: all.map((file) => file.name).sort() },
    ...(options.calendarLib
      ? { language: 'javascript', lib: { ics: options.calendarLib }, views: { upcoming: { map: UPCOMING_MAP } }, lists: { calendar: CALENDAR_LIST } }
      : {}),
    _attachments: Object.fromEntries(all.map((file) => [file.name, { content_type: file.contentType, data: encodeBase64(file.data) }])),
  };
  const stored = await client.json<{ rev: string }>('PUT', `${db}/${PORTAL_DESIGN_ID}`, { body: doc, timeoutMs: 120_000 });
  const bytes = all.reduce((sum, file) => sum + file.data.length, 0);
  report(`${database}/${PORTAL_DESIGN_ID}: ${all.length} files (${Math.round(bytes / 1024)} kB) stored`);

  // The live feed, where the server runs list functions: the portal is told of it only then.
  let calendarUrl: string | null = null;
  if (options.calendarLib) {
    const feedUrl = client.url(`${db}/${PORTAL_DESIGN_ID}/${CALENDAR_FEED_PATH}`);
    const feed = await globalThis.fetch(feedUrl, { credentials: 'omit', cache: 'no-store' }).catch(() => null);
    const text = feed?.ok ? await feed.text() : '';
    if (text.startsWith('BEGIN:VCALENDAR') && (feed?.headers.get('content-type') ?? '').startsWith('text/calendar')) {
      calendarUrl = feedUrl;
      const attachments = { ...doc._attachments, 'portal-config.json': { content_type: 'application/json', data: encodeBase64(configFile(true)) } };
      await client.json('PUT', `${db}/${PORTAL_DESIGN_ID}`, { body: { ...doc, _rev: stored.rev, _attachments: attachments }, timeoutMs: 120_000 });
      report(`calendar feed: ${feedUrl}`);
    } else {
      report(`calendar feed: this server does not run list functions (${feed ? feed.status : 'no answer'}); the portal offers the calendar as a download`);
    }
  }

  const cspChanged = await applyAttachmentCsp(client, options.csp, report);

  // Can a resident (no account) read it? CouchDB 3 makes new databases admin-only.
  const anonymous = await globalThis.fetch(client.url(`${db}/${PORTAL_DESIGN_ID}/index.html`), { credentials: 'omit', cache: 'no-store' }).catch(() => null);
  const anonymousReadable = anonymous?.ok === true;
  if (!anonymousReadable) report(`${database} is not readable without an account: the portal needs its _security members to be empty`);
  return { database, url: client.url(`${db}/${PORTAL_DESIGN_ID}/index.html`), files: all.length, bytes, cspChanged, anonymousReadable, calendarUrl };
}
