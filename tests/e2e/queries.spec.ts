/**
 * Stakeholder queries end to end, as brief scenario 4 tells it: an operations officer logs a query
 * from a resident, acknowledges and assigns it; the due date follows the service standard in
 * working days; days later (Playwright's clock) it is overdue in the department's queue and on the
 * dashboard; it is resolved, closed, reopened and closed again, with the full timeline kept.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { DashboardPage } from './pages/DashboardPage';
import { DocumentExports } from './pages/DocumentExports';
import { dateField, shownDate, typeDate } from './pages/DateInput';
import { QueriesPage } from './pages/QueriesPage';
import { WelcomePage } from './pages/WelcomePage';

const SHOTS = process.env.QUORUM_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

// Thursday 2 April 2026, 09:00 in Johannesburg: Good Friday and Family Day come next.
const INTAKE_DAY = new Date('2026-04-02T09:00:00+02:00');
// Wednesday 22 April 2026: two working days after the due date.
const DAYS_LATER = new Date('2026-04-22T09:00:00+02:00');

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: INTAKE_DAY });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Officer');
});

test('brief scenario 4: a resident’s query from intake to closure, overdue in working days on the way', async ({ page }) => {
  // The whole life of a query in one test: longer than the default minute on a busy machine.
  test.setTimeout(180_000);
  const shell = new AppShell(page);
  const queries = new QueriesPage(page);
  await shell.goTo('Queries');
  await shot(page, 'queues-open');
  await queries.startIntake();

  await queries.addNewResident({ name: 'Sipho Ndlovu', phone: '072 555 0199', ward: '4', consent: true });
  await queries.fillQuery({
    channel: 'Phone',
    subject: 'Refuse not collected in Mahogany Close',
    description: 'Bins have stood on the pavement since Monday.',
    category: 'Refuse removal',
    ward: '4',
    priority: 'Normal',
  });
  // 10 working days from Thursday 2 April: Good Friday (3 April) and Family Day (6 April) are skipped.
  await expect(queries.serviceStandard()).toContainText('Monday, 13 April 2026');
  await expect(queries.serviceStandard()).toContainText('Monday, 20 April 2026');
  await shot(page, 'intake');
  await queries.saveWithKeyboard();

  await expect(page.getByRole('alert').filter({ hasText: 'Query logged' })).toContainText(/Q-2026-0001-[2-9A-HJKMNP-Z]{2}/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Refuse not collected in Mahogany Close');
  const reference = /Q-2026-0001-[2-9A-HJKMNP-Z]{2}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
  expect(reference).not.toBe('');
  await expect(queries.facts()).toContainText('Monday, 20 April 2026');
  await expect(queries.facts()).toContainText('Sipho Ndlovu');

  // The acknowledgement letter (Word) with the reference number, at intake.
  const letter = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Acknowledgement letter' }).click();
  const saved = await letter;
  expect(saved.suggestedFilename()).toContain(reference);
  expect(saved.suggestedFilename()).toMatch(/\.docx$/);

  await queries.act('Acknowledge', { 'How it was acknowledged': 'SMS sent with the reference number.' });
  await queries.expectDialogClosed();
  await queries.act('Assign', {}, { Department: 'Community Services', 'Responsible officer': 'Tebogo Masemola · Community Services' });
  await queries.expectDialogClosed();
  await expect(queries.facts()).toContainText('Community Services');
  await shot(page, 'query-assigned');

  // Days later: the query is past its due date.
  await page.clock.setSystemTime(DAYS_LATER);
  await shell.goTo('Queries');
  await queries.chooseDepartmentQueue('Community Services');
  const row = queries.row(/Refuse not collected in Mahogany Close/);
  await expect(row).toContainText('overdue');
  await expect(row).toContainText('20 Apr 2026');
  await queries.openQueue('Overdue');
  await expect(queries.row(/Refuse not collected/)).toBeVisible();
  await shot(page, 'queue-overdue');

  await shell.goTo('Dashboard');
  const dashboard = new DashboardPage(page);
  await expect.poll(() => dashboard.figureValue('Overdue queries')).toBeGreaterThanOrEqual(1);
  const byDepartment = await dashboard.asTable('Open queries by department');
  await expect(byDepartment.getByRole('row', { name: /Community Services/ })).toHaveText(/Community Services\s*1\s*1/);
  await shot(page, 'dashboard');

  // Resolved, closed, reopened and closed again.
  await shell.goTo('Queries');
  await queries.search(reference);
  await queries.table().getByRole('link', { name: reference }).click();
  await expect(queries.timeline()).toContainText('Escalated');
  await queries.act('Resolve', { Outcome: 'Refuse collected on 22 April; we apologise for the delay.' });
  await queries.expectDialogClosed();
  await queries.act('Close', { Note: 'The resident confirmed by phone.' });
  await queries.expectDialogClosed();
  await queries.act('Reopen', { 'Why it is reopened': 'The bins were missed again.' });
  await queries.expectDialogClosed();
  await expect(queries.facts()).toContainText('Due');
  await queries.act('Resolve', { Outcome: 'Collected; the route now includes the close.' });
  await queries.expectDialogClosed();
  await queries.act('Close');
  await queries.expectDialogClosed();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Closed');

  const entries = queries.timeline().getByRole('listitem');
  await expect(entries.first()).toHaveAccessibleName(/^Logged, 02 Apr 2026|^Logged, 2 Apr 2026/);
  const names = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')?.split(',')[0] ?? ''));
  expect(names).toEqual(['Logged', 'Status changed', 'Assigned', 'Escalated', 'Resolved', 'Status changed', 'Status changed', 'Resolved', 'Status changed']);
  await expect(queries.timeline()).toContainText('Resolved → Closed');
  await expect(queries.timeline()).toContainText('Closed → Reopened');
  await expect(queries.timeline()).toContainText('we apologise for the delay');
  await shot(page, 'query-timeline');

  // A timeline entry needs its text; a call is then added to the timeline.
  const entryForm = page.getByRole('form', { name: 'Add to the timeline' });
  await entryForm.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(entryForm.getByText('Write what was said or done.')).toBeVisible();
  await expect(entries).toHaveCount(9);
  await entryForm.getByRole('combobox', { name: 'Entry' }).click();
  await page.getByRole('option', { name: 'Phone call' }).click();
  await entryForm.getByRole('textbox', { name: 'What was said or done' }).fill('The resident thanked the depot.');
  await entryForm.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(entries).toHaveCount(10);
  await expect(entryForm.getByRole('textbox', { name: 'What was said or done' })).toHaveValue('');

  // Kept after a reload: nothing lives only in memory.
  await page.reload();
  await expect(queries.timeline().getByRole('listitem')).toHaveCount(10);
});

test('a service standard changed in Settings sets the due date of the next query', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goTo('Settings');
  await page.getByRole('tab', { name: 'Queries' }).click();
  const standards = page.getByRole('table', { name: 'Service standards' });
  await standards.getByRole('spinbutton', { name: 'Refuse removal, normal priority: working days to acknowledge' }).fill('2');
  await standards.getByRole('spinbutton', { name: 'Refuse removal, normal priority: working days to resolve' }).fill('3');
  await page.getByRole('region', { name: 'Service standards' }).getByRole('button', { name: 'Save query settings' }).click();
  await expect(page.getByText('Query settings saved.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Public holidays in 2026' })).toContainText('Friday, 03 April 2026: Good Friday');
  await expect(page.getByLabel('Reference code', { exact: true })).toHaveText(/^[2-9A-HJKMNP-Z]{2}$/);
  await shot(page, 'settings-queries');

  // A resolve standard shorter than the acknowledgement one is refused.
  await standards.getByRole('spinbutton', { name: 'Refuse removal, low priority: working days to resolve' }).fill('1');
  await standards.getByRole('spinbutton', { name: 'Refuse removal, low priority: working days to resolve' }).press('Tab');
  await page.getByRole('region', { name: 'Service standards' }).getByRole('button', { name: 'Save query settings' }).click();
  await expect(page.getByText('A query cannot be resolved before it is acknowledged.')).toBeVisible();
  await standards.getByRole('spinbutton', { name: 'Refuse removal, low priority: working days to resolve' }).fill('15');
  await page.getByRole('region', { name: 'Service standards' }).getByRole('button', { name: 'Save query settings' }).click();
  await expect(page.getByText('Query settings saved.')).toBeVisible();

  await shell.goTo('Queries');
  const queries = new QueriesPage(page);
  await queries.startIntake();
  await queries.pickStakeholder('Sibiya', 'Ms Zodwa Sibiya');
  await queries.fillQuery({ subject: 'Skip overflowing at the taxi rank', category: 'Refuse removal' });
  // Three working days from Thursday 2 April 2026, over Easter: 7, 8 and 9 April.
  await expect(queries.serviceStandard()).toContainText('Thursday, 09 April 2026 (3 working days)');
  await queries.save();
  await expect(queries.facts()).toContainText('Thursday, 09 April 2026');
});

test('the stakeholder box finds a number in any form, and a new number typed there goes in the phone field', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = new AppShell(page);
  const queries = new QueriesPage(page);
  await shell.goTo('Queries');
  await queries.startIntake();
  const picker = queries.form().getByRole('combobox', { name: 'Stakeholder' });

  // The demo directory holds one resident as "072 000 0101" and another as "+27 72 000 0101".
  await picker.fill('072 000 0101');
  await expect(page.getByRole('option', { name: /^D\. Mashele/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Mrs Dorah Mashele/ })).toBeVisible();
  await shot(page, 'intake-phone-search');

  // A number nobody has: the last choice adds a stakeholder with it as the phone, not the name.
  await picker.fill('073 555 0142');
  await page.getByRole('option', { name: 'Add a new stakeholder with phone number “073 555 0142”' }).click();
  const fieldset = queries.form().getByRole('group', { name: 'New stakeholder' });
  await expect(fieldset.getByRole('textbox', { name: 'Phone' })).toHaveValue('073 555 0142');
  await expect(fieldset.getByRole('textbox', { name: 'Full name' })).toHaveValue('');
  await fieldset.getByRole('textbox', { name: 'Full name' }).fill('Lerato Dube');
  await fieldset.getByRole('checkbox', { name: /consented/ }).check();
  await shot(page, 'intake-new-by-phone');
  await queries.fillQuery({ subject: 'Streetlight out on Baobab Street', category: 'Refuse removal' });
  await queries.save();
  await expect(queries.facts()).toContainText('Lerato Dube');
});

test('exports as a person expects: a department queue under its name, ISO 8601 dates in the CSV, letters that follow the status', async ({ page }) => {
  const shell = new AppShell(page);
  const queries = new QueriesPage(page);
  await shell.goTo('Queries');
  await queries.chooseDepartmentQueue('Technical Services');
  await expect(queries.row(/Burst water pipe on Marula Street/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toBe('2026-04-02 Technical Services Queries.csv');
  const [header, ...rows] = (await readFile(await csvFile.path()))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  const cells = (line: string | undefined) => (line ?? '').slice(1, -1).split('","');
  const row = cells(rows.find((line) => line.includes('Burst water pipe on Marula Street')));
  const cell = (name: string) => row[cells(header).indexOf(name)];
  // Received 20 calendar days before the clock's day, at 09:15 in Johannesburg.
  expect(cell('Received')).toBe('2026-03-13T09:15+02:00');
  expect(cell('Due date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(cell('Acknowledge by')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const report = await new DocumentExports(page).capture(test.info().outputPath(), () => page.getByRole('button', { name: 'Export query report' }).click());
  expect(report.fileName).toBe('2026-04-02 Technical Services Query Report.docx');
  expect(report.text).toContain('Burst water pipe on Marula Street');

  // The letter of a closed query says it was closed, when, and the outcome; not a date we aim for.
  const exports = new DocumentExports(page);
  const letterOf = async (subject: string) => {
    await queries.openQueue('All queries');
    await queries.search(subject);
    await queries.row(new RegExp(subject)).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(subject);
    return exports.capture(test.info().outputPath(), () => page.getByRole('button', { name: 'Acknowledgement letter' }).click());
  };
  const closed = await letterOf('Request for water quality test results');
  expect(closed.text).toContain('Your query was resolved on Monday, 09 March 2026 and closed on Wednesday, 11 March 2026.');
  expect(closed.text).toContain('The outcome: Results sent by email with an explanation of the sampling points.');
  expect(closed.text).not.toContain('we aim to resolve');

  // The letter of a query waiting for the stakeholder says what was asked of them.
  await shell.goTo('Queries');
  const waiting = await letterOf('Building plan approval for a carport');
  expect(waiting.text).toContain('we asked you for more information: Asked the resident for the surveyor’s diagram');
  expect(waiting.text).not.toContain('we aim to resolve');
});

test('the received-date filters narrow the list to the days chosen; a date typed in part does not filter', async ({ page }) => {
  const shell = new AppShell(page);
  const queries = new QueriesPage(page);
  await shell.goTo('Queries');
  await queries.openQueue('All open');
  const rows = queries
    .table()
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();

  // Each open query's reference and received day, as the table shows them ("25 Mar 2026").
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const iso = (shown: string) => {
    const [day, month, year] = shown.trim().split(' ');
    return `${year}-${String(MONTHS.indexOf(month ?? '') + 1).padStart(2, '0')}-${day?.padStart(2, '0')}`;
  };
  const listed = async () =>
    (await rows.evaluateAll((els) => els.map((row) => [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent ?? '')))).map((cells) => ({
      reference: cells[0] ?? '',
      received: iso(cells[1] ?? ''),
    }));
  const all = await listed();
  expect(all.length).toBeGreaterThan(2);
  const days = [...new Set(all.map((q) => q.received))].sort();
  const from = days[1] ?? '';
  const to = days.at(-2) ?? '';
  const references = (list: { reference: string; received: string }[], keep: (day: string) => boolean) =>
    list
      .filter((q) => keep(q.received))
      .map((q) => q.reference)
      .sort();

  await typeDate(dateField(queries.filters(), 'Received from'), from);
  const fromOn = references(all, (day) => day >= from);
  await expect(page.getByRole('status').filter({ hasText: 'match the filters' })).toHaveText(`${fromOn.length} of ${all.length} queries match the filters`);
  expect((await listed()).map((q) => q.reference).sort()).toEqual(fromOn);

  // "2026/04" is not yet a date: the list stays as it was until the day is typed.
  const receivedTo = dateField(queries.filters(), 'Received to');
  await typeDate(receivedTo, to.slice(0, 7));
  await expect.poll(() => shownDate(receivedTo)).toBe(`${to.slice(0, 4)}/${to.slice(5, 7)}/DD`);
  await expect(page.getByRole('status').filter({ hasText: 'match the filters' })).toHaveText(`${fromOn.length} of ${all.length} queries match the filters`);
  await typeDate(receivedTo, to);
  const between = references(all, (day) => day >= from && day <= to);
  expect(between.length).toBeLessThan(fromOn.length);
  await expect(page.getByRole('status').filter({ hasText: 'match the filters' })).toHaveText(`${between.length} of ${all.length} queries match the filters`);
  expect((await listed()).map((q) => q.reference).sort()).toEqual(between);

  await queries.filters().getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(all.length);
});

test('in a narrow window the chosen queue’s tab is scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 768 });
  await page.goto('#/queries?queue=all');
  const tabs = page.getByRole('tablist', { name: 'Work queues' });
  const all = tabs.getByRole('tab', { name: 'All queries' });
  await expect(all).toHaveAttribute('aria-selected', 'true');
  // The row is wider than the window: without scrolling, the last tab would be cut off.
  expect(await tabs.evaluate((row) => row.scrollWidth > row.clientWidth)).toBe(true);
  await expect(all).toBeInViewport({ ratio: 1 });
  // Back to the first tab by the keyboard: it comes into view in its turn.
  await all.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(tabs.getByRole('tab', { name: 'My queries' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'My queries' })).toBeInViewport({ ratio: 1 });
});
