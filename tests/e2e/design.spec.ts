/**
 * Quorum's design at 1366×768 (issue 20): the theme chosen in Settings → Appearance (kept on this
 * laptop, over a reload), the operating system's light or dark followed otherwise, compact rows,
 * clipped table text shown whole on keyboard focus, no accessibility violation (axe, WCAG 2.1 AA)
 * on the main pages in either theme, and the main screens compared with their committed pictures.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WelcomePage } from './pages/WelcomePage';

test.use({ viewport: { width: 1366, height: 768 } });

/** The main pages: where to go, and what shows once the page stands. */
const MAIN_PAGES = [
  { path: 'dashboard', heading: 'Dashboard', ready: (page: Page) => expect(page.getByRole('region', { name: 'Queries over 12 months' })).toBeVisible() },
  { path: 'meetings', heading: 'Meetings', ready: (page: Page) => expect(page.getByRole('table', { name: 'Meetings' })).toBeVisible() },
  { path: 'queries', heading: 'Queries', ready: (page: Page) => expect(page.getByRole('table', { name: 'Queries' }).getByRole('row')).toHaveCount(6) },
  { path: 'stakeholders', heading: 'Stakeholders', ready: (page: Page) => expect(page.getByRole('table', { name: 'Stakeholders' })).toBeVisible() },
  { path: 'resolutions', heading: 'Resolutions', ready: (page: Page) => expect(page.getByRole('table', { name: 'Resolutions' })).toBeVisible() },
  { path: 'settings/appearance', heading: 'Settings', ready: (page: Page) => expect(page.getByRole('radiogroup', { name: 'Theme' })).toBeVisible() },
  {
    path: 'meetings/demo-mtg-finance/agenda',
    heading: 'Finance Portfolio Committee',
    ready: (page: Page) => expect(page.getByRole('list', { name: 'Agenda items' })).toBeVisible(),
  },
  {
    path: 'meetings/demo-mtg-finance/attendance',
    heading: 'Finance Portfolio Committee',
    ready: (page: Page) => expect(page.getByRole('table', { name: 'Attendance register' })).toBeVisible(),
  },
] as const;

/** The screens compared with their pictures, in each theme. */
const PICTURED = new Set(['dashboard', 'queries', 'resolutions']);

async function openDemo(page: Page) {
  await page.clock.install({ time: new Date('2026-04-14T09:00:00+02:00') });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Officer');
}

async function show(page: Page, target: (typeof MAIN_PAGES)[number]) {
  await page.goto(`./#/${target.path}`);
  await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible();
  await target.ready(page);
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  // The bundled font is drawn, not a fallback (pictures would differ from the committed ones).
  await expect
    .poll(() =>
      page.evaluate(
        async () => (await document.fonts.ready, [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'Inter' && f.status === 'loaded').length),
      ),
    )
    .toBeGreaterThan(0);
}

function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

const LIGHT = 'rgb(244, 245, 247)';
const DARK = 'rgb(17, 22, 20)';

test('the theme chosen in Settings is kept over a reload, and otherwise the system’s is followed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDemo(page);
  expect(await pageBackground(page)).toBe(LIGHT);
  // "System" (the default) follows the operating system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => pageBackground(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => pageBackground(page)).toBe(LIGHT);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Appearance' }).click();
  const theme = page.getByRole('radiogroup', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: /^System/ })).toBeChecked();
  await theme.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => pageBackground(page)).toBe(DARK);
  // Buttons are in sentence case, as written.
  await expect(page.getByRole('tab', { name: 'Appearance' })).toHaveCSS('text-transform', 'none');

  await page
    .getByRole('radiogroup', { name: 'Table rows' })
    .getByRole('radio', { name: /^Compact/ })
    .check();
  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Table rows' }).getByRole('radio', { name: /^Compact/ })).toBeChecked();
  expect(await pageBackground(page)).toBe(DARK);
  // The operating system's light no longer matters once Dark is chosen.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await pageBackground(page)).toBe(DARK);

  // Compact rows: a queue row is 44 px high, not 56.
  await page.getByRole('link', { name: 'Queries' }).click();
  const row = page.getByRole('table', { name: 'Queries' }).getByRole('row').nth(1);
  await expect(row).toBeVisible();
  expect((await row.boundingBox())?.height).toBe(44);

  // A long progress note is cut in the register; with the row's link focused it shows whole.
  await page.getByRole('link', { name: 'Resolutions' }).click();
  const progress = page.getByTitle(/^Budget loaded on the financial system/);
  const clipped = (await progress.boundingBox())?.height ?? 0;
  // Keyboard focus (not a mouse press, which must not move the row under the pointer).
  await page.getByRole('link', { name: 'C 802/2026' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'C 802/2026' })).toBeFocused();
  await expect.poll(async () => (await progress.boundingBox())?.height ?? 0).toBeGreaterThan(clipped);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the main pages in the ${scheme} theme: no accessibility violation, and as pictured`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openDemo(page);
    for (const target of MAIN_PAGES) {
      await show(page, target);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      // Soft: every page is checked, and every violation reported, in one run.
      const violations = results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      expect.soft(violations, `${target.path} (${scheme})`).toEqual([]);
      if (PICTURED.has(target.path)) {
        await expect(page).toHaveScreenshot(`${target.path.replace('/', '-')}-${scheme}.png`, { maxDiffPixelRatio: 0.02 });
      }
    }
  });
}
