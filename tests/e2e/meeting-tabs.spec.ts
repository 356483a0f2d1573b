/**
 * Switching a meeting's tabs shows the tab with its records at once (issue 20): what the tabs
 * read is shared and held while the meeting is open (renderer/src/db/live-cache.ts), so no tab
 * passes through a loading skeleton, and a change made on one tab is on the next at once.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { MeetingPage } from './pages/MeetingPage';
import { WelcomePage } from './pages/WelcomePage';

/** Records every loading state (a busy status) drawn from now on. */
async function watchForLoading(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __loadingSeen: string[] }).__loadingSeen = seen;
    const note = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const el of [node, ...node.querySelectorAll('[aria-busy="true"]')]) {
        if (el.getAttribute('aria-busy') === 'true') seen.push(el.textContent ?? '');
      }
    };
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(note))).observe(document.body, { childList: true, subtree: true });
  });
}

const loadingSeen = (page: Page) => page.evaluate(() => (window as unknown as { __loadingSeen: string[] }).__loadingSeen);

test("a meeting's tabs switch straight to their records, with no loading in between", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await new AppShell(page).goTo('Meetings');
  // The demo's last Council meeting: open, with its minutes in draft.
  await page
    .getByRole('table', { name: 'Meetings' })
    .getByRole('row')
    .filter({ hasText: /OC 09\// })
    .getByRole('link')
    .click();
  const meeting = new MeetingPage(page);
  const agenda = page.getByRole('list', { name: 'Agenda items' });
  await expect(agenda.getByRole('listitem').first()).toBeVisible();
  const items = await agenda.getByRole('listitem').count();
  expect(items).toBeGreaterThan(10);

  await watchForLoading(page);
  await meeting.tab('Minutes');
  const nav = page.getByRole('navigation', { name: 'Agenda items to minute' });
  await expect(nav.getByRole('list').getByRole('button')).toHaveCount(items);
  await expect(page.getByRole('region', { name: /^Minutes of / })).toBeVisible();
  await meeting.tab('Attendance');
  await expect(page.getByRole('table', { name: 'Attendance register' }).getByRole('row').nth(1)).toBeVisible();
  await meeting.tab('Agenda');
  await expect(agenda.getByRole('listitem')).toHaveCount(items);
  await meeting.tab('Minutes');
  await expect(nav.getByRole('list').getByRole('button')).toHaveCount(items);
  expect(await loadingSeen(page)).toEqual([]);

  // What is typed on one visit is there on the next: the shared read is live, not a copy.
  const minutes = page.getByRole('region', { name: /^Minutes of / });
  const discussion = minutes.getByRole('textbox', { name: /^Discussion of / });
  await discussion.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Noted by the tabs test.');
  await expect(minutes.getByRole('status', { name: /^Discussion of .* saved state$/ })).toHaveText(/Saved/);
  await meeting.tab('Agenda');
  await expect(agenda.getByRole('listitem')).toHaveCount(items);
  await meeting.tab('Minutes');
  await expect(discussion).toContainText('Noted by the tabs test.');
  expect(await loadingSeen(page)).toEqual([]);
});
