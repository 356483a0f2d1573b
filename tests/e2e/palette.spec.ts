/**
 * The command palette and the shortcut sheet (issue 20 §4), from the keyboard only: Ctrl+K finds
 * a query by words of its description and Enter opens it; `?` lists the shortcuts; the app bar's
 * button opens the palette and Escape gives the focus back; "log a query" runs the command. No
 * accessibility violation in the palette or the sheet, in either theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { WelcomePage } from './pages/WelcomePage';

test.use({ viewport: { width: 1366, height: 768 } });

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect
    .soft(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })),
      what,
    )
    .toEqual([]);
}

test('the palette finds a record by a word in its text and runs a command, all from the keyboard; ? lists the shortcuts', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');

  // Ctrl+K opens the palette with the focus in its field; the commands are offered at once.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search and commands' });
  const field = palette.getByRole('combobox', { name: 'Search and commands' });
  await expect(field).toBeFocused();
  await expect(palette.getByRole('group', { name: 'Commands' }).getByRole('option', { name: /Log a query/ })).toBeVisible();

  // Words from a query's description (not its subject) find it, said to be a query.
  await page.keyboard.type('running down the street');
  const found = palette.getByRole('group', { name: 'Queries' }).getByRole('option', { name: /Burst water pipe on Marula Street.*Query$/ });
  await expect(found).toBeVisible();
  await expect(palette.getByRole('option')).toHaveCount(2); // the query, and "Search everything for …"
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: test.info().outputPath('palette-found-light.png') });
  // The arrow keys move the active option; the field says which it is.
  await page.keyboard.press('ArrowDown');
  const searchAll = palette.getByRole('option', { name: /Search everything for “running down the street”/ });
  await expect(searchAll).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await searchAll.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await expectNoViolations(page, 'palette with results (light)');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Burst water pipe on Marula Street' })).toBeVisible();

  // A phone number finds its stakeholder however either was written: Mrs Mashele's is stored as "072 000 0101".
  await page.keyboard.press('Control+k');
  await page.keyboard.type('+27 72 000 0101');
  const byPhone = palette.getByRole('group', { name: 'Stakeholders' }).getByRole('option');
  await expect(byPhone.filter({ hasText: 'Mrs Dorah Mashele' })).toContainText('072 000 0101');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // `?` (not in a text field) opens the shortcut sheet: every shortcut, in a table.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  const table = sheet.getByRole('table', { name: 'Keyboard shortcuts' });
  await expect(table.getByRole('row', { name: /Ctrl\+K Search and commands/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Alt\+2 Go to Meetings/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^P Mark present/ })).toBeVisible();
  await expectNoViolations(page, 'shortcut sheet (light)');
  await page.screenshot({ path: test.info().outputPath('sheet-light.png') });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // The app bar's button opens the palette too; Escape closes it and the focus goes back to the button.
  const button = page.getByRole('button', { name: 'Search and commands Ctrl+K' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(button).toBeFocused();

  // In the dark theme: the palette and the sheet still pass.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.type('water');
  await expect(palette.getByRole('group', { name: 'Agenda items and minutes' }).getByRole('option').first()).toBeVisible();
  await expectNoViolations(page, 'palette with results (dark)');
  await page.screenshot({ path: test.info().outputPath('palette-found-dark.png') });
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await expectNoViolations(page, 'shortcut sheet (dark)');
  await page.screenshot({ path: test.info().outputPath('sheet-dark.png') });
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });

  // A command by its words: "log a query", Enter, and the intake form is open.
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.type('log a query');
  await expect(palette.getByRole('option').first()).toHaveAccessibleName(/^Log a query/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Log a query' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Log a query' })).toBeVisible();

  // Hostile text in a record is shown as text, on one clipped line: markup stays markup, a
  // right-to-left override does not turn the line around, a long name does not widen the dialog.
  await page.keyboard.press('Alt+5');
  const directory = new StakeholdersPage(page);
  await directory.startAdding();
  const hostile = `<img src=x onerror="document.title='pwned'">Zyxwv \u202Etxt.exe ${'W'.repeat(150)}`;
  await directory.fillPerson({ name: hostile, purpose: 'Test' });
  await directory.addDialog().getByRole('button', { name: 'Add stakeholder' }).click();
  await expect(directory.addDialog()).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.type('zyxwv');
  const option = palette.getByRole('group', { name: 'Stakeholders' }).getByRole('option').first();
  await expect(option).toContainText('<img src=x onerror="document.title=\'pwned\'">Zyxwv txt.exe WWW');
  await expect(palette.locator('img')).toHaveCount(0);
  const [optionBox, dialogBox] = [await option.boundingBox(), await palette.getByRole('listbox').boundingBox()];
  expect(optionBox!.x + optionBox!.width).toBeLessThanOrEqual(dialogBox!.x + dialogBox!.width);
  expect(optionBox!.height).toBeLessThan(80);
  await page.screenshot({ path: test.info().outputPath('palette-hostile.png') });
  expect(await page.title()).not.toBe('pwned');
});
