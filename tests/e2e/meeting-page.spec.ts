/**
 * The meeting page's own controls (issue 20): its section tabs are worked from the keyboard as
 * the WAI-ARIA tabs pattern says (one tab stop; the arrows, Home and End move along the row; Enter
 * selects), drawn by ui/TabStrip.tsx without MUI's measuring Tabs; the minutes panel draws its
 * lower sections (decision, motions, actions) just after the first frame (ui/after-paint.ts),
 * and its multiline fields grow with their text through CSS (ui/GrowingTextField.tsx).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';

test.use({ viewport: { width: 1366, height: 768 } });

/** The demo's last Council meeting (OC 09, with draft minutes), opened from the Meetings list. */
async function openDemoMeeting(page: Page) {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings', exact: true }).click();
  await page
    .getByRole('table', { name: 'Meetings' })
    .getByRole('row')
    .filter({ hasText: /OC 09\// })
    .getByRole('link')
    .click();
  return page.getByRole('tablist', { name: 'Meeting sections' });
}

test('the meeting’s section tabs are worked from the keyboard', async ({ page }) => {
  const tabs = await openDemoMeeting(page);
  const tab = (name: string) => tabs.getByRole('tab', { name, exact: true });
  await expect(tab('Agenda')).toHaveAttribute('aria-selected', 'true');
  // One tab stop: the selected tab.
  await expect(tab('Agenda')).toHaveAttribute('tabindex', '0');
  await expect(tab('Minutes')).toHaveAttribute('tabindex', '-1');

  await tab('Agenda').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Attendance')).toBeFocused();
  // Moving the focus selects nothing (manual activation): the agenda is still shown.
  await expect(tab('Agenda')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Minutes')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tab('Minutes')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/minutes/);
  const panel = page.getByRole('tabpanel', { name: 'Minutes' });
  await expect(panel.getByRole('region', { name: 'Minutes of item 1' })).toBeVisible();

  // End, Home and the wrap round the ends; Space selects too.
  await page.keyboard.press('End');
  await expect(tab('Particulars')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Agenda')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Particulars')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Agenda')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await expect(tab('Attendance')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Attendance' }).getByRole('table', { name: 'Attendance register' })).toBeVisible();

  // The browser's Back returns to the tab before.
  await page.goBack();
  await expect(tab('Minutes')).toHaveAttribute('aria-selected', 'true');
});

test('the minutes panel draws its decision, motions and actions, and the decision note grows with its text', async ({ page }) => {
  const tabs = await openDemoMeeting(page);
  await tabs.getByRole('tab', { name: 'Minutes', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Agenda items to minute' })
    .getByRole('button', { name: /^2 Apologies/ })
    .click();
  const item = page.getByRole('region', { name: 'Minutes of item 2' });
  // The sections below the window are there (drawn just after the first frame).
  await expect(item.getByRole('region', { name: 'Decision' })).toBeVisible();
  await expect(item.getByRole('region', { name: 'Motions under item 2' }).getByRole('textbox', { name: 'Resolution title' })).toHaveValue('Leave of absence');
  await expect(item.getByRole('button', { name: 'Propose a motion' })).toBeVisible();

  const note = item.getByRole('textbox', { name: 'Decision note' });
  const oneLine = (await note.boundingBox())?.height ?? 0;
  expect(oneLine).toBeGreaterThan(10);
  await note.fill('Granted as asked.\nCllr Khumalo to be told in writing.\nRecorded in the leave register.');
  // Three lines: about three times the height of one, without a scroll bar.
  await expect.poll(async () => (await note.boundingBox())?.height ?? 0).toBeGreaterThan(oneLine * 2.5);
  expect(await note.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
  await expect(item.getByRole('status', { name: 'Decision note of item 2 saved state' })).toContainText('Saved');

  // Saved: after a reload the three lines are there.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Minutes of item 2' }).getByRole('textbox', { name: 'Decision note' })).toHaveValue(
    'Granted as asked.\nCllr Khumalo to be told in writing.\nRecorded in the leave register.',
  );
});

test('the agenda draws the rows that fill the window first, then every row; its buttons show their hints on hover and focus', async ({ page }) => {
  await page.clock.install();
  const tabs = await openDemoMeeting(page);
  const agenda = page.getByRole('list', { name: 'Agenda items' });
  await expect(agenda.getByRole('listitem')).toHaveCount(16);
  // With time stopped the agenda stays in its first frame: the 10 of its 16 items that fill a
  // 768 px window and one more (rowsToFill: rows of at least 60 px from 250 px down).
  await tabs.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.clock.pauseAt(Date.now() + 60_000);
  await tabs.getByRole('tab', { name: 'Agenda', exact: true }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(10);
  // Once the frame is painted (time runs again) every item is drawn.
  await page.clock.resume();
  await expect(agenda.getByRole('listitem')).toHaveCount(16);
  const files = agenda.getByRole('button', { name: /^Files of 2 Apologies/ });

  // Hover: the hint shows after a moment, names the button's purpose, and goes when the pointer leaves.
  await files.hover();
  const hint = page.getByRole('tooltip', { name: 'Report and annexures' });
  await expect(hint).toBeVisible();
  await expect(files).toHaveAttribute('aria-describedby', (await hint.getAttribute('id')) ?? 'missing');
  await page.mouse.move(5, 5);
  await expect(hint).toBeHidden();

  // Keyboard focus shows it at once; Escape dismisses it and keeps the focus on the button.
  await files.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(files).toBeFocused();
  await expect(hint).toBeVisible();
  // The focus is drawn (an outline: the tests' browser asks for reduced motion, so no focus ripple).
  expect(await files.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();
  await expect(files).toBeFocused();
  // The button's own name is unchanged by the hint.
  await expect(files).toHaveAccessibleName(/^Files of 2 Apologies/);

  // Escape also dismisses a hint shown by the pointer while the focus is elsewhere.
  await page.getByRole('searchbox').first().focus();
  await files.hover();
  await expect(hint).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();
});

test('a draft agenda’s item is moved by dragging its handle from the keyboard, and the items renumber', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+02:00'));
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({ body: 'Council', title: 'Special Council: order', date: '2026-12-10', start: '09:30', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  const agenda = page.getByRole('list', { name: 'Agenda items' });
  const items = agenda.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const titleOf = async (index: number) => ((await items.nth(index).getAttribute('aria-label')) ?? '').replace(/^\S+ /, '');
  const first = await titleOf(0);
  const second = await titleOf(1);
  expect(first).not.toBe(second);

  // The draft's rows have drag handles (a frozen agenda's do not): pick item 1 up, move it down one place, drop it.
  // Each step is said by number and title in dnd-kit's live region, and waited for as a person would.
  const said = (text: string) => page.getByRole('status').filter({ hasText: text });
  const handle = agenda.getByRole('button', { name: `Drag 1 ${first}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(said(`Picked up item 1 ${first}.`)).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(said(`Item 1 ${first} is over item 2 ${second}.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(said(`Item 1 ${first} was moved to the place of item 2 ${second}.`)).toBeAttached();
  await expect(items.nth(0)).toHaveAttribute('aria-label', `1 ${second}`);
  await expect(items.nth(1)).toHaveAttribute('aria-label', `2 ${first}`);
  // Stored: the order survives a reload.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem').nth(0)).toHaveAttribute('aria-label', `1 ${second}`);
});
