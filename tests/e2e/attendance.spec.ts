/**
 * The attendance register of a 45-member Council kept from the keyboard (issue 15): a key per
 * state on the focused row, arrows between rows, a search by party, the time asked for late
 * arrivals and early departures and refused when it cannot be true, everyone else marked present
 * at once, and the quorum always in view while the register scrolls.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';

// Thursday 26 November 2026, 10:00 in Johannesburg; the meeting was called for 09:30.
const NOW = new Date('2026-11-26T10:00:00+02:00');

function register(page: Page) {
  return page.getByRole('table', { name: 'Attendance register' });
}

test('a Council register kept from the keyboard, with times refused when they cannot be true', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(NOW);
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({ body: 'Council', title: 'Special Council: attendance', date: '2026-11-26', start: '09:30', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  const meeting = new MeetingPage(page);
  await meeting.step('Issue notice');
  await meeting.step('Open the meeting');
  await meeting.tab('Attendance');
  await expect(meeting.quorum()).toContainText('No quorum: 0 of 45 members present, 23 needed');
  await expect(page.getByText('Keys on a row:')).toBeVisible();

  // Party and seat columns.
  const rows = register(page).getByRole('row');
  await expect(rows).toHaveCount(46);
  await expect(register(page).getByRole('columnheader', { name: 'Party' })).toBeVisible();
  await expect(register(page).getByRole('columnheader', { name: 'Seat' })).toBeVisible();

  // From the search box into the rows; P, A, X on the focused row; arrows, Home and End.
  const search = page.getByRole('searchbox', { name: 'Find a member' });
  await search.focus();
  await page.keyboard.press('ArrowDown');
  const first = rows.nth(1);
  const firstName = (await first.getAttribute('aria-label'))!;
  await expect(first).toBeFocused();
  await page.keyboard.press('p');
  await meeting.expectAttendance(firstName, 'Present');
  await expect(meeting.quorum()).toContainText('No quorum: 1 of 45 members present, 23 needed');
  await page.keyboard.press('ArrowDown');
  const secondName = (await rows.nth(2).getAttribute('aria-label'))!;
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('a');
  await meeting.expectAttendance(secondName, 'Apology');
  await page.keyboard.press('End');
  const lastName = (await rows.nth(45).getAttribute('aria-label'))!;
  await expect(rows.nth(45)).toBeFocused();
  await page.keyboard.press('x');
  await meeting.expectAttendance(lastName, 'Absent without apology');
  // The quorum stays in view at the bottom of the register.
  await expect(meeting.quorum()).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await expect(meeting.quorum()).toBeInViewport();

  // Search by party: the two Green Valley councillors, with their seats.
  await search.fill('green valley');
  await expect(rows).toHaveCount(3);
  for (const n of [1, 2]) await expect(rows.nth(n)).toContainText('Green Valley Party');
  await expect(register(page).getByRole('cell', { name: 'Ward 22', exact: true })).toBeVisible();
  await expect(register(page).getByRole('cell', { name: 'PR', exact: true })).toBeVisible();
  await search.press('ArrowDown');
  const late = rows.nth(1);
  const lateName = (await late.getAttribute('aria-label'))!;
  await expect(late).toBeFocused();

  // L asks the arrival time: in the future, or before the meeting began, is refused with the reason.
  await page.keyboard.press('l');
  const arrival = page.getByRole('dialog', { name: `Arrived late: ${lateName}` });
  await arrival.getByRole('textbox', { name: 'Arrival time' }).fill('9.7');
  await arrival.getByRole('button', { name: 'Record' }).click();
  await expect(arrival).toContainText('Enter a time as HH:MM, for example 16:30.');
  await arrival.getByRole('textbox', { name: 'Arrival time' }).fill('10:30');
  await arrival.getByRole('button', { name: 'Record' }).click();
  await expect(arrival).toContainText('10:30 is after now (10:00): an arrival cannot be recorded in the future.');
  await page.screenshot({ path: testInfo.outputPath('attendance-time-refused-1366.png') });
  await arrival.getByRole('textbox', { name: 'Arrival time' }).fill('09:20');
  await arrival.getByRole('textbox', { name: 'Arrival time' }).press('Enter');
  await expect(arrival).toContainText(`${lateName} arrived at 09:20, before the meeting began at 09:30`);
  await arrival.getByRole('textbox', { name: 'Arrival time' }).fill('09:45');
  await arrival.getByRole('textbox', { name: 'Arrival time' }).press('Enter');
  await expect(arrival).toBeHidden();
  await expect(late).toBeFocused();
  await expect(page.getByRole('textbox', { name: `${lateName} arrived at` })).toHaveValue('09:45');
  await expect(meeting.quorum()).toContainText('No quorum: 2 of 45 members present, 23 needed');

  // D asks the departure time: before the arrival is refused.
  await page.keyboard.press('d');
  const departure = page.getByRole('dialog', { name: `Left early: ${lateName}` });
  await departure.getByRole('textbox', { name: 'Departure time' }).fill('09:40');
  await departure.getByRole('textbox', { name: 'Departure time' }).press('Enter');
  await expect(departure).toContainText(`${lateName} left at 09:40, before arriving at 09:45.`);
  await departure.getByRole('textbox', { name: 'Departure time' }).fill('09:50');
  await departure.getByRole('textbox', { name: 'Departure time' }).press('Enter');
  await expect(departure).toBeHidden();
  await meeting.expectAttendance(lateName, 'Left early');
  await expect(page.getByRole('textbox', { name: `${lateName} left at` })).toHaveValue('09:50');
  await expect(meeting.quorum()).toContainText('No quorum: 1 of 45 members present, 23 needed');
  // Changing a time in the row is checked the same way: refused, the reason said, nothing stored.
  await meeting.setTime(`${lateName} left at`, '11:00');
  await expect(page.getByRole('region', { name: 'Attendance' }).getByRole('alert')).toContainText(
    '11:00 is after now (10:00): a departure cannot be recorded in the future.',
  );

  // Everyone else present at once: 41 more, with the four recorded kept.
  await search.fill('');
  await expect(rows).toHaveCount(46);
  await page.getByRole('button', { name: 'Mark everyone else present' }).click();
  await expect(meeting.quorum()).toContainText('Quorum: 42 of 45 members present (23 needed)');
  await meeting.expectAttendance(secondName, 'Apology');
  await page.screenshot({ path: testInfo.outputPath('attendance-register-1366.png') });

  // Officials and guests: what is missing is said and nothing is added; only what was added is cleared.
  const addOther = page.getByRole('form', { name: 'Add an official or guest' });
  const others = page.getByRole('list', { name: 'Officials and guests' });
  await addOther.getByRole('button', { name: 'Add to register' }).click();
  await expect(addOther).toContainText('Choose the official.');
  await expect(page.getByText('None recorded.')).toBeVisible();
  await addOther.getByRole('combobox', { name: 'Official', exact: true }).click();
  await page.getByRole('option', { name: 'Ms Nomsa Mahlangu, Municipal Manager' }).click();
  await addOther.getByRole('button', { name: 'Add to register' }).click();
  await expect(others).toContainText('Ms Nomsa Mahlangu, Municipal Manager (official)');
  await addOther.getByRole('combobox', { name: 'Official or guest' }).click();
  await page.getByRole('option', { name: 'Guest' }).click();
  await addOther.getByRole('textbox', { name: 'Capacity' }).fill('Auditor-General');
  await addOther.getByRole('button', { name: 'Add to register' }).click();
  await expect(addOther).toContainText('Enter the name of the guest.');
  await expect(addOther.getByRole('textbox', { name: 'Capacity' })).toHaveValue('Auditor-General');
  await addOther.getByRole('textbox', { name: 'Guest name' }).fill('Mr Sipho Nkosi');
  await addOther.getByRole('button', { name: 'Add to register' }).click();
  await expect(others).toContainText('Mr Sipho Nkosi, Auditor-General (guest)');
  await expect(addOther.getByRole('textbox', { name: 'Guest name' })).toHaveValue('');
  await expect(addOther.getByRole('textbox', { name: 'Capacity' })).toHaveValue('');

  // Stored: after a reload the register and the quorum are the same.
  await page.reload();
  await expect(meeting.quorum()).toContainText('Quorum: 42 of 45 members present (23 needed)');
  await meeting.expectAttendance(lastName, 'Absent without apology');
  await expect(page.getByRole('textbox', { name: `${lateName} left at` })).toHaveValue('09:50');
  await expect(others.getByRole('listitem')).toHaveCount(2);
  await rows.nth(45).scrollIntoViewIfNeeded();
  await expect(meeting.quorum()).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('attendance-register-scrolled-1366.png') });
});

test('End reaches the last member even before a long register has drawn every row', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.install({ time: NOW });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({ body: 'Council', title: 'Special Council: keys', date: '2026-11-26', start: '09:30', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  const meeting = new MeetingPage(page);
  await meeting.step('Issue notice');
  await meeting.step('Open the meeting');

  // Time stops, so the register stays in its first frames: the 14 of its 45 rows that fill a
  // 768 px window and one more (rowsToFill, rows of at least 36 px from 300 px down), and a header.
  await page.clock.pauseAt(new Date(NOW.getTime() + 60 * 60_000));
  await meeting.tab('Attendance');
  const rows = register(page).getByRole('row');
  await expect(rows).toHaveCount(15);
  await page.getByRole('searchbox', { name: 'Find a member' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();

  // End draws the rest at once and lands on the 45th member.
  await page.keyboard.press('End');
  await expect(rows).toHaveCount(46);
  await expect(rows.nth(45)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.nth(1)).toBeFocused();
});
