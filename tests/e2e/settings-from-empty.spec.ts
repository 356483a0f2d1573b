/**
 * Issue 17, item 12, from an empty municipality: every settings form saves over what it showed.
 * On a new municipality the phrases, resolution numbers and query standards have never been
 * saved (the forms show the defaults): the first save makes the record, the second is made over
 * what the first saved. Neither may be taken for a colleague's change (a conflict to settle), and
 * both must be there after a reload.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ConflictsPage } from './pages/ConflictsPage';
import { WelcomePage } from './pages/WelcomePage';

const SHOTS = process.env.QUORUM_SHOTS;

async function settingsTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Saves a settings card with its button; the card says so beside the button, on the screen. */
async function save(card: Locator, button: string, said: string | RegExp): Promise<void> {
  await card.getByRole('button', { name: button }).click();
  await expect(card.getByRole('alert').filter({ hasText: said })).toBeInViewport();
}

test('from an empty municipality, each settings form saves, then saves again over what it saved, with no conflict', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.startOwn('Naledi Secretary', 'Kopano Local Municipality');

  // Settings → Meetings: the phrase library and the resolution numbers, twice each.
  await settingsTab(page, 'Meetings');
  const phrases = page.getByRole('region', { name: 'Phrase library' });
  await phrases.getByRole('button', { name: 'Add phrase' }).click();
  const count = await phrases.getByRole('list', { name: 'Phrases' }).getByRole('listitem').count();
  await phrases.getByLabel(`Phrase ${count} name`).fill('Noted <b>bold</b>');
  await phrases.getByLabel(`Phrase ${count} wording`).fill('The report was noted. 🙂');
  await save(phrases, 'Save phrases', 'Saved.');
  await phrases.getByLabel(`Phrase ${count} wording`).fill('The report was noted, with thanks. 🙂');
  await save(phrases, 'Save phrases', 'Saved.');

  const numbers = page.getByRole('region', { name: 'Resolution numbers' });
  await numbers.getByLabel('Number format').fill('KLM/{body}/{year}/{seq:3}');
  await save(numbers, 'Save number format', 'Saved.');
  await numbers.getByLabel('Number format').fill('KLM-{body}/{year}/{seq:4}');
  await save(numbers, 'Save number format', 'Saved.');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-meetings-from-empty.png` });

  // Settings → Queries: the service standards, twice.
  await settingsTab(page, 'Queries');
  const standards = page.getByRole('table', { name: 'Service standards' });
  const acknowledge = standards.getByLabel(/priority: working days to acknowledge$/).first();
  const label = await acknowledge.getAttribute('aria-label').then((l) => l ?? '');
  const standardsCard = page.getByRole('region', { name: 'Service standards' });
  await acknowledge.fill('4');
  await save(standardsCard, 'Save query settings', 'Query settings saved.');
  await acknowledge.fill('6');
  await save(standardsCard, 'Save query settings', 'Query settings saved.');
  // The escalation ladder's own button says it beside itself, not in the card above.
  const ladder = page.getByRole('region', { name: 'Escalation ladder' });
  await save(ladder, 'Save query settings', 'Query settings saved.');
  await expect(standardsCard.getByRole('alert')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-queries-from-empty.png` });

  // Nothing was taken for a colleague's change.
  const conflicts = new ConflictsPage(page);
  await expect(conflicts.navigationLink()).toHaveAccessibleName('Conflicts');

  // After a reload, each form shows the second save.
  await page.reload();
  await settingsTab(page, 'Meetings');
  await expect(page.getByRole('region', { name: 'Phrase library' }).getByLabel(`Phrase ${count} wording`)).toHaveValue('The report was noted, with thanks. 🙂');
  await expect(page.getByRole('region', { name: 'Phrase library' }).getByLabel(`Phrase ${count} name`)).toHaveValue('Noted <b>bold</b>');
  await expect(page.getByRole('region', { name: 'Resolution numbers' }).getByLabel('Number format')).toHaveValue('KLM-{body}/{year}/{seq:4}');
  await settingsTab(page, 'Queries');
  await expect(page.getByRole('table', { name: 'Service standards' }).getByLabel(label, { exact: true })).toHaveValue('6');
  await expect(conflicts.navigationLink()).toHaveAccessibleName('Conflicts');
});
