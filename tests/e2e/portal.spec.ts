/**
 * The public portal (issue 19, parts 3 and 4), built (`npm run portal:build`) and served by
 * `npm run portal` against a sync server seeded with publications of the contract's shape, read
 * anonymously: the home page lists the meetings, a meeting's agenda reads and its .docx
 * downloads, withdrawn and corrected documents say so, the register filters and searches, the
 * calendar feed parses with a calendar library, and axe finds no violation on any page at
 * 360 px and 1366 px. One page session walks through it all.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { ADMIN, freePort, startSyncServer, type TestSyncServer } from '../integration/support/sync-server';
import { HOSTILE_TITLE, seedPortal, type SeededPortal } from './support/portal-fixtures';
import { startPortal } from './support/portal-server';

interface Portal {
  url: string;
  seeded: SeededPortal;
}

const test = base.extend<object, { portal: Portal }>({
  portal: [
    async ({ playwright: _playwright }, use) => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      const server: TestSyncServer = await startSyncServer({ origins: [`http://127.0.0.1:${port}`] });
      let child: ChildProcess | null = null;
      try {
        const prefix = `quorum_portal_${Date.now().toString(36)}_`;
        const seeded = await seedPortal({ serverUrl: server.url, admin: ADMIN, prefix });
        child = await startPortal(port, server.url, prefix);
        await use({ url, seeded });
      } finally {
        child?.kill('SIGTERM');
        await server.dispose();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

/** axe at both widths, and a screenshot of each to look at. */
async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(violations, `axe on the ${name} page at ${width} px`).toEqual([]);
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: testInfo.outputPath(`portal-${name}-${width}.png`), fullPage: true });
  }
}

