/**
 * A queue longer than a page: 600 open queries reach the laptop from the server (another
 * office logged them); the list shows the 250 soonest due at once, reads the rest when the
 * person scrolls towards the end, and a search covers every query in the queue, not just the
 * first page, as does an export.
 */
import { readFile } from 'node:fs/promises';
import { AppShell } from './pages/AppShell';
import { WelcomePage } from './pages/WelcomePage';
import { THULI, expect, test } from './support/sync-fixtures';
import { connectTo } from './support/laptops';

const COUNT = 600;

/** Query number i (1-based) is due i days after 2027-01-01, so due order is number order. */
function queryDoc(i: number) {
  const number = String(i).padStart(4, '0');
  const due = new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const at = '2026-11-30T08:00:00.000Z';
  return {
    _id: `e2e-long-${number}`,
    reference: `Q-2026-${number}-LQ`,
    stakeholderId: 'e2e-stakeholder',
    channel: 'email',
    subject: `Streetlight out, pole ${number}`,
    category: 'Other',
    priority: 'normal',
    status: 'in_progress',
    receivedAt: at,
    dueDate: due,
    departmentId: 'e2e-department',
    officer: 'Field Officer',
    createdAt: at,
    createdBy: 'Intake Office',
    updatedAt: at,
    updatedBy: 'Intake Office',
    hasConflict: false,
  };
}

test('a queue of 600 shows its first page at once and the rest as the person scrolls; a search covers all of it', async ({ page, syncServer }) => {
  await syncServer.database('queries').bulkDocs(Array.from({ length: COUNT }, (_, i) => queryDoc(i + 1)));

  await new WelcomePage(page).open();
  await new WelcomePage(page).startOwn('Thuli Secretary', 'Long Queue Municipality');
  await connectTo(page, syncServer, THULI);

  await new AppShell(page).goTo('Queries');
  await page.getByRole('tab', { name: 'All open' }).click();
  const table = page.getByRole('table', { name: 'Queries' });
  const status = page.getByRole('status').filter({ hasText: /quer(y|ies)/ });
  await expect(status).toHaveText('250 queries · the 250 soonest due of 600: scroll down for more');
  await expect(table).toHaveAttribute('aria-rowcount', '251');
  await expect(table.getByRole('row').nth(1)).toContainText('Q-2026-0001-LQ');
  await page.screenshot({ path: test.info().outputPath('long-queue-first-page.png') });

  // An export lists the whole queue, not just the page on screen.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await readFile(await (await download).path())).toString('utf8');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(COUNT + 1);
  expect(lines[1]).toContain('Q-2026-0001-LQ');
  expect(lines[COUNT]).toContain('Q-2026-0600-LQ');
  await expect(page.getByText(`${COUNT} queries saved as`)).toBeVisible();

  // Towards the end of the first page, the rest of the queue is read; the rows already seen stay.
  const body = table.getByRole('rowgroup').nth(1);
  await body.hover();
  for (let i = 0; i < 40 && (await table.getAttribute('aria-rowcount')) !== '601'; i += 1) await page.mouse.wheel(0, 2_000);
  await expect(status).toHaveText('600 queries');
  await expect(table).toHaveAttribute('aria-rowcount', '601');
  for (let i = 0; i < 40; i += 1) await page.mouse.wheel(0, 4_000);
  await expect(table.getByRole('row', { name: /Q-2026-0600-LQ/ })).toBeVisible();

  // A search reads the whole queue at once: a query far past the first page is found.
  await new AppShell(page).goTo('Dashboard');
  await new AppShell(page).goTo('Queries');
  await page.getByRole('tab', { name: 'All open' }).click();
  await expect(status).toHaveText('250 queries · the 250 soonest due of 600: scroll down for more');
  await page
    .getByRole('search', { name: 'Filter the queries' })
    .getByRole('searchbox', { name: /Search/ })
    .fill('pole 0577');
  await expect(status).toHaveText('1 of 600 queries match the filters');
  await expect(table.getByRole('row', { name: /Q-2026-0577-LQ/ })).toBeVisible();
});
