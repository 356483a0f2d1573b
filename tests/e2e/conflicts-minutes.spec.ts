/**
 * Brief scenario 3 on the minutes: two secretaries, each on her own laptop, minute the same
 * agenda item while both are offline. When both reconnect, neither text is lost: both laptops
 * show the item on the Conflicts page with both versions, and a person keeps both, one after
 * the other. The second laptop joined the municipality through its server on first run.
 */
import type { Page } from '@playwright/test';
import { ConflictsPage } from './pages/ConflictsPage';
import { MeetingPage } from './pages/MeetingPage';
import { SyncSettingsPage } from './pages/SyncSettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { SIPHO, expect, test } from './support/sync-fixtures';
import { demoOnServer, openAnotherLaptop } from './support/laptops';

const THULI_TEXT = 'The chairperson welcomed members and noted the apology of Cllr Nkosi.';
const SIPHO_TEXT = 'The meeting opened at 09:05 with a moment of silence.';

function openFinanceMinutes(page: Page): Promise<MeetingPage> {
  return MeetingPage.openMinutes(page, 'Finance Portfolio Committee', /^1 Opening and welcome/);
}

test('two secretaries minute the same item offline: both texts kept, shown on both laptops, settled by a person', async ({ page, browser, syncServer }) => {
  test.setTimeout(300_000);
  const thuli = page;
  const thuliSync = await demoOnServer(thuli, syncServer, { timeoutMs: 90_000 });
  // The minutes are taken once the meeting is open.
  const thuliMeeting = await MeetingPage.open(thuli, 'Finance Portfolio Committee');
  await thuliMeeting.step('Open the meeting');
  await thuliMeeting.tab('Minutes');
  await thuliMeeting.openItem(/^1 Opening and welcome/);
  await thuliSync.expectStatus(/Up to date/, 60_000);

  // Sipho's new laptop joins the municipality through its server.
  const sipho = await openAnotherLaptop(browser);
  const siphoWelcome = new WelcomePage(sipho);
  await siphoWelcome.open();
  await sipho.getByLabel('Your name').fill('Sipho Secretary');
  await sipho.getByRole('radio', { name: /Join my municipality's Quorum server/ }).check();
  await sipho.getByRole('button', { name: 'Continue' }).click();
  const siphoSync = new SyncSettingsPage(sipho);
  await siphoSync.fill({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...SIPHO });
  await siphoSync.form().getByRole('button', { name: 'Save and connect' }).click();
  await expect(sipho.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 90_000 });
  await expect(sipho.getByRole('banner')).toContainText('Mopane Ridge Local Municipality');
  await siphoSync.expectStatus(/Up to date/, 90_000);
  const siphoMeeting = await openFinanceMinutes(sipho);
  await expect(sipho.getByText('In session', { exact: true })).toBeVisible({ timeout: 30_000 });

  // Both offline; each minutes item 1 her own way.
  await thuli.context().setOffline(true);
  await sipho.context().setOffline(true);
  await thuliMeeting.typeDiscussion('1', THULI_TEXT);
  await siphoMeeting.typeDiscussion('1', SIPHO_TEXT);

  // Back online, one after the other, with nobody doing anything.
  await thuli.context().setOffline(false);
  await thuliSync.expectStatus(/Up to date/, 60_000);
  await sipho.context().setOffline(false);
  await siphoSync.expectStatus(/Up to date/, 60_000);

  // Both laptops show the item to settle, with both texts.
  const thuliConflicts = new ConflictsPage(thuli);
  const siphoConflicts = new ConflictsPage(sipho);
  await expect(siphoConflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/, { timeout: 60_000 });
  await expect(thuliConflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/, { timeout: 90_000 });
  await siphoConflicts.open();
  const field = siphoConflicts.field('Agenda item “Opening and welcome”', 'Discussion');
  await expect(field).toContainText(THULI_TEXT);
  await expect(field).toContainText(SIPHO_TEXT);
  await sipho.screenshot({ path: test.info().outputPath('minutes-conflict.png'), fullPage: true });

  await field.getByRole('radio', { name: 'Keep every version, one after the other' }).check();
  await field.getByRole('button', { name: 'Settle Discussion' }).click();
  await expect(sipho.getByRole('heading', { name: 'No conflicts to settle' })).toBeVisible();

  // The settled minutes hold both texts, on Thuli's laptop too.
  await expect(thuliConflicts.navigationLink()).toHaveAccessibleName('Conflicts', { timeout: 90_000 });
  await openFinanceMinutes(thuli);
  const minutes = thuli.getByRole('textbox', { name: 'Discussion of item 1' });
  await expect(minutes).toContainText(THULI_TEXT, { timeout: 30_000 });
  await expect(minutes).toContainText(SIPHO_TEXT);
  await sipho.context().close();
});
