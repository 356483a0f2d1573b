/** Members and committees kept up to date, the meetings settings, and one search over everything. */
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { WelcomePage } from './pages/WelcomePage';

test.beforeEach(async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
});

test('a councillor is added and an ad hoc committee formed with a chairperson and a fixed quorum', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goTo('Members & committees');
  await page.getByRole('tab', { name: 'Councillors' }).click();
  await page.getByRole('button', { name: 'Add councillor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add councillor' });
  // The empty form says both what is missing at once.
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('Full name is required.')).toBeVisible();
  await expect(dialog.getByText('Enter the ward this councillor represents.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Full name' }).fill('Sizwe Ngcobo');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('Enter the ward this councillor represents.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Ward' }).fill('24');
  await dialog.getByRole('textbox', { name: 'Party' }).fill('Civic Progress Alliance');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Councillors' }).getByRole('row', { name: /Sizwe Ngcobo/ })).toContainText('Ward 24');

  await page.getByRole('tab', { name: 'Council and committees' }).click();
  await page.getByRole('button', { name: 'Add body' }).click();
  const body = page.getByRole('dialog', { name: 'Add a council or committee' });
  // The empty form says everything missing at once.
  await body.getByRole('button', { name: 'Add body' }).click();
  await expect(body.getByText('Name is required.')).toBeVisible();
  await expect(body.getByText('Code is required.')).toBeVisible();
  await expect(body.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await body.getByRole('textbox', { name: 'Name' }).fill('Ad hoc Committee on Ward Boundaries');
  await body.getByRole('textbox', { name: 'Code' }).fill('AHWB');
  await body.getByRole('combobox', { name: 'Kind of body' }).click();
  await page.getByRole('option', { name: 'Ad hoc committee' }).click();
  const members = body.getByRole('combobox', { name: 'Members' });
  for (const name of ['Sizwe Ngcobo', 'Thandeka Mokoena', 'Mpho Sebola']) {
    await members.fill(name);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
  }
  await body.getByRole('combobox', { name: 'Chairperson', exact: true }).click();
  await page.getByRole('option', { name: 'Cllr Sizwe Ngcobo' }).click();
  await body.getByRole('combobox', { name: 'Quorum rule' }).click();
  await page.getByRole('option', { name: 'A fixed number of members' }).click();
  await body.getByRole('textbox', { name: 'Members that form a quorum' }).fill('5');
  await body.getByRole('button', { name: 'Add body' }).click();
  await expect(body.getByText('The quorum cannot be more than the number of members.')).toBeVisible();
  await body.getByRole('textbox', { name: 'Members that form a quorum' }).fill('2');
  await body.getByRole('button', { name: 'Add body' }).click();
  await expect(body).toBeHidden();
  const row = page.getByRole('table', { name: 'Council and committees' }).getByRole('row', { name: /Ad hoc Committee on Ward Boundaries/ });
  await expect(row).toContainText('Sizwe Ngcobo');
  await expect(row.getByRole('cell').nth(4)).toHaveText('3');
  await expect(row.getByRole('cell').nth(5)).toHaveText('2');
});

test('the resolution number format is checked so numbers stay unique, and saved', async ({ page }) => {
  await page.goto('./#/settings/meetings');
  const numbers = page.getByRole('region', { name: 'Resolution numbers' });
  const format = numbers.getByRole('textbox', { name: 'Number format' });
  await expect(numbers.getByRole('status')).toHaveText('Example (Council, meetings 1 and 2): C 001/2026, C 002/2026, C 101/2026, C 102/2026');
  await format.fill('{body} {n}/{year}');
  await expect(numbers.getByText(/two meetings could give the same number/)).toBeVisible();
  await format.fill('{body}{meeting}.{n:3}/{fy}');
  await expect(numbers.getByRole('status')).toHaveText('Example (Council, meetings 1 and 2): C1.001/26-27, C1.002/26-27, C2.001/26-27, C2.002/26-27');
  await numbers.getByRole('button', { name: 'Save number format' }).click();
  await expect(numbers.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Resolution numbers' }).getByRole('textbox', { name: 'Number format' })).toHaveValue(
    '{body}{meeting}.{n:3}/{fy}',
  );

  const phrases = page.getByRole('region', { name: 'Phrase library' });
  await phrases.getByRole('textbox', { name: 'Phrase 1 wording' }).fill('RESOLVED – THAT leave be granted to <the member> 🏛️');
  await phrases.getByRole('button', { name: 'Save phrases' }).click();
  await expect(phrases.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Phrase library' }).getByRole('textbox', { name: 'Phrase 1 wording' })).toHaveValue(
    'RESOLVED – THAT leave be granted to <the member> 🏛️',
  );
});

