/**
 * What the desktop app adds, driven through a stand-in for its preload bridge: the File menu's
 * New meeting, New query and Export…, saving through the native dialog with Open and Show in
 * folder, and holding back updates while a meeting is in session.
 */
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { WelcomePage } from './pages/WelcomePage';
import { bridgeRecord, fireMenuCommand, installFakeDesktopBridge } from './fakes/desktop-bridge';

test.beforeEach(async ({ page }) => {
  await installFakeDesktopBridge(page);
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
});

test('the File menu opens the meeting and query forms and the Word exports', async ({ page }) => {
  await fireMenuCommand(page, 'new-meeting');
  await expect(page.getByRole('dialog', { name: 'Schedule a meeting' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await fireMenuCommand(page, 'new-query');
  await expect(page).toHaveURL(/#\/queries\/new$/);

  await new AppShell(page).goTo('Meetings');
  await page.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: 'Finance Portfolio Committee' }).click();
  await fireMenuCommand(page, 'export');
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await dialog.getByRole('button', { name: 'Export public agenda', exact: true }).click();
  await expect(page.getByText(/^Saved .*Finance Portfolio Committee Agenda PUBLIC\.docx/)).toBeVisible();
  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(async () => (await bridgeRecord(page)).shown).toEqual(['file-1']);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(async () => (await bridgeRecord(page)).opened).toEqual(['file-1']);
  expect((await bridgeRecord(page)).saved[0]).toMatch(/^\d{4}-\d{2}-\d{2} Finance Portfolio Committee Agenda PUBLIC\.docx$/);
});

test('the updater is told while a meeting is in session, and when it closes', async ({ page }) => {
  await new AppShell(page).goTo('Meetings');
  await page.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: 'Finance Portfolio Committee' }).click();
  await expect.poll(async () => (await bridgeRecord(page)).inSession.at(-1)).toBe(false);
  await page.getByRole('group', { name: 'Meeting steps' }).getByRole('button', { name: 'Open the meeting' }).click();
  await page.getByRole('dialog', { name: 'Open the meeting' }).getByRole('button', { name: 'Open the meeting' }).click();
  await expect.poll(async () => (await bridgeRecord(page)).inSession.at(-1)).toBe(true);
  await page.getByRole('group', { name: 'Meeting steps' }).getByRole('button', { name: 'Close the meeting' }).click();
  await page.getByRole('dialog', { name: 'Close the meeting' }).getByRole('button', { name: 'Close the meeting' }).click();
  await expect.poll(async () => (await bridgeRecord(page)).inSession.at(-1)).toBe(false);
});
