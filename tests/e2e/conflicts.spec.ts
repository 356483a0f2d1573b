/**
 * Brief scenario 3 with the screens that exist today: two secretaries, each on her own laptop
 * (browser context), change the municipality's address while both are offline. When both are
 * back, neither text is lost: both laptops list the record on the Conflicts page (with a count
 * in the navigation), one secretary writes a merged address, and the settled record reaches the
 * other laptop and the server. (The minutes editor's variant follows once it exists.)
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createAccount } from '../integration/support/couch';
import { AppShell } from './pages/AppShell';
import { ConflictsPage } from './pages/ConflictsPage';
import { WelcomePage } from './pages/WelcomePage';
import { SIPHO, THULI, expect, test } from './support/sync-fixtures';
import { connectTo, joinAs, openAnotherLaptop } from './support/laptops';

const RECORD = 'Settings: Municipality';
const FIELD = 'Postal and street address';

async function saveAddress(page: Page, address: string): Promise<void> {
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  const municipality = page.getByRole('region', { name: 'Municipality' });
  await municipality.getByRole('textbox', { name: 'Address' }).fill(address);
  await municipality.getByRole('button', { name: 'Save municipality details' }).click();
  await expect(municipality.getByText('Municipality details saved.')).toBeVisible();
}

test('two secretaries change the same text offline: both versions kept, shown everywhere, settled by a person', async ({
  page,
  browser,
  syncServer,
  serverProcess,
}) => {
  test.setTimeout(300_000);
  // Thuli's laptop has the municipality and syncs it to the server.
  const thuli = page;
  const thuliWelcome = new WelcomePage(thuli);
  await thuliWelcome.open();
  await thuliWelcome.loadDemo('Thuli Secretary');
  const thuliSync = await connectTo(thuli, syncServer, THULI);

  // Sipho's new laptop joins the same municipality and receives everything.
  const sipho = await openAnotherLaptop(browser);
  const siphoWelcome = new WelcomePage(sipho);
  await siphoWelcome.open();
  await siphoWelcome.startOwn('Sipho Secretary', 'Mopane Ridge Local Municipality');
  const siphoSync = await connectTo(sipho, syncServer, SIPHO);
  await new AppShell(sipho).goTo('Meetings');
  await expect(sipho.getByRole('table', { name: 'Meetings' }).getByRole('row')).toHaveCount(5);

  // Both go offline and change the address differently.
  await thuli.context().setOffline(true);
  await sipho.context().setOffline(true);
  await saveAddress(thuli, 'Civic Centre, 1 Marula Street, Mopane Ridge');
  await saveAddress(sipho, 'PO Box 17, Mopane Ridge, 0900');
  await thuliSync.expectStatus(/Offline · \d+ changes? waiting/);
  await siphoSync.expectStatus(/Offline · \d+ changes? waiting/);

  // Back online, one after the other, without anyone doing anything.
  await thuli.context().setOffline(false);
  await thuliSync.expectStatus(/Up to date/, 60_000);
  await sipho.context().setOffline(false);
  await siphoSync.expectStatus(/Up to date/, 60_000);

  // Both laptops show the record to settle, with both texts.
  const siphoConflicts = new ConflictsPage(sipho);
  const thuliConflicts = new ConflictsPage(thuli);
  await expect(siphoConflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/, { timeout: 30_000 });
  await expect(thuliConflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/, { timeout: 60_000 });
  await thuliConflicts.open();
  const field = thuliConflicts.field(RECORD, FIELD);
  await expect(field).toContainText('Civic Centre, 1 Marula Street, Mopane Ridge');
  await expect(field).toContainText('PO Box 17, Mopane Ridge, 0900');
  await expect(field).toContainText('Version by Thuli Secretary');
  await expect(field).toContainText('Version by Sipho Secretary');
  await thuli.screenshot({ path: test.info().outputPath('conflicts-page.png'), fullPage: true });

  // A viewer's laptop shows the same versions and lets her choose none of them.
  const viewerAccount = { username: `vusi-${randomUUID().slice(0, 6)}`, password: 'vusi-e2e-pass' };
  await createAccount(serverProcess, viewerAccount.username, viewerAccount.password, ['viewer']);
  const viewer = (await joinAs(browser, syncServer, 'Vusi Viewer', viewerAccount)).page;
  const viewerConflicts = new ConflictsPage(viewer);
  await expect(viewerConflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/, { timeout: 60_000 });
  await viewerConflicts.open();
  const viewerField = viewerConflicts.field(RECORD, FIELD);
  await expect(viewerField).toContainText('PO Box 17, Mopane Ridge, 0900');
  await expect(viewer.getByRole('note', { name: 'Read-only' })).toBeVisible();
  for (const radio of await viewerField.getByRole('radio').all()) await expect(radio).toBeDisabled();
  await expect(viewerField.getByRole('radio')).toHaveCount(3);
  await viewerField.getByText('Write a merged text').click({ force: true });
  await expect(viewerField.getByRole('radio', { name: 'Write a merged text' })).not.toBeChecked();
  await expect(viewerField.getByRole('textbox')).toHaveCount(0);
  await expect(viewerField.getByRole('button', { name: `Settle ${FIELD}` })).toBeDisabled();
  await viewer.context().close();

  // The version the record holds is chosen first; choosing the other one moves the choice to it.
  const inRecord = field.getByRole('radio', { name: /Version by .* in the record now/ });
  const otherVersion = field.getByRole('radio', { name: /^(?!.*in the record now)Version by/ });
  await expect(inRecord).toBeChecked();
  await expect(otherVersion).not.toBeChecked();
  await otherVersion.check();
  await expect(otherVersion).toBeChecked();
  await expect(inRecord).not.toBeChecked();

  // Thuli writes a merged address and settles it.
  await field.getByRole('radio', { name: 'Write a merged text' }).check();
  const merged = 'Civic Centre, 1 Marula Street, Mopane Ridge\nPO Box 17, Mopane Ridge, 0900';
  await field.getByRole('textbox', { name: `Merged ${FIELD.toLowerCase()}` }).fill(merged);
  await field.getByRole('button', { name: `Settle ${FIELD}` }).click();
  await expect(thuli.getByRole('heading', { name: 'No conflicts to settle' })).toBeVisible();
  await expect(thuliConflicts.navigationLink()).toHaveAccessibleName('Conflicts');

  // The settlement reaches Sipho and the server; the audit trail records it.
  await expect(siphoConflicts.navigationLink()).toHaveAccessibleName('Conflicts', { timeout: 60_000 });
  await saveAddressShown(sipho, merged);
  await expect
    .poll(
      async () => {
        const doc = (await syncServer.docs('settings')).get('municipality');
        return doc ? { hasConflict: doc.hasConflict, address: (doc.value as { address?: string }).address } : null;
      },
      { timeout: 30_000 },
    )
    .toEqual({ hasConflict: false, address: merged });
  const audit = [...(await syncServer.docs('audit')).values()].map((doc) => String(doc.summary));
  expect(
    audit.some((summary) => summary.startsWith('Settled competing edits of settings "municipality": Postal and street address: wrote a merged text')),
  ).toBe(true);
  expect(audit.some((summary) => summary.startsWith('Sync found competing edits of Settings: Municipality (Postal and street address)'))).toBe(true);
  await sipho.context().close();
});

async function saveAddressShown(page: Page, address: string): Promise<void> {
  await new AppShell(page).goTo('Dashboard');
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page.getByRole('region', { name: 'Municipality' }).getByRole('textbox', { name: 'Address' })).toHaveValue(address);
}
