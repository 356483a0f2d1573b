/**
 * Publishing for residents (issue 19): a secretary publishes a meeting's agenda that holds an
 * in-committee item; a plain anonymous HTTP read of the public database has the agenda and no
 * trace of that item; withdrawing shows as withdrawn there, and a correction publishes it again
 * as version 2. The public portal, served by `npm run portal` against the same server and read
 * by an anonymous browser, shows each of those states and offers the .docx, with no trace of the
 * in-committee item. A viewer sees "Publish agenda" disabled, with the reason.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { createAccount } from '../integration/support/couch';
import { AppShell } from './pages/AppShell';
import { MeetingPage } from './pages/MeetingPage';
import { SyncSettingsPage } from './pages/SyncSettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { startPortal } from './support/portal-server';
import { THULI, expect, test } from './support/sync-fixtures';

async function openFinanceMeeting(page: Page): Promise<MeetingPage> {
  await new AppShell(page).goTo('Meetings');
  await page.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: 'Finance Portfolio Committee' }).click();
  await expect(page.getByRole('heading', { name: 'Finance Portfolio Committee', level: 1 })).toBeVisible();
  return new MeetingPage(page);
}

test('a secretary publishes, withdraws and corrects an agenda with nothing in committee in it; a viewer may not publish', async ({
  page,
  browser,
  syncServer,
  serverProcess,
  portalPort,
}) => {
  test.setTimeout(300_000);
  const secret = `SECRET-${randomUUID().slice(0, 6)}`;
  const viewerAccount = { username: `vusi-${secret.slice(7)}`, password: 'vusi-e2e-pass' };
  await createAccount(serverProcess, viewerAccount.username, viewerAccount.password, ['viewer']);
  const publicDb = `${serverProcess.url}${syncServer.prefix}public`;
  /** A plain HTTP read, as anyone on the internet would make it: no account. */
  const readPublic = async () => {
    const response = await fetch(`${publicDb}/_all_docs?include_docs=true`);
    expect(response.status).toBe(200);
    return response.text();
  };

  await new WelcomePage(page).open();
  await new WelcomePage(page).loadDemo('Thuli Secretary');
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.saveAndConnect({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...THULI });
  await sync.expectStatus(/Up to date/, 120_000);

  const meeting = await openFinanceMeeting(page);
  await meeting.addItem({
    title: `${secret} disciplinary matter`,
    placement: /^After 5\.2 Debt collection/,
    presenter: `${secret} presenter`,
    inCommittee: true,
    lateReason: 'Received after the notice',
  });
  const panel = page.getByRole('region', { name: 'Published for residents' });
  const agenda = panel.getByRole('region', { name: 'Public agenda' });
  const status = agenda.getByRole('status', { name: 'Public agenda status' });
  await expect(status).toHaveText('Not published.');
  // Minutes are not confirmed: their button says why it is disabled.
  const minutes = panel.getByRole('region', { name: 'Public minutes' });
  await expect(minutes.getByRole('button', { name: 'Publish minutes' })).toBeDisabled();
  await expect(minutes).toContainText('Minutes are published once they are confirmed (now: notice issued).');

  await agenda.getByRole('button', { name: 'Publish agenda' }).click();
  await expect(status).toHaveText(/^Published version 1 on \d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} by Thuli Secretary\.$/);
  await expect(agenda.getByText('On the server: residents see this version.')).toBeVisible({ timeout: 30_000 });
  await expect(agenda.getByRole('button', { name: 'Publish agenda' })).toBeDisabled();
  await page.setViewportSize({ width: 1366, height: 768 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('publish-panel.png') });

  const year = new Date().getFullYear();
  const published = await readPublic();
  expect(published).toContain(`"_id":"agenda:fpc-11-${year}"`);
  expect(published).toContain('"title":"Debt collection and credit control"');
  expect(published).toContain('"number":"5.2A","title":"Confidential item","summary":[],"withheld":true');
  expect(published).toContain(`agenda-fpc-11-${year}.docx`);
  expect(published).not.toContain(secret);
  expect(published).not.toContain('demo-');

  // The portal, as a resident reads it: no account, another browser, another origin.
  const portal = await startPortal(portalPort, serverProcess.url, syncServer.prefix);
  const resident = await browser.newContext({ locale: 'en-ZA', timezoneId: 'Africa/Johannesburg', viewport: { width: 1366, height: 768 } });
  try {
    const rp = await resident.newPage();
    const meetingUrl = `http://127.0.0.1:${portalPort}/#/meeting/fpc-11-${year}`;
    await rp.goto(meetingUrl);
    const publicAgenda = rp.getByRole('region', { name: 'Agenda' });
    await expect(publicAgenda.getByRole('heading', { name: '5.2 Debt collection and credit control' })).toBeVisible({ timeout: 30_000 });
    await expect(publicAgenda.getByRole('heading', { name: '5.2A Confidential item' })).toBeVisible();
    await expect(publicAgenda).toContainText('Taken in committee: not published.');
    await expect(rp.locator('body')).not.toContainText(secret);
    const [docx] = await Promise.all([
      rp.waitForEvent('download'),
      publicAgenda.getByRole('link', { name: /^Download the agenda as a Word document/ }).click(),
    ]);
    const docxText = (await mammoth.extractRawText({ path: await docx.path() })).value;
    expect(docxText).toContain('Debt collection and credit control');
    expect(docxText).not.toContain(secret);
    await rp.screenshot({ path: test.info().outputPath('portal-published-agenda.png'), fullPage: true });

    await agenda.getByRole('button', { name: 'Withdraw' }).click();
    const withdrawDialog = page.getByRole('dialog', { name: 'Withdraw the public agenda' });
    await withdrawDialog.getByRole('textbox', { name: 'Reason for withdrawing' }).fill('The meeting <b>moves</b> to another venue.');
    await withdrawDialog.getByRole('button', { name: 'Withdraw' }).click();
    await expect(status).toHaveText(/^Withdrawn on .*: The meeting <b>moves<\/b> to another venue\. \(was version 1, published by Thuli Secretary\)\.$/);
    await expect(agenda.getByText('On the server: residents see this version.')).toBeVisible({ timeout: 30_000 });
    const withdrawn = JSON.parse(await (await fetch(`${publicDb}/agenda:fpc-11-${year}`)).text()) as Record<string, unknown>;
    expect(withdrawn).toMatchObject({ state: 'withdrawn', version: 1, withdrawal: { reason: 'The meeting <b>moves</b> to another venue.' } });
    expect(withdrawn.content).toBeUndefined();
    await rp.goto(meetingUrl);
    await rp.reload();
    await expect(rp.getByRole('region', { name: 'Agenda' })).toContainText(
      /This agenda was withdrawn on .*Reason: The meeting <b>moves<\/b> to another venue\./,
      { timeout: 30_000 },
    );

    await agenda.getByRole('button', { name: 'Publish a correction' }).click();
    const correctionDialog = page.getByRole('dialog', { name: 'Publish a correction of the agenda' });
    await correctionDialog.getByRole('textbox', { name: 'What was corrected' }).fill('The venue is the Council Chamber again.');
    await correctionDialog.getByRole('button', { name: 'Publish the correction' }).click();
    await expect(status).toHaveText(/^Published version 2 on .* by Thuli Secretary \(a correction\)\. Corrected: The venue is the Council Chamber again\.$/);
    await expect(agenda.getByText('On the server: residents see this version.')).toBeVisible({ timeout: 30_000 });
    const corrected = JSON.parse(await (await fetch(`${publicDb}/agenda:fpc-11-${year}`)).text()) as Record<string, unknown>;
    expect(corrected).toMatchObject({ state: 'published', version: 2, correction: { note: 'The venue is the Council Chamber again.' } });
    expect(JSON.stringify(corrected)).not.toContain(secret);
    await rp.reload();
    await expect(rp.getByRole('region', { name: 'Agenda' })).toContainText(/Corrected on .*: The venue is the Council Chamber again\./, { timeout: 30_000 });
    await expect(rp.locator('body')).not.toContainText(secret);
  } finally {
    await resident.close();
    portal.kill('SIGTERM');
  }
  await sync.expectStatus(/Up to date/, 60_000);

  // A viewer's laptop: the panel shows what is published, and Publish is disabled with the reason.
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL ?? '',
    locale: 'en-ZA',
    timezoneId: 'Africa/Johannesburg',
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 768 },
  });
  const vp = await context.newPage();
  await new WelcomePage(vp).open();
  await vp.getByLabel('Your name').fill('Vusi Viewer');
  await vp.getByRole('radio', { name: /Join my municipality's Quorum server/ }).check();
  await vp.getByRole('button', { name: 'Continue' }).click();
  const viewerSync = new SyncSettingsPage(vp);
  await viewerSync.fill({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...viewerAccount });
  await viewerSync.form().getByRole('button', { name: 'Save and connect' }).click();
  await expect(vp.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 90_000 });
  await viewerSync.expectStatus(/Up to date/, 90_000);
  await openFinanceMeeting(vp);
  const viewerAgenda = vp.getByRole('region', { name: 'Public agenda' });
  await expect(viewerAgenda.getByRole('status')).toHaveText(/^Published version 2 on .* by Thuli Secretary/);
  const viewerPublish = viewerAgenda.getByRole('button', { name: 'Publish agenda' });
  await expect(viewerPublish).toBeDisabled();
  await expect(viewerPublish).toHaveAccessibleDescription('Your account (viewer) may read what is published but not publish: that needs the secretariat role.');
  await expect(viewerAgenda.getByRole('button', { name: 'Withdraw' })).toBeDisabled();
  await context.close();
});
