/**
 * The stakeholder directory: a possible duplicate is flagged while a person is added and the two
 * records are merged; a person's details are exported and erased on request (POPIA) while their
 * queries stay on record, anonymised.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { QueriesPage } from './pages/QueriesPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { WelcomePage } from './pages/WelcomePage';

const SHOTS = process.env.QUORUM_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-14T09:00:00+02:00') });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Officer');
  await new AppShell(page).goTo('Stakeholders');
});

test('a possible duplicate is flagged while adding, and two records of one person are merged', async ({ page }) => {
  const directory = new StakeholdersPage(page);
  await directory.startAdding();
  await directory.fillPerson({ name: 'Francois Louw', email: 'F.Louw@Example.org' });
  const suggestions = directory.duplicates(directory.addDialog());
  await expect(suggestions).toContainText('Mr Francois Louw');
  await expect(suggestions).toContainText('Same email address');
  await shot(page, 'stakeholder-duplicate-warning');
  await directory.addDialog().getByRole('button', { name: 'Cancel' }).click();

  // The demo holds Mrs Dorah Mashele twice: once as "D. Mashele" with the same phone number.
  await directory.open('D. Mashele');
  const duplicates = page.getByRole('list', { name: 'Possible duplicates of this record' });
  await expect(duplicates).toContainText('Mrs Dorah Mashele');
  await expect(duplicates).toContainText('Same phone number');
  await duplicates.getByRole('button', { name: 'Merge with Mrs Dorah Mashele' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge two records of one stakeholder' });
  await expect(dialog.getByRole('radio', { name: 'Keep “Mrs Dorah Mashele”' })).toBeChecked();
  await shot(page, 'stakeholder-merge');
  await dialog.getByRole('button', { name: 'Merge into “Mrs Dorah Mashele”' }).click();

  await expect(page.getByRole('heading', { name: 'Mrs Dorah Mashele', level: 1 })).toBeVisible();
  await expect(directory.queries()).toContainText('Burst water pipe on Marula Street');
  await new AppShell(page).goTo('Stakeholders');
  await expect(directory.table().getByRole('link', { name: 'D. Mashele', exact: true })).toHaveCount(0);
  await expect(directory.table().getByRole('link', { name: 'Mrs Dorah Mashele', exact: true })).toBeVisible();
});

test('a person’s data is exported, then erased on request while their queries stay, anonymised', async ({ page }) => {
  const directory = new StakeholdersPage(page);
  await directory.open('Mr Francois Louw');
  const privacy = page.getByRole('region', { name: 'Personal information (POPIA)' });

  const download = page.waitForEvent('download');
  await privacy.getByRole('button', { name: 'Export personal data' }).click();
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    stakeholder: { name: string; email: string };
    queries: { reference: string; timeline: unknown[] }[];
  };
  expect(exported.stakeholder).toMatchObject({ name: 'Mr Francois Louw', email: 'f.louw@example.org' });
  expect(exported.queries.map((q) => q.reference).length).toBeGreaterThanOrEqual(1);
  expect(exported.queries[0]?.timeline.length).toBeGreaterThan(0);

  await privacy.getByRole('button', { name: 'Erase personal data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this person’s details' });
  await dialog.getByRole('button', { name: 'Erase personal data' }).click();
  // Both missing things are said at once, and nothing is erased.
  await expect(dialog.getByText('Type ERASE to confirm.')).toBeVisible();
  await expect(dialog.getByText('Record who asked for the erasure and when, for the audit trail.')).toBeVisible();
  await shot(page, 'stakeholder-erase-refused');
  await dialog.getByRole('textbox', { name: 'The request' }).fill('Asked by email on 14 April 2026.');
  await dialog.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await dialog.getByRole('button', { name: 'Erase personal data' }).click();

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Anonymised stakeholder [0-9A-Z-]{8}$/);
  await expect(page.getByText('Personal details erased')).toBeVisible();
  await expect(page.getByText('f.louw@example.org')).toHaveCount(0);
  await shot(page, 'stakeholder-erased');

  const queries = new QueriesPage(page);
  await directory
    .queries()
    .getByRole('link', { name: /Rates account shows wrong property value/ })
    .click();
  await expect(queries.timeline()).toContainText('personal details were erased on request (POPIA)');
  await expect(queries.facts()).toContainText('Anonymised stakeholder');
  await expect(queries.facts()).not.toContainText('Louw');
});