test('a resident reads the meetings, agendas, minutes and register, downloads the .docx and the calendar', async ({ page, portal, request }, testInfo) => {
  // One session through every page, with axe twice on each: about 40 s on a loaded two-core machine.
  test.setTimeout(120_000);
  const { seeded } = portal;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text())) errors.push(message.text());
  });

  // Home: the municipality's name and logo, the next meetings by body, the past ones, the withdrawn.
  await page.goto(portal.url);
  await expect(page).toHaveTitle('Meetings – Mopane Ridge Local Municipality');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'Mopane Ridge Local Municipality' })).toBeVisible();
  await expect(banner.locator('img')).toHaveJSProperty('naturalWidth', 64);
  const nextCouncil = page.getByRole('list', { name: 'Next meetings of the Ordinary Council' });
  await expect(nextCouncil.getByRole('link', { name: seeded.upcoming.title })).toBeVisible();
  await expect(nextCouncil).toContainText('10:00–13:00');
  await expect(page.getByRole('list', { name: 'Next meetings of the Finance Committee' })).toContainText('Agenda (corrected)');
  await expect(page.getByRole('list', { name: 'Past meetings' })).toContainText(seeded.past.reference);
  await expect(page.getByRole('region', { name: 'Withdrawn documents' })).toContainText('Agenda withdrawn');
  await checkPage(page, testInfo, 'home');

  // The .ics feed: served live by `npm run portal`, and built in the browser as a download.
  const feed = await request.get(`${portal.url}calendar.ics`);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const feedEvents = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(feedEvents.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.location])).toEqual([
    [`${seeded.upcoming.bodyName}: ${seeded.upcoming.title}`, seeded.upcoming.startsAt, seeded.upcoming.venue],
    [`${seeded.corrected.bodyName}: ${seeded.corrected.title}`, seeded.corrected.startsAt, seeded.corrected.venue],
  ]);
  const [calendarDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the meeting calendar (.ics)' }).click(),
  ]);
  expect(calendarDownload.suggestedFilename()).toBe('meetings.ics');
  const downloaded = new ICAL.Component(ICAL.parse(readFileSync(await calendarDownload.path(), 'utf8')) as unknown[]);
  expect(downloaded.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid)).toEqual(feedEvents.map((e) => e.uid));

  // A meeting: its details, its public agenda (markup literal), its Word document.
  await nextCouncil.getByRole('link', { name: seeded.upcoming.title }).click();
  await expect(page).toHaveTitle(`${seeded.upcoming.title} – Mopane Ridge Local Municipality`);
  await expect(page.getByRole('heading', { level: 1, name: seeded.upcoming.title })).toBeFocused();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('heading', { name: '3. Water tariffs: public comments' })).toBeVisible();
  await expect(agenda).toContainText('Late item. Reason: Storm damage after the notice was issued.');
  await expect(agenda.getByText('Report <i>not</i> markup.')).toBeVisible();
  await expect(agenda.getByRole('heading', { name: '2.1 Confidential item' })).toBeVisible();
  await expect(agenda).toContainText('Taken in committee: not published.');
  await expect(agenda).toContainText('by Thuli Mokoena');
  await expect(page.getByRole('region', { name: 'Minutes' })).toContainText('not published yet');
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    agenda.getByRole('link', { name: /^Download the agenda as a Word document \(\.docx, \d+ kB\)$/ }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe(seeded.agendaFileName);
  const text = (await mammoth.extractRawText({ path: await docx.path() })).value;
  expect(text).toContain('OC 10/2026');
  await checkPage(page, testInfo, 'meeting');

  // The printable agenda: the letterhead and the document; the site's chrome left out in print.
  await agenda.getByRole('link', { name: 'Printable agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Agenda: ${seeded.upcoming.title}` })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Civic Centre, 1 Baobab Street');
  await checkPage(page, testInfo, 'document');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '4. Road repairs in Ward 7' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('portal-document-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Withdrawn and corrected documents say so.
  await page.goto(`${portal.url}#/meeting/${seeded.withdrawnKey}`);
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText(
    /This agenda was withdrawn on \d{2} \w{3} \d{4} at \d{2}:\d{2}\. Reason: The special meeting was postponed\./,
  );
  await page.goto(`${portal.url}#/meeting/fin-4-2026`);
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText(
    /Corrected on \d{2} \w{3} \d{4} at \d{2}:\d{2}: The venue was corrected to Committee Room 2\./,
  );

  // Past meeting: its confirmed minutes with the resolutions, markup shown as typed.
  await page.goto(`${portal.url}#/meeting/oc-9-2026`);
  const minutes = page.getByRole('region', { name: 'Minutes' });
  await expect(minutes).toContainText('Confirmed on');
  await expect(minutes).toContainText('Cllr N. Dlamini (Speaker); Cllr P. van Wyk; Cllr T. Mahlangu');
  await expect(minutes.getByRole('heading', { name: `Resolution C 42/2026: ${HOSTILE_TITLE}` })).toBeVisible();
  await checkPage(page, testInfo, 'minutes');

  // The register: filters by body, year and status, and searches; the filter stays in the address.
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Resolutions register' }).click();
  const count = page.getByRole('status');
  await expect(count).toHaveText('3 resolutions.');
  await page.getByLabel('Body').selectOption({ label: 'Finance Committee' });
  await expect(count).toHaveText('1 resolution of 3 match.');
  await expect(page.getByRole('heading', { name: 'Resolution F 7/2025: Debt collection policy reviewed' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page.getByLabel('Year').selectOption('2025');
  await expect(count).toHaveText('1 resolution of 3 match.');
  await page.getByLabel('Year').selectOption('');
  await page.getByLabel('Status').selectOption('Implemented');
  await expect(count).toHaveText('1 resolution of 3 match.');
  await expect(page.getByRole('heading', { name: `Resolution C 42/2026: ${HOSTILE_TITLE}` })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page.getByRole('searchbox', { name: 'Search the resolutions' }).fill('water TARIFFS');
  await expect(count).toHaveText('1 resolution of 3 match.');
  await expect(page.getByRole('heading', { name: 'Resolution C 41/2026: Water tariffs for 2026/27' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the resolutions' }).fill('<b>tariffs</b>');
  await expect(page.getByRole('heading', { name: /^Resolution C 42\/2026/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the resolutions' }).fill('no such words');
  await expect(count).toHaveText('0 resolutions of 3 match.');
  await page.getByRole('searchbox', { name: 'Search the resolutions' }).fill('dlamini');
  await page.getByLabel('Body').selectOption({ label: 'Ordinary Council' });
  await page.reload();
  await expect(page.getByLabel('Body')).toHaveValue('OC');
  await expect(page.getByRole('searchbox', { name: 'Search the resolutions' })).toHaveValue('dlamini');
  await expect(count).toHaveText('1 resolution of 3 match.');
  await checkPage(page, testInfo, 'register');

  // Nothing typed as markup ran, and the CSP refused nothing the portal needs.
  expect(await page.evaluate(() => document.title)).not.toContain('pwned');
  expect(errors).toEqual([]);
});
