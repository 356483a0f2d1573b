/**
 * Bad input at intake and on a query's actions: clear messages beside the fields, nothing written;
 * hostile text is stored and shown literally; the list exported as CSV opens safely in Excel.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { dateField, typeDate } from './pages/DateInput';
import { QueriesPage } from './pages/QueriesPage';
import { WelcomePage } from './pages/WelcomePage';

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-02T09:00:00+02:00') });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Officer');
  await new AppShell(page).goTo('Queries');
});

test('a query without a stakeholder or subject, or due before it was received, is refused and nothing is saved', async ({ page }) => {
  const queries = new QueriesPage(page);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ quer/ })).toHaveText('5 queries');
  await queries.startIntake();

  await queries.save();
  await expect(queries.form().getByText('Choose the stakeholder who raised the query, or add them.')).toBeVisible();
  await expect(queries.form().getByText('Enter the subject: what the query is about, in a line.')).toBeVisible();
  await expect(queries.form().getByRole('combobox', { name: 'Stakeholder' })).toBeFocused();
  await expect(queries.queryFields().getByRole('textbox', { name: 'Subject' })).toHaveAttribute('aria-invalid', 'true');

  await queries.pickStakeholder('Mashele', 'Mrs Dorah Mashele');
  await queries.fillQuery({ subject: 'Leaking meter', category: 'Water and sanitation', dueDate: '2026-04-01' });
  await queries.save();
  await expect(queries.queryFields().getByText('The due date cannot be before the date the query was received.')).toBeVisible();
  await expect(dateField(queries.queryFields(), 'Agreed due date')).toHaveAttribute('aria-invalid', 'true');

  // A new stakeholder without a purpose for keeping their details (POPIA) is refused with the query.
  await queries.form().getByRole('combobox', { name: 'Stakeholder' }).fill('Nomsa Khumalo');
  await page.getByRole('option', { name: 'Add “Nomsa Khumalo” as a new stakeholder' }).click();
  await queries.form().getByRole('group', { name: 'New stakeholder' }).getByRole('textbox', { name: 'Purpose for keeping the details' }).fill('');
  await typeDate(dateField(queries.queryFields(), 'Agreed due date'), '');
  await queries.save();
  await expect(queries.form().getByText("Record why the municipality keeps this person's details (POPIA).")).toBeVisible();

  await page.reload();
  await new AppShell(page).goTo('Queries');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ quer/ })).toHaveText('5 queries');
  await new AppShell(page).goTo('Stakeholders');
  await expect(page.getByRole('table', { name: 'Stakeholders' }).getByText('Nomsa Khumalo')).toHaveCount(0);
});

test('an action without what it needs is refused beside the field, and the query is unchanged', async ({ page }) => {
  const queries = new QueriesPage(page);
  await queries
    .row(/Media enquiry/)
    .getByRole('link')
    .click();
  await queries.act('Resolve', { Outcome: '   ' });
  const dialog = page.getByRole('dialog', { name: 'Resolve the query' });
  await expect(dialog.getByText('Record the outcome: what was done or told to the stakeholder.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await queries.act('Assign');
  const assign = page.getByRole('dialog', { name: 'Assign the query' });
  await expect(assign.getByText('Choose the responsible officer from the officials.')).toBeVisible();
  // With the department taken away too, both messages come on the one submit.
  await assign.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: 'Choose a department' }).click();
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign.getByText('Choose the department responsible for the query.')).toBeVisible();
  await expect(assign.getByText('Choose the responsible officer from the officials.')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Acknowledged');
  await expect(queries.timeline().getByRole('listitem')).toHaveCount(2);
});

test('text typed as markup, emoji, right-to-left script and formulas is kept literally, on screen and in the CSV', async ({ page }) => {
  const queries = new QueriesPage(page);
  const subject = '=HYPERLINK("http://x") <script>alert(1)</script> 🚰 مياه';
  const description = `${'Long description. '.repeat(400)}<b>not bold</b>`;
  await queries.startIntake();
  await queries.pickStakeholder('Louw', 'Mr Francois Louw');
  await queries.fillQuery({ subject, description, category: 'Rates and billing' });
  await queries.save();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(subject);
  await expect(queries.facts()).toContainText('<b>not bold</b>');
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);

  await new AppShell(page).goTo('Queries');
  await queries.search('مياه');
  await expect(queries.table().getByRole('cell', { name: subject })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain('"Reference","Received","Stakeholder"');
  expect(csv).toContain(`"'=HYPERLINK(""http://x"") <script>alert(1)</script> 🚰 مياه"`);
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  await expect(page.getByRole('alert').filter({ hasText: 'saved as' })).toContainText('1 queries saved');
});
