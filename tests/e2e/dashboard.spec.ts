/**
 * The dashboard's query figures for the Municipal Manager: each chart can be read as a table with
 * the same figures, and each headline figure leads to the queue behind it.
 */
import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/DashboardPage';
import { QueriesPage } from './pages/QueriesPage';
import { WelcomePage } from './pages/WelcomePage';

test('query charts read as tables, and the overdue figure opens the Overdue queue', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-14T09:00:00+02:00') });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Officer');
  const dashboard = new DashboardPage(page);

  // The open demo queries: in progress, assigned, new, acknowledged, awaiting the stakeholder.
  await expect(page.getByRole('link', { name: 'Open queries: 5' })).toBeVisible();
  const open = 5;
  // The demo's resolutions: one carried and in progress (overdue), one carried and not started,
  // one implemented, and a failed motion that is never "being implemented". Their figures load
  // on their own (a metro's unfinished resolutions take a while to read).
  await expect(page.getByLabel('Resolution figures')).toHaveAttribute('aria-busy', 'false');
  expect(await dashboard.figureValue('Being implemented')).toBe(2);
  expect(await dashboard.figureValue('Overdue resolutions')).toBe(1);
  const aging = await dashboard.asTable('Aging of open queries');
  const counts = await aging.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => Number(r.lastElementChild?.textContent ?? 0)));
  expect(counts).toHaveLength(4);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(open);

  const trend = await dashboard.asTable('Queries over 12 months');
  await expect(trend.getByRole('row')).toHaveCount(13);
  await expect(trend.getByRole('row').nth(12)).toContainText('Apr 2026');
  await expect(trend.getByRole('row').nth(1)).toContainText('May 2025');

  const turnaround = await dashboard.asTable('Median working days to resolve');
  await expect(turnaround.getByRole('row', { name: /Technical Services/ })).toBeVisible();

  await expect.poll(() => dashboard.figureValue('Overdue queries')).toBeGreaterThanOrEqual(1);
  const overdue = await dashboard.figureValue('Overdue queries');
  await dashboard.figure('Overdue queries').click();
  await expect(page.getByRole('tab', { name: 'Overdue', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(new QueriesPage(page).table().getByRole('row')).toHaveCount(overdue + 1);
});
