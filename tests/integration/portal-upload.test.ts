/**
 * `couch:setup --portal`: the built portal stored in the public database as `_design/portal`
 * and served by the server itself, to anyone, and running there: Chromium opens it from the
 * server and reads the publications. Against pouchdb-server, or Apache CouchDB 3.5 with
 * QUORUM_TEST_SERVER=couchdb, where the attachments' CSP header must become the portal's
 * (CouchDB's default, `sandbox`, would stop its script).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient } from '../../shared/couch/http';
import ICAL from 'ical.js';
import { checkPortalFiles, uploadPortal, type PortalFile } from '../../shared/couch/portal-upload';
import { calendarLibrary, readPortalFiles } from '../../scripts/portal-files';
import { portalHeaderCsp, serializePolicy } from '../../renderer/portal/src/csp';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { seedPortal } from '../e2e/support/portal-fixtures';
import { ADMIN, startSyncServer, type TestSyncServer } from './support/sync-server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PREFIX = 'quorum_portal_upload_';

let server: TestSyncServer;
let buildDir: string;
let files: PortalFile[];

beforeAll(async () => {
  buildDir = mkdtempSync(path.join(os.tmpdir(), 'quorum-portal-build-'));
  execFileSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.portal.config.ts', '--logLevel', 'error'],
    {
      cwd: projectRoot,
      env: { ...process.env, QUORUM_PORTAL_OUT: buildDir },
      stdio: 'pipe',
    },
  );
  files = readPortalFiles(buildDir);
  server = await startSyncServer();
}, 120_000);

afterAll(async () => {
  await server?.dispose();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

describe('couch:setup --portal', () => {
  it('refuses a build without index.html or with folders', () => {
    expect(checkPortalFiles([{ name: 'main.js', contentType: 'text/javascript', data: new Uint8Array() }])).toMatch(/no index.html/);
    expect(checkPortalFiles([...files, { name: 'assets/x.js', contentType: 'text/javascript', data: new Uint8Array() }])).toMatch(/assets\/x.js/);
  });

  it('stores the portal, serves it to anyone with the portal’s CSP, and it runs there', async () => {
    const client = new CouchClient({ serverUrl: server.url, ...ADMIN });
    const csp = serializePolicy(portalHeaderCsp());
    const lines: string[] = [];
    const calendarLib = calendarLibrary();
    const summary = await uploadPortal({ client, prefix: PREFIX, files, csp, calendarLib, now: () => new Date(), report: (line) => lines.push(line) });
    expect(summary.url).toBe(`${server.url}${PREFIX}public/_design/portal/index.html`);
    expect(summary.anonymousReadable).toBe(true);
    expect(lines.join('\n')).toContain('_design/portal');

    // Anyone reads it, with no account.
    const page = await fetch(summary.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    if (server.kind === 'couchdb') expect(page.headers.get('content-security-policy')).toBe(csp);
    const config = (await (await fetch(`${server.url}${PREFIX}public/_design/portal/portal-config.json`)).json()) as unknown;
    // CouchDB runs the calendar's list function (QuickJS); pouchdb-server does not, and then the
    // portal is not told of a feed (it offers the download built in the browser).
    const feedPath = `${PREFIX}public/_design/portal/_list/calendar/upcoming`;
    if (server.kind === 'couchdb') {
      expect(summary.calendarUrl).toBe(`${server.url}${feedPath}`);
      expect(config).toEqual({ prefix: PREFIX, calendarFeed: '_list/calendar/upcoming' });
    } else {
      expect(config).toEqual(summary.calendarUrl ? { prefix: PREFIX, calendarFeed: '_list/calendar/upcoming' } : { prefix: PREFIX });
    }

    // Again: the design document is updated, nothing else changes.
    const again = await uploadPortal({ client, prefix: PREFIX, files, csp, calendarLib, now: () => new Date() });
    expect(again.cspChanged).toBe(false);

    // Chromium opens the portal from the server and reads the publications there.
    const seeded = await seedPortal({ serverUrl: server.url, admin: ADMIN, prefix: PREFIX });
    if (summary.calendarUrl) {
      const feed = await fetch(summary.calendarUrl);
      const feedText = await feed.text();
      expect(feed.headers.get('content-type'), feedText).toContain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(feedText) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([seeded.upcoming.startsAt, seeded.corrected.startsAt]);
      expect(events[0]?.description).toContain('/_design/portal/index.html#/meeting/oc-10-2026');
    }
    const executablePath = chromiumPath();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(`${summary.url}#/register`);
      await tab.getByRole('heading', { name: 'Resolutions register' }).waitFor();
      await tab.getByText('3 resolutions.').waitFor();
      expect(await tab.title()).toBe('Resolutions register – Mopane Ridge Local Municipality');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
