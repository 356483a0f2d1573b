/**
 * Publishing for residents (issue 19): a secretary publishes a meeting's agenda that holds an
 * in-committee item; a plain anonymous HTTP read of the public database has the agenda and no
 * trace of that item; withdrawing shows as withdrawn there, and a correction publishes it again
 * as version 2. The public portal, served by `npm run portal` against the same server and read
 * by an anonymous browser, shows each of those states and offers the .docx, with no trace of the
 * in-committee item. A viewer sees "Publish agenda" disabled, with the reason.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { createAccount } from '../integration/support/couch';
import { AppShell } from './pages/AppShell';
import { DocumentsSettingsPage } from './pages/DocumentsSettingsPage';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { MembersPage } from './pages/SetupPages';
import { WelcomePage } from './pages/WelcomePage';
import { connectTo, demoOnServer, joinAs } from './support/laptops';
import { startPortal } from './support/portal-server';
import { THULI, expect, test } from './support/sync-fixtures';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

  const sync = await demoOnServer(page, syncServer);

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
    // The withdrawn meeting keeps the name and date residents knew it by, never its key.
    await expect(rp.getByRole('heading', { name: 'Finance Portfolio Committee', level: 1 })).toBeVisible();
    await rp.goto(`http://127.0.0.1:${portalPort}/#/`);
    const withdrawnList = rp.getByRole('region', { name: 'Withdrawn documents' });
    await expect(withdrawnList.getByRole('link', { name: 'Finance Portfolio Committee' })).toBeVisible({ timeout: 30_000 });
    await expect(withdrawnList).toContainText(`FPC 11/${year}`);
    await expect(withdrawnList).not.toContainText(`FPC-11-${year}`);
    await rp.screenshot({ path: test.info().outputPath('portal-withdrawn.png'), fullPage: true });
    await rp.goto(meetingUrl);

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
  const vp = (await joinAs(browser, syncServer, 'Vusi Viewer', viewerAccount)).page;
  await openFinanceMeeting(vp);
  const viewerAgenda = vp.getByRole('region', { name: 'Public agenda' });
  await expect(viewerAgenda.getByRole('status')).toHaveText(/^Published version 2 on .* by Thuli Secretary/);
  const viewerPublish = viewerAgenda.getByRole('button', { name: 'Publish agenda' });
  await expect(viewerPublish).toBeDisabled();
  await expect(viewerPublish).toHaveAccessibleDescription('Your account (viewer) may read what is published but not publish: that needs the secretariat role.');
  await expect(viewerAgenda.getByRole('button', { name: 'Withdraw' })).toBeDisabled();
  await vp.context().close();
});

test('confirmed minutes and the resolution register, published from the app, are what residents read, with nothing taken in committee', async ({
  page,
  browser,
  syncServer,
  serverProcess,
  portalPort,
}) => {
  test.setTimeout(300_000);
  const year = new Date().getFullYear();
  const publicDb = `${serverProcess.url}${syncServer.prefix}public`;
  await demoOnServer(page, syncServer);

  /** The last Council meeting, OC 09 (the demo's next one, OC 10, has the same title). */
  const openPastCouncil = async () => {
    await new AppShell(page).goTo('Meetings');
    await page
      .getByRole('table', { name: 'Meetings' })
      .getByRole('row')
      .filter({ hasText: `OC 09/${year}` })
      .getByRole('link')
      .click();
    await expect(page.getByRole('heading', { name: 'Ordinary Council Meeting', level: 1 })).toBeVisible();
  };
  // The municipality's own letterhead, which the public Word documents carry too.
  const letterheadSettings = new DocumentsSettingsPage(page);
  await letterheadSettings.open();
  const template = await Packer.toBuffer(
    new Document({
      sections: [
        { children: [new Paragraph('OFFICIAL LETTERHEAD OF {{municipality}}'), new Paragraph('{{content}}'), new Paragraph('Published by Council Support')] },
      ],
    }),
  );
  await letterheadSettings.chooseTemplate({ name: 'Letterhead.docx', mimeType: WORD, buffer: template });
  await expect(letterheadSettings.inUse()).toContainText('In use: Letterhead.docx');

  // The draft minutes of the last Council meeting hold an item taken in committee.
  await openPastCouncil();
  const minutesPanel = page.getByRole('region', { name: 'Public minutes' });
  await expect(minutesPanel.getByRole('button', { name: 'Publish minutes' })).toBeDisabled();
  await expect(minutesPanel).toContainText('Minutes are published once they are confirmed (now: minutes draft).');

  // Council confirms them at its next meeting (today, from midnight).
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Johannesburg' }).format(new Date());
  await meetings.fillSchedule({ body: 'Council', title: 'Council meeting to confirm the minutes', date: today, start: '00:00', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: 'Council meeting to confirm the minutes', level: 1 })).toBeVisible();
  const next = new MeetingPage(page);
  await next.step('Issue notice');
  await next.step('Open the meeting');
  await next.tab('Minutes');
  await next.openItem(/Confirmation of the minutes/);
  await page.getByRole('combobox', { name: 'Minutes to confirm' }).click();
  await page.getByRole('option', { name: /Ordinary Council Meeting/ }).click();
  await page.getByRole('button', { name: 'Confirm these minutes' }).click();
  await page.getByRole('dialog', { name: 'Confirm minutes' }).getByRole('button', { name: 'Confirm minutes' }).click();
  await expect(page.getByText(/The minutes of the Ordinary Council Meeting of .* were confirmed under this item/)).toBeVisible();

  // The secretary publishes the confirmed minutes, then Council's register.
  await openPastCouncil();
  await minutesPanel.getByRole('button', { name: 'Publish minutes' }).click();
  await expect(minutesPanel.getByRole('status', { name: 'Public minutes status' })).toHaveText(/^Published version 1 on .* by Thuli Secretary\.$/);
  await expect(minutesPanel.getByText('On the server: residents see this version.')).toBeVisible({ timeout: 30_000 });

  await new AppShell(page).goTo('Resolutions');
  const filters = page.getByRole('search', { name: 'Filter the register' });
  await filters.getByRole('combobox', { name: 'Body' }).click();
  await page.getByRole('option', { name: 'Council', exact: true }).click();
  const registerPanel = page.getByRole('region', { name: 'Public resolution register' });
  await registerPanel.getByRole('button', { name: 'Publish resolution register' }).click();
  await expect(registerPanel.getByText('On the server: residents see this version.')).toBeVisible({ timeout: 30_000 });

  // What anyone can read over HTTP has the public business and nothing from the committee.
  const minutesDoc = await (await fetch(`${publicDb}/minutes:oc-09-${year}`)).text();
  expect(minutesDoc).toContain('Adjustment budget: water infrastructure');
  expect(minutesDoc).not.toContain('Council considered the legal opinion in committee.');
  expect(minutesDoc).not.toContain('Legal opinion on a labour dispute');
  const publicWord = async (id: string) => {
    const response = await fetch(`${publicDb}/${encodeURIComponent(id)}/${id.replace(':', '-')}.docx`);
    expect(response.status, id).toBe(200);
    return (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;
  };
  for (const id of [`minutes:oc-09-${year}`, 'register:c']) {
    const text = await publicWord(id);
    expect(text, id).toContain('OFFICIAL LETTERHEAD OF Mopane Ridge Local Municipality');
    expect(text, id).toContain('Adjustment budget: water infrastructure');
    expect(text, id).not.toContain('legal opinion');
  }

  const portal = await startPortal(portalPort, serverProcess.url, syncServer.prefix);
  const resident = await browser.newContext({ locale: 'en-ZA', timezoneId: 'Africa/Johannesburg', viewport: { width: 1366, height: 768 } });
  try {
    const rp = await resident.newPage();
    await rp.goto(`http://127.0.0.1:${portalPort}/#/meeting/oc-09-${year}`);
    const publicMinutes = rp.getByRole('region', { name: 'Minutes' });
    await expect(publicMinutes).toContainText('Confirmed on', { timeout: 30_000 });
    await expect(publicMinutes).toContainText('Adjustment budget: water infrastructure');
    await expect(publicMinutes).toContainText('THAT the adjustment budget for the refurbishment of the Mopane Ridge water treatment works be approved.');
    await expect(publicMinutes).toContainText('to be renamed. The member left the meeting for this item.');
    await expect(publicMinutes).toContainText('11.1 Confidential itemTaken in committee: not published.');
    await expect(rp.locator('body')).not.toContainText('legal opinion in committee');
    await rp.screenshot({ path: test.info().outputPath('portal-published-minutes.png'), fullPage: true });

    await rp.goto(`http://127.0.0.1:${portalPort}/#/register`);
    const results = rp.getByRole('region', { name: 'Resolutions' });
    await expect(results).toContainText('Street naming in Ward 4', { timeout: 30_000 });
    await rp.getByRole('searchbox', { name: 'Search the resolutions' }).fill('water');
    await expect(results).toContainText('Adjustment budget: water infrastructure');
    await expect(results).not.toContainText('Street naming in Ward 4');
    await rp.screenshot({ path: test.info().outputPath('portal-published-register.png'), fullPage: true });
  } finally {
    await resident.close();
    portal.kill('SIGTERM');
  }
});

