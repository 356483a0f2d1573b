/**
 * Backup and restore through the browser build: the backup is a download, the restore reads a
 * file chosen in the file chooser. A backup is made, records are changed or lost, and the
 * restore brings them back; files that are not backups, or are cut short, change nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { BackupPage } from './pages/BackupPage';
import { WelcomePage } from './pages/WelcomePage';
import { openAnotherLaptop } from './support/laptops';

const DEMO = 'Mopane Ridge Local Municipality';
const BACKUP_NAME = /^Quorum backup \d{4}-\d{2}-\d{2} \d{4}\.quorumbackup$/;

async function renameMunicipality(page: Page, name: string): Promise<void> {
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('textbox', { name: 'Municipality name' }).fill(name);
  await page.getByRole('button', { name: 'Save municipality details' }).click();
  await expect(page.getByText('Municipality details saved.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(name);
}

async function expectMunicipalityName(page: Page, name: string): Promise<void> {
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByRole('textbox', { name: 'Municipality name' })).toHaveValue(name);
  await expect(page.getByRole('banner')).toContainText(name);
}

test('a changed record comes back from a backup when the secretary chooses the backup', async ({ page }, testInfo) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  const backup = new BackupPage(page);
  await backup.open();
  await expect(backup.backUpSection()).toContainText('No backup has been saved from this device yet.');
  await page.screenshot({ path: testInfo.outputPath('backup-tab.png'), fullPage: true });

  const { name, file } = await backup.backUp(testInfo.outputDir);
  expect(name).toMatch(BACKUP_NAME);
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${name}` })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('backup-downloaded.png') });
  await expect(backup.backUpSection()).toContainText(`Last backup from this device:`);
  await expect(backup.backUpSection()).toContainText(name);
  expect((await readFile(file, 'utf8')).startsWith('{"format":"quorum-backup",')).toBe(true);

  await renameMunicipality(page, 'Mopane Ridge LM (renamed by mistake)');

  await backup.open();
  await backup.chooseBackup(file);
  const dialog = backup.dialog();
  await expect(dialog).toContainText(`${name} is a backup of ${DEMO} made on`);
  await expect(dialog).toContainText('by Thuli Secretary');
  await expect(dialog.getByRole('alert')).toContainText('1 record on this device is newer than the backup');
  await expect(dialog.getByRole('list', { name: 'Newer records on this device' }).getByRole('listitem')).toHaveText([
    /Settings: Municipality\s*changed since the backup/,
  ]);
  await page.screenshot({ path: testInfo.outputPath('restore-dialog-newer.png') });
  await backup.choose('Replace with the backup');
  await expect(backup.restoreOutcome()).toHaveText(`Restored from ${name}: 1 record put back.`);
  await page.screenshot({ path: testInfo.outputPath('restore-done.png'), fullPage: true });

  await expectMunicipalityName(page, DEMO);
});

test('newer changes on this device are kept when the secretary says so', async ({ page }, testInfo) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  const backup = new BackupPage(page);
  await backup.open();
  const { file } = await backup.backUp(testInfo.outputDir);

  await renameMunicipality(page, 'Mopane Ridge Local Municipality (Ward 7 office)');
  await backup.open();
  await backup.chooseBackup(file);
  await expect(backup.dialog().getByRole('alert')).toContainText('1 record on this device is newer than the backup');
  await backup.choose('Keep my newer changes');
  await expect(backup.restoreOutcome()).toContainText('Nothing needed to be put back; 1 newer change on this device kept.');
  await expectMunicipalityName(page, 'Mopane Ridge Local Municipality (Ward 7 office)');
});

test('a new laptop starts from a backup on its first run', async ({ page, browser }, testInfo) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  const backup = new BackupPage(page);
  await backup.open();
  const { file } = await backup.backUp(testInfo.outputDir);

  // Another browser profile: an empty Quorum, as on a replacement laptop.
  const fresh = await openAnotherLaptop(browser);
  try {
    const freshWelcome = new WelcomePage(fresh);
    await freshWelcome.open();
    await fresh.getByLabel('Your name').fill('Thuli Secretary');
    await fresh.getByRole('radio', { name: /Restore from a Quorum backup/ }).check();
    const choosing = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: 'Choose backup file' }).click();
    await (await choosing).setFiles(file);
    await expect(fresh.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(fresh.getByRole('banner')).toContainText(DEMO);

    const shell = new AppShell(fresh);
    await shell.goTo('Meetings');
    await expect(fresh.getByRole('table', { name: 'Meetings' }).getByRole('row')).toHaveCount(5);
    await shell.goTo('Stakeholders');
    await expect(fresh.getByRole('table', { name: 'Stakeholders' }).getByRole('row').nth(1)).toBeVisible();
  } finally {
    await fresh.context().close();
  }
});

test('a file that is not a Quorum backup, or a backup cut short, is refused and nothing changes', async ({ page }, testInfo) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  const backup = new BackupPage(page);
  await backup.open();
  const { file } = await backup.backUp(testInfo.outputDir);
  await renameMunicipality(page, 'Mopane Ridge LM (current)');
  await backup.open();

  const notABackup = testInfo.outputPath('minutes.quorumbackup');
  await writeFile(notABackup, 'Minutes of the ordinary council meeting held on 26 November 2026\n');
  await backup.chooseBackup(notABackup);
  await expect(backup.restoreOutcome()).toHaveText('This file is not a Quorum backup. Choose a backup made by Quorum (its name ends in .quorumbackup).');
  await expect(backup.dialog()).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('restore-refused.png'), fullPage: true });

  const bytes = await readFile(file);
  const truncated = testInfo.outputPath('cut-short.quorumbackup');
  await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  await backup.chooseBackup(truncated);
  await expect(backup.restoreOutcome()).toHaveText('This backup file is incomplete: it was probably cut short while being copied. Nothing was restored.');
  await expect(backup.dialog()).toBeHidden();

  await expectMunicipalityName(page, 'Mopane Ridge LM (current)');
  await new AppShell(page).goTo('Meetings');
  await expect(page.getByRole('table', { name: 'Meetings' }).getByRole('row')).toHaveCount(5);
});