test('the meetings settings say every problem beside its row and save nothing, and save a copied template whole', async ({ page }) => {
  await page.goto('./#/settings/meetings');
  const numbers = page.getByRole('region', { name: 'Resolution numbers' });
  await numbers.getByRole('textbox', { name: 'Numbers reserved per meeting' }).fill('5');
  await expect(numbers.getByText('A whole number from 10 to 1000.')).toBeVisible();
  await expect(numbers.getByRole('status')).toBeHidden();
  await numbers.getByRole('button', { name: 'Save number format' }).click();
  await expect(numbers.getByRole('textbox', { name: 'Numbers reserved per meeting' })).toBeFocused();
  await expect(numbers.getByText('Saved.')).toBeHidden();

  const phrases = page.getByRole('region', { name: 'Phrase library' });
  await phrases.getByRole('button', { name: 'Add phrase' }).click();
  await phrases.getByRole('button', { name: 'Save phrases' }).click();
  await expect(phrases.getByText('Phrase name is required.')).toBeVisible();
  await expect(phrases.getByText('Wording is required.')).toBeVisible();
  await expect(phrases.getByRole('textbox', { name: 'Phrase 9 name' })).toBeFocused();
  await phrases.getByRole('textbox', { name: 'Phrase 9 name' }).fill('Item withdrawn');
  await phrases.getByRole('textbox', { name: 'Phrase 9 wording' }).fill('The item was withdrawn.');
  await phrases.getByRole('button', { name: 'Move phrase 9 up' }).click();
  await phrases.getByRole('button', { name: 'Save phrases' }).click();
  await expect(phrases.getByText('Saved.')).toBeVisible();

  const templates = page.getByRole('region', { name: 'Agenda templates' });
  await templates.getByRole('button', { name: 'Copy template' }).click();
  await expect(templates.getByRole('textbox', { name: 'Template name' })).toHaveValue('Copy of Ordinary meeting');
  await templates.getByRole('textbox', { name: 'Template name' }).fill('Budget meeting');
  await templates.getByRole('textbox', { name: 'Item 1 title' }).fill('');
  await templates.getByRole('button', { name: 'Add template item' }).click();
  await templates.getByRole('textbox', { name: 'Item 13 title' }).fill('Budget speech');
  await templates.getByRole('button', { name: 'Move item 13 up' }).click();
  // Another template shown: the copy's problem is still found on saving, and the copy shown again.
  await templates.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: 'Ordinary meeting', exact: true }).click();
  await expect(templates.getByRole('textbox', { name: 'Item 1 title' })).toHaveValue('Opening and welcome');
  await templates.getByRole('button', { name: 'Save templates' }).click();
  await expect(templates.getByRole('textbox', { name: 'Template name' })).toHaveValue('Budget meeting');
  await expect(templates.getByText('Item title is required.')).toBeVisible();
  await expect(templates.getByText('Saved.')).toBeHidden();
  await templates.getByRole('textbox', { name: 'Item 1 title' }).fill('Welcome');
  await templates.getByRole('button', { name: 'Save templates' }).click();
  await expect(templates.getByText('Saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Phrase library' }).getByRole('textbox', { name: 'Phrase 8 name' })).toHaveValue('Item withdrawn');
  const saved = page.getByRole('region', { name: 'Agenda templates' });
  await saved.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: 'Budget meeting' }).click();
  const items = saved.getByRole('list', { name: 'Items of the template Budget meeting' });
  await expect(items.getByRole('textbox', { name: 'Item 1 title' })).toHaveValue('Welcome');
  await expect(items.getByRole('textbox', { name: 'Item 12 title' })).toHaveValue('Budget speech');
  await expect(items.getByRole('textbox', { name: 'Item 13 title' })).toHaveValue('Closure');
});

test('one search box finds minutes text, agenda items and resolutions, and opens them', async ({ page }) => {
  const search = page.getByRole('searchbox', { name: 'Search everything' });
  await search.fill('water treatment');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
  const items = page.getByRole('region', { name: 'Agenda items and minutes' });
  const resolutions = page.getByRole('region', { name: 'Resolutions' });
  await expect(items).toContainText('Adjustment budget: water infrastructure');
  await expect(resolutions).toContainText('C 802/');
  await resolutions.getByRole('link', { name: /C 802\// }).click();
  await expect(page.getByRole('heading', { level: 1, name: /C 802\/\d{4} Adjustment budget: water infrastructure/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('tender specification drafted');

  await search.fill('no such words anywhere');
  await search.press('Enter');
  await expect(page.getByText('Nothing found')).toBeVisible();
});

test('the dashboard warns when Council has no meeting in the quarter', async ({ page }) => {
  await expect(page.getByText(/Council has no meeting held or scheduled/)).toHaveCount(0);
  // Half a year later the demo's Council meetings are in an earlier quarter.
  await page.clock.setFixedTime(new Date(Date.now() + 200 * 24 * 3600 * 1000));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText(/Council has no meeting held or scheduled in .* \d{4}\. The Municipal Structures Act \(s18\)/)).toBeVisible();
});
