/**
 * Issue 15, part 2: a meeting's record cannot contradict itself. One sitting, as a secretary
 * would run it: a meeting called for 10 December opened on 4 December (asked first, and the
 * minutes say when it was held); the Minutes tab neutral before it opens; only members present
 * offered as mover and seconder, and a seconder who arrived after the vote refused with why;
 * "Adjourn: no quorum" unavailable with a quorum; no close before a recorded arrival; and the
 * minuted meeting off the dashboard's upcoming meetings; and an item inserted mid-agenda.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { DashboardPage } from './pages/DashboardPage';
import { DocumentExports } from './pages/DocumentExports';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';

const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00+02:00`);

async function start(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(at('17:10'));
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
}

test('a meeting opened early, minuted with eligible movers only, closed after its arrivals, off the upcoming list, with one reference everywhere', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await start(page);
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({
    body: 'Municipal Public Accounts Committee',
    title: 'MPAC special oversight',
    date: '2026-12-10',
    start: '09:00',
    venue: 'Committee Room 1',
  });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: 'MPAC special oversight', level: 1 })).toBeVisible();
  const meeting = new MeetingPage(page);
  // A new meeting shows its reference (like the demo's "MPAC 06/2026") in the header (above the
  // title), the list and Word.
  await expect(page.getByText(/^Municipal Public Accounts Committee · Thursday, 10 December 2026/)).toBeVisible();
  const headerReference = page
    .getByRole('main')
    .getByText(/^MPAC \d{2}\/2026$/)
    .first();
  await expect(headerReference).toBeVisible();
  const reference = ((await headerReference.textContent()) ?? '').trim();

  // Before it opens, the Minutes tab is neutral: no quorum alarm, no exports.
  await meeting.tab('Minutes');
  await expect(page.getByRole('status').filter({ hasText: 'The meeting has not opened yet' })).toContainText(
    'scheduled for Thursday, 10 December 2026 at 09:00',
  );
  await expect(page.getByText(/No quorum/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export full minutes' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('minutes-before-opening.png') });

  // In the draft agenda a new item goes where the secretary chooses, and Closure stays last.
  await meeting.tab('Agenda');
  await meeting.addItem({ title: 'Oath of office', placement: /^After 1 Opening and welcome$/ });
  await meeting.addItem({ title: 'Vote of thanks', placement: /^At the end, before \d+ Closure$/ });
  const lines = await meeting.agendaLines();
  expect(lines[1]).toMatch(/^2 Oath of office/);
  expect(lines.at(-2)).toMatch(/^\d+ Vote of thanks/);
  expect(lines.at(-1)).toMatch(/^\d+ Closure/);

  // Opening six days early asks first, naming both days.
  await meeting.step('Issue notice');
  // After the notice, a late item needs its reason, and is marked late.
  // The empty form says both what is missing at once, and adds nothing.
  await page.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: 'Add late item' }).click();
  const itemDialog = page.getByRole('dialog', { name: 'Add agenda item' });
  await itemDialog.getByRole('button', { name: 'Add item' }).click();
  await expect(itemDialog.getByText('Title is required.')).toBeVisible();
  await expect(itemDialog.getByText('Give the reason this item is late (added after the notice was issued).')).toBeVisible();
  await expect(itemDialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await itemDialog.getByRole('button', { name: 'Cancel' }).click();
  await meeting.addItem({ title: 'Flooded road at Marula', placement: /^Under \d+ Urgent matters/, lateReason: 'Flooding on 3 December' });
  await expect(page.getByRole('listitem', { name: /Flooded road at Marula$/ })).toContainText('Late item: Flooding on 3 December');
  await page.screenshot({ path: testInfo.outputPath('late-item.png') });
  await page.getByRole('group', { name: 'Meeting steps' }).getByRole('button', { name: 'Open the meeting' }).click();
  const ask = page.getByRole('dialog', { name: 'Open the meeting on another day?' });
  await expect(ask).toContainText('Scheduled for Thursday, 10 December 2026; today is Friday, 04 December 2026. Open it today?');
  await page.screenshot({ path: testInfo.outputPath('open-on-another-day.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Notice issued', { exact: true })).toBeVisible();
  await meeting.step('Open the meeting');
  await expect(page.getByText('In session', { exact: true })).toBeVisible();

  // Attendance: five present (a quorum of 4), one apology; at 17:50 a late arrival at 17:45.
  await meeting.tab('Attendance');
  for (const name of ['Cllr Vusi Radebe', 'Cllr Annelie Joubert', 'Cllr Fatima Ramaphoko', 'Cllr Ndivhuwo Makhado'])
    await meeting.setAttendance(name, 'Present');
  await meeting.setAttendance('Cllr Busisiwe Joubert', 'Apology');
  await page.clock.setFixedTime(at('17:50'));
  await meeting.setAttendance('Cllr Mpho Sebola', 'Arrived late');
  await meeting.setTime('Cllr Mpho Sebola arrived at', '17:45');
  await expect(meeting.quorum()).toContainText(/^Quorum: [45] of 7 members present \(4 needed\)/);

  // With a quorum, adjourning for lack of one is not offered, and the page says why.
  const adjourn = page.getByRole('group', { name: 'Meeting steps' }).getByRole('button', { name: 'Adjourn: no quorum' });
  await expect(adjourn).toBeDisabled();
  await expect(page.getByText(/^There is a quorum \([45] present, 4 needed\): the meeting cannot be adjourned for lack of one\.$/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('adjourn-disabled.png') });

  // The minutes say when the meeting was actually held.
  await meeting.tab('Minutes');
  await expect(
    page.getByText('Held on Friday, 04 December 2026, opened at 17:10. It had been scheduled for Thursday, 10 December 2026 at 09:00.'),
  ).toBeVisible();

  await meeting.openItem(/Flooded road at Marula/);
  await expect(page.getByRole('region', { name: /^Minutes of item/ })).toContainText('Late item: Flooding on 3 December');

  const sequence = Number(reference.slice(5, 7));
  await expect(page.getByText(`Resolutions of meeting ${reference} are numbered MPAC ${sequence - 1}01/2026 to MPAC ${sequence - 1}99/2026.`)).toBeVisible();

  // The mover list offers only members present: not the apology.
  await meeting.openItem(/^\d+ Reports/);
  await page.getByRole('button', { name: 'Propose a motion' }).click();
  const motion = meeting.resolution(/^Resolution MPAC \d+\/2026$/).first();
  await motion.getByRole('combobox', { name: 'Mover' }).click();
  const options = page.getByRole('listbox');
  await expect(options.getByRole('option', { name: 'Cllr Annelie Joubert' })).toBeVisible();
  await expect(options.getByRole('option', { name: /Busisiwe Joubert/ })).toHaveCount(0);
  await options.getByRole('option', { name: 'Cllr Annelie Joubert' }).click();
  await motion.getByRole('combobox', { name: 'Seconder' }).click();
  await page.getByRole('listbox').getByRole('option', { name: 'Cllr Mpho Sebola' }).click();
  await expect(motion.getByRole('combobox', { name: 'Seconder' })).toHaveText('Cllr Mpho Sebola');
  await page.screenshot({ path: testInfo.outputPath('mover-seconder.png') });

  // The vote form's own checks, all on the first try: a time that is not a time, a count that is not whole.
  await motion.getByRole('radio', { name: 'Counted' }).check();
  await meeting.setTime('Time of the vote', '25:99');
  await motion.getByRole('textbox', { name: 'Votes for' }).fill('2.5');
  await motion.getByRole('button', { name: 'Record vote' }).click();
  await expect(motion.getByText('Enter the time of the vote as HH:MM.')).toBeVisible();
  await expect(motion.getByText('Votes are whole numbers, 0 or more.')).toBeVisible();
  await expect(motion.getByText('Vote not yet recorded', { exact: true })).toBeVisible();
  await motion.getByRole('radio', { name: 'Unanimous' }).check();

  // A vote recorded at 17:20 finds the seconder not yet arrived: refused with the reason, nothing carried.
  await meeting.setTime('Time of the vote', '17:20');
  await motion.getByRole('button', { name: 'Record vote' }).click();
  await expect(motion.getByText('Cllr Mpho Sebola arrived at 17:45, after the motion at 17:20, and cannot second it.')).toBeVisible();
  await expect(motion.getByText('Vote not yet recorded', { exact: true })).toBeVisible();
  await meeting.setTime('Time of the vote', '17:48');
  await motion.getByRole('button', { name: 'Record vote' }).click();
  await expect(motion.getByText('Carried', { exact: true })).toBeVisible();

  // Closing asks the time it closed (now by default). 17:13 is refused, an arrival is recorded at
  // 17:45; 18:30 is in the future; 17:58, typed after the sitting, is recorded.
  await page.clock.setFixedTime(at('18:05'));
  await page.getByRole('group', { name: 'Meeting steps' }).getByRole('button', { name: 'Close the meeting' }).click();
  const closing = page.getByRole('dialog', { name: 'Close the meeting' });
  const closedAt = closing.getByRole('textbox', { name: 'Time the meeting closed' });
  await expect(closedAt).toHaveValue('18:05');
  await closedAt.fill('17:13');
  await closing.getByRole('button', { name: 'Close the meeting' }).click();
  await expect(
    closing.getByText("The meeting cannot close at 17:13: Cllr Mpho Sebola's arrival is recorded at 17:45. Correct the attendance register first."),
  ).toBeVisible();
  await closedAt.fill('18:30');
  await closing.getByRole('button', { name: 'Close the meeting' }).click();
  await expect(closing.getByText('The meeting cannot close at 18:30: that is in the future (it is now 18:05).')).toBeVisible();
  await expect(page.getByText('In session', { exact: true })).toBeVisible();
  await closedAt.fill('17:58');
  await closing.getByRole('button', { name: 'Close the meeting' }).click();
  await expect(closing).toBeHidden();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  await meeting.step('Prepare draft minutes');
  await expect(page.getByText('Minutes draft', { exact: true })).toBeVisible();

  // The Word minutes state the day it was held and the day it had been called for.
  await meeting.tab('Minutes');
  const exports = new DocumentExports(page);
  const minutes = await exports.capture(testInfo.outputDir, () => exports.button('Export full minutes').click());
  expect(minutes.text).toContain('Late item: Flooding on 3 December');
  expect(minutes.text).toContain(`${reference} (ordinary meeting)`);
  expect(minutes.fileName).toBe('2026-12-04 Municipal Public Accounts Committee Minutes DRAFT.docx');
  expect(minutes.text).toContain(
    'held on Friday, 04 December 2026 at 17:10 in Committee Room 1. The meeting had been scheduled for Thursday, 10 December 2026 at 09:00.',
  );
  expect(minutes.text).toMatch(/Closed\s*17:58/);

  // A meeting whose minutes are drafted is no longer upcoming, though its date is ahead.
  await new AppShell(page).goTo('Dashboard');
  const upcoming = new DashboardPage(page).card('Upcoming meetings');
  await expect(upcoming.getByRole('list', { name: 'Upcoming meetings' })).toBeVisible();
  await expect(upcoming.getByText('MPAC special oversight')).toHaveCount(0);
  await new AppShell(page).goTo('Meetings');
  await expect(page.getByRole('table', { name: 'Meetings' }).getByRole('row', { name: /MPAC special oversight/ })).toContainText(
    `MPAC special oversight (${reference})`,
  );
});
