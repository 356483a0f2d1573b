/**
 * A field nobody settled while it was changed apart again and again can hold more competing
 * versions than one entry of the record may store (twenty). Sync keeps them all, in further
 * entries (torture item 13); the Conflicts page shows them as one field with every version, and
 * settling it settles all of them. The record comes in through a restore, as a backup taken on
 * a laptop that held such a record would bring it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readBackup, writeBackup } from '../../shared/backup/format';
import { splitPages } from '../../shared/sync/conflict-pages';
import { BackupPage } from './pages/BackupPage';
import { ConflictsPage } from './pages/ConflictsPage';
import { WelcomePage } from './pages/WelcomePage';

const RECORD = 'Settings: Municipality';
const FIELD = 'Postal and street address';
const addresses = Array.from({ length: 23 }, (_, n) => `Civic Centre, office ${n + 1}, Mopane Ridge`);

test('twenty-three competing versions of one field: all shown, one chosen, all settled', async ({ page }, testInfo) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  const backup = new BackupPage(page);
  await backup.open();
  const { file } = await backup.backUp(testInfo.outputDir);

  // The municipality's address as a laptop would hold it after twenty-three unsettled edits.
  const contents = await readBackup(new Uint8Array(await readFile(file)));
  const settings = contents.records.settings.map((record) => {
    if (record.id !== 'municipality') return record;
    const versions = addresses.map((address, n) => ({
      value: JSON.stringify(address),
      by: n % 2 ? 'Sipho Secretary' : 'Thuli Secretary',
      origin: 'local' as const,
    }));
    return {
      ...record,
      value: { ...(record.value as object), address: addresses[22] },
      updatedAt: new Date(Date.now() + 60_000).toISOString(),
      hasConflict: true,
      conflict: { detectedAt: new Date().toISOString(), fields: splitPages([{ field: 'value.address', versions }]) },
    };
  });
  const stored = settings.find((record) => record.id === 'municipality')?.conflict?.fields.map((entry) => entry.field);
  expect(stored).toEqual(['value.address', 'value.address#2']);
  const crafted = path.join(testInfo.outputDir, 'many-versions.quorumbackup');
  await writeFile(crafted, writeBackup({ ...contents.header, records: { ...contents.records, settings }, attachments: contents.attachments }));

  await backup.chooseBackup(crafted);
  await backup.choose('Restore');
  await expect(backup.restoreOutcome()).toContainText('1 record put back');

  const conflicts = new ConflictsPage(page);
  await expect(conflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/);
  await conflicts.open();
  // One field, not a field and its second page.
  await expect(conflicts.record(RECORD).getByRole('group')).toHaveCount(1);
  const field = conflicts.field(RECORD, FIELD);
  await expect(field.getByRole('radio', { name: /^Version by/ })).toHaveCount(23);
  for (const address of [addresses[0]!, addresses[19]!, addresses[20]!, addresses[22]!]) await expect(field).toContainText(address);
  await page.screenshot({ path: testInfo.outputPath('many-versions.png'), fullPage: true });

  // The oldest version, stored on the first page, is the one she keeps.
  await field.getByRole('radio', { name: new RegExp(`^Version by .*${addresses[0]!}`) }).check();
  await field.getByRole('button', { name: `Settle ${FIELD}` }).click();
  await expect(page.getByRole('heading', { name: 'No conflicts to settle' })).toBeVisible();
  await expect(conflicts.navigationLink()).toHaveAccessibleName('Conflicts');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByRole('region', { name: 'Municipality' }).getByRole('textbox', { name: 'Address' })).toHaveValue(addresses[0]!);
});
