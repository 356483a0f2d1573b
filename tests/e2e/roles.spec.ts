/**
 * The app knows the account's role (issue 14): a municipality synced by a secretary, joined by a
 * viewer and by an operations officer on their own laptops. The viewer's Quorum is read-only,
 * with the reason on the page, and nothing she touches waits to be sent; the operations officer
 * logs a query but cannot open a meeting's minutes for editing.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createAccount, setAccountRoles } from '../integration/support/couch';
import { AppShell } from './pages/AppShell';
import { MeetingPage } from './pages/MeetingPage';
import { QueriesPage } from './pages/QueriesPage';
import { expect, test } from './support/sync-fixtures';
import { demoOnServer, joinAs } from './support/laptops';

function openFinanceMinutes(page: Page): Promise<MeetingPage> {
  return MeetingPage.openMinutes(page, 'Finance Portfolio Committee', /^1 Opening and welcome/);
}

test('a viewer reads everything and can start no edit; operations logs a query but cannot edit minutes', async ({
  page,
  browser,
  syncServer,
  serverProcess,
}) => {
  test.setTimeout(360_000);
  const run = randomUUID().slice(0, 6);
  const viewerAccount = { username: `vusi-${run}`, password: 'vusi-e2e-pass' };
  const operationsAccount = { username: `lerato-${run}`, password: 'lerato-e2e-pass' };
  await createAccount(serverProcess, viewerAccount.username, viewerAccount.password, ['viewer']);
  await createAccount(serverProcess, operationsAccount.username, operationsAccount.password, ['operations']);

  // The secretariat puts the municipality on the server and opens a meeting.
  const thuliSync = await demoOnServer(page, syncServer);
  // The minutes are taken once the meeting is open.
  const thuliMeeting = await MeetingPage.open(page, 'Finance Portfolio Committee');
  await thuliMeeting.step('Open the meeting');
  await thuliMeeting.tab('Minutes');
  await thuliMeeting.openItem(/^1 Opening and welcome/);
  await expect(page.getByRole('textbox', { name: 'Discussion of item 1' })).toBeVisible();
  await thuliSync.expectStatus(/Up to date/, 60_000);

  // The viewer's laptop: every page readable, every edit disabled with the reason.
  const viewer = await joinAs(browser, syncServer, 'Vusi Viewer', viewerAccount);
  const vp = viewer.page;
  await new AppShell(vp).goTo('Settings');
  await vp.getByRole('tab', { name: 'General' }).click();
  await expect(vp.getByRole('note', { name: 'Read-only' })).toContainText('Your account (viewer) may read settings but not change them');
  const municipality = vp.getByRole('region', { name: 'Municipality' });
  await expect(municipality.getByRole('textbox', { name: 'Address' })).toBeDisabled();
  await expect(municipality.getByRole('button', { name: 'Save municipality details' })).toBeDisabled();

  await new AppShell(vp).goTo('Stakeholders');
  await expect(vp.getByRole('button', { name: 'Add stakeholder' })).toBeDisabled();
  await expect(vp.getByRole('note', { name: 'Read-only' })).toContainText('may read stakeholders but not change them');

  await new AppShell(vp).goTo('Queries');
  await expect(vp.getByRole('link', { name: 'Log a query' })).toBeDisabled();

  await new AppShell(vp).goTo('Meetings');
  await expect(vp.getByRole('button', { name: 'Schedule meeting' })).toBeDisabled();
  // The command palette offers her no write: Log a query is shown disabled, with the reason, and Enter does nothing.
  await vp.keyboard.press('Control+k');
  const palette = vp.getByRole('dialog', { name: 'Search and commands' });
  await expect(palette.getByRole('combobox', { name: 'Search and commands' })).toBeFocused();
  await vp.keyboard.type('log a query');
  const logQuery = palette.getByRole('option', { name: /^Log a query/ });
  await expect(logQuery).toHaveAttribute('aria-disabled', 'true');
  await expect(logQuery).toContainText('Not available: Your account (viewer) may read');
  await vp.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  await vp.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await openFinanceMinutes(vp);
  await expect(vp.getByRole('note', { name: 'Read-only' })).toContainText('Your account (viewer) may read meetings but not change them');
  await expect(vp.getByRole('textbox', { name: 'Discussion of item 1' })).toHaveCount(0);
  await expect(vp.getByRole('button', { name: 'Close the meeting' })).toBeDisabled();
  await expect(vp.getByRole('button', { name: 'Attach the report' })).toHaveCount(0);
  await vp.screenshot({ path: test.info().outputPath('viewer-minutes.png') });
  // Nothing was written on the viewer's laptop: nothing waits to be sent, nothing was refused.
  await viewer.sync.expectStatus(/^Sync: Up to date/);
  await expect(viewer.sync.status()).not.toHaveAccessibleName(/waiting|refused/);

  // The operations officer's laptop: queries yes, minutes no.
  const operations = await joinAs(browser, syncServer, 'Lerato Operations', operationsAccount);
  const op = operations.page;
  await new AppShell(op).goTo('Queries');
  const queries = new QueriesPage(op);
  await queries.startIntake();
  await queries.addNewResident({ name: 'Sipho Ndlovu', ward: '4' });
  await queries.fillQuery({ subject: 'Streetlight out on Marula Street', category: 'Electricity' });
  await queries.save();
  await expect(op.getByRole('alert').filter({ hasText: 'Query logged' })).toBeVisible();
  await operations.sync.expectStatus(/^Sync: Up to date/, 60_000);
  await expect
    .poll(
      async () => [...(await syncServer.docs('queries')).values()].some((doc) => (doc as { subject?: string }).subject === 'Streetlight out on Marula Street'),
      {
        timeout: 60_000,
      },
    )
    .toBe(true);

  await openFinanceMinutes(op);
  await expect(op.getByRole('note', { name: 'Read-only' })).toContainText('Your account (operations) may read meetings but not change them');
  await expect(op.getByRole('textbox', { name: 'Discussion of item 1' })).toHaveCount(0);
  await expect(op.getByRole('button', { name: 'Close the meeting' })).toBeDisabled();
  await op.screenshot({ path: test.info().outputPath('operations-minutes.png') });
});

test('changes the server refuses after the role changed are listed, and discarded only when the person confirms what is lost', async ({
  page,
  context,
  syncServer,
  serverProcess,
}) => {
  test.setTimeout(240_000);
  const account = { username: `ayanda-${randomUUID().slice(0, 6)}`, password: 'ayanda-e2e-pass' };
  await createAccount(serverProcess, account.username, account.password, ['secretariat']);
  const sync = await demoOnServer(page, syncServer, { name: 'Ayanda Secretary', account });

  // Offline, she changes the municipality's address; meanwhile IT makes her account a viewer.
  await context.setOffline(true);
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  const municipality = page.getByRole('region', { name: 'Municipality' });
  const address = municipality.getByRole('textbox', { name: 'Address' });
  const before = await address.inputValue();
  await address.fill('Typed offline, refused later');
  await municipality.getByRole('button', { name: 'Save municipality details' }).click();
  await expect(municipality.getByText('Municipality details saved.')).toBeVisible();
  await setAccountRoles(serverProcess, account.username, ['viewer']);
  await context.setOffline(false);
  await sync.expectStatus(/refused/, 90_000);

  // The sync log names the refused change; discarding asks first and says what will be lost.
  await sync.openLog();
  const refused = sync.log().getByRole('region', { name: 'Changes the server refused' });
  // The change and its audit entry, each with the server's reason.
  await expect(refused.getByRole('listitem')).toHaveCount(2);
  await expect(refused.getByRole('listitem').filter({ hasText: 'Settings: Municipality' })).toContainText('needs the role secretariat.');
  await expect(refused.getByRole('listitem').filter({ hasText: 'Audit entry “Changed settings' })).toBeVisible();
  await refused.getByRole('button', { name: 'Discard refused changes…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard 2 refused changes?' });
  await expect(confirm.getByRole('list', { name: 'Changes that will be lost' }).getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('discard-refused.png') });
  await confirm.getByRole('button', { name: 'Discard 2 changes' }).click();
  await expect(refused).toHaveCount(0);
  await expect(sync.log().getByText('Discarded 2 refused changes: the server’s version is back on this laptop.')).toBeVisible();
  await sync.log().getByRole('button', { name: 'Close' }).click();
  await sync.expectStatus(/^Sync: Up to date/, 60_000);
  // The form shows the record afresh: the server's address is back.
  await new AppShell(page).goTo('Dashboard');
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(address).toHaveValue(before);
  await expect(address).toBeDisabled();
});