test('a municipality set up from empty publishes its first agenda under its own name; operations may not publish', async ({
  page,
  browser,
  syncServer,
  serverProcess,
  portalPort,
}) => {
  test.setTimeout(300_000);
  const operations = { username: `olga-${randomUUID().slice(0, 6)}`, password: 'olga-e2e-pass' };
  await createAccount(serverProcess, operations.username, operations.password, ['operations']);
  await new WelcomePage(page).open();
  await new WelcomePage(page).startOwn('Naledi Secretary', 'Kopano Local Municipality');
  const members = new MembersPage(page);
  await new AppShell(page).goTo('Members & committees');
  for (const name of ['Thandeka Mokoena', 'Pieter Botha', 'Lerato Nkosi']) {
    await members.save(await members.addPerson('Councillors', { fullName: name, seat: 'Proportional representation' }));
  }
  await members.save(await members.fillBody({ name: 'Council', code: 'C', kind: 'Council', members: ['Thandeka Mokoena', 'Pieter Botha', 'Lerato Nkosi'] }));

  // The first meeting, a fortnight ahead, with the template's agenda; notice issued.
  const date = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({ body: 'Council', date, start: '10:00', venue: 'Kopano Council Chamber' });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { level: 1, name: /Council Meeting/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`OC 01/${date.slice(0, 4)}`);
  const meeting = new MeetingPage(page);
  await meeting.step('Issue notice');
  const sync = await connectTo(page, syncServer, THULI);
  await new AppShell(page).goTo('Meetings');
  await page
    .getByRole('table', { name: 'Meetings' })
    .getByRole('link', { name: /Council Meeting/ })
    .click();

  const agenda = page.getByRole('region', { name: 'Public agenda' });
  await agenda.getByRole('button', { name: 'Publish agenda' }).click();
  await expect(agenda.getByRole('status', { name: 'Public agenda status' })).toHaveText(/^Published version 1 on .* by Naledi Secretary\.$/);
  await expect(agenda.getByText('On the server: residents see this version.')).toBeVisible({ timeout: 30_000 });

  // Residents find it under the municipality's own name, with its Word agenda.
  const portal = await startPortal(portalPort, serverProcess.url, syncServer.prefix);
  const resident = await browser.newContext({ locale: 'en-ZA', timezoneId: 'Africa/Johannesburg', viewport: { width: 1366, height: 768 } });
  try {
    const rp = await resident.newPage();
    await rp.goto(`http://127.0.0.1:${portalPort}/#/`);
    await expect(rp.locator('body')).toContainText('Kopano Local Municipality', { timeout: 30_000 });
    await rp
      .getByRole('link', { name: /Council Meeting/ })
      .first()
      .click();
    const publicAgenda = rp.getByRole('region', { name: 'Agenda' });
    await expect(publicAgenda.getByRole('heading').first()).toBeVisible({ timeout: 30_000 });
    await expect(rp.locator('body')).toContainText('Kopano Council Chamber');
    // One reference everywhere: the portal says what the app and its Word agenda say.
    const reference = `OC 01/${date.slice(0, 4)}`;
    await expect(rp.getByRole('definition').filter({ hasText: /^OC / })).toHaveText(reference);
    const [docx] = await Promise.all([
      rp.waitForEvent('download'),
      publicAgenda.getByRole('link', { name: /^Download the agenda as a Word document/ }).click(),
    ]);
    const docxPath = await docx.path();
    const docxText = (await mammoth.extractRawText({ path: docxPath })).value;
    expect(docxText).toContain('Notice is hereby given that an ordinary meeting of Council');
    expect(docxText).toContain(`${reference} (ordinary meeting)`);
    // The municipality's name heads the first page (a Word header, which mammoth does not read).
    const zip = await JSZip.loadAsync(await readFile(docxPath));
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(headers.join('')).toContain('Kopano Local Municipality');
    await rp.screenshot({ path: test.info().outputPath('portal-from-empty.png'), fullPage: true });
  } finally {
    await resident.close();
    portal.kill('SIGTERM');
  }
  await sync.expectStatus(/Up to date/, 60_000);

  // An operations laptop sees what is published, and may not publish or withdraw it.
  const op = (await joinAs(browser, syncServer, 'Olga Operations', operations)).page;
  await new AppShell(op).goTo('Meetings');
  await op
    .getByRole('table', { name: 'Meetings' })
    .getByRole('link', { name: /Council Meeting/ })
    .click();
  const opAgenda = op.getByRole('region', { name: 'Public agenda' });
  await expect(opAgenda.getByRole('status')).toHaveText(/^Published version 1 on .* by Naledi Secretary/);
  await expect(opAgenda.getByRole('button', { name: 'Withdraw' })).toBeDisabled();
  await expect(opAgenda.getByRole('button', { name: 'Withdraw' })).toHaveAccessibleDescription(/operations.*secretariat role/);
  await op.context().close();
});
