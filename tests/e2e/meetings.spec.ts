/**
 * Brief scenarios 1 and 2 on the meetings side: an agenda built from the standard template,
 * with report items, a late urgent item and reordering; and a meeting minuted entirely offline
 * (attendance and quorum, five items, two resolutions, a named vote), closed, reloaded offline,
 * confirmed at the next meeting, and followed up in the resolution register.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { DocumentExports } from './pages/DocumentExports';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';

// Thursday 26 November 2026, 10:00 in Johannesburg: the clock every step of these tests sees.
const NOW = new Date('2026-11-26T10:00:00+02:00');

async function startOffline(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  const welcome = new WelcomePage(page);
  await welcome.open();
  // The app shell is cached by the service worker on the first visit; from here on, no network.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.context().setOffline(true);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
}

async function schedule(page: Page, details: { body: string; title: string; date: string; start: string; venue: string }): Promise<void> {
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule(details);
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: details.title, level: 1 })).toBeVisible();
}

test('scenario 1: an agenda from the standard template, with reports, a late urgent item and reordering, exported to Word', async ({ page }, testInfo) => {
  // About 40 s on an idle two-core machine; room for a loaded one (LibreOffice and a server beside it).
  test.setTimeout(120_000);
  await startOffline(page);
  await schedule(page, { body: 'Council', title: 'Ordinary Council Meeting', date: '2026-12-10', start: '10:00', venue: 'Council Chamber' });
  const meeting = new MeetingPage(page);
  await expect
    .poll(() => meeting.agendaLines())
    .toEqual([
      '1 Opening and welcome',
      '2 Apologies and leave of absence',
      '3 Declarations of interest',
      '4 Confirmation of the minutes of the previous meeting',
      '5 Announcements by the chairperson',
      '6 Matters arising from the minutes',
      '7 Reports',
      '8 Motions',
      '9 Questions',
      '10 Urgent matters',
      '11 Items in committee',
      '12 Closure',
    ]);

  await meeting.addItem({ title: 'Water tariffs 2027/28', placement: /sub-item of 7 Reports/, reportReference: 'BTO 21/2026', presenter: 'Ms Ronel Steyn' });
  await meeting.addItem({ title: 'Roads maintenance plan', placement: /sub-item of 7 Reports/ });
  await expect(meeting.agendaRows().filter({ hasText: 'Roads maintenance plan' })).toHaveAttribute('aria-label', '7.2 Roads maintenance plan');
  await meeting.moveItem('7.2 Roads maintenance plan', 'up');
  await expect(page.getByRole('listitem', { name: '7.1 Roads maintenance plan' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: '7.2 Water tariffs 2027/28' })).toBeVisible();
  await meeting.moveItem('12 Closure', 'up');
  await expect(page.getByRole('listitem', { name: '11 Closure' })).toBeVisible();
  await meeting.moveItem('11 Closure', 'down');

  await meeting.step('Issue notice');
  await expect(page.getByText('Notice issued', { exact: true })).toBeVisible();
  const frozen = await meeting.agendaLines();
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);

  await meeting.addItem({
    title: 'Burst water main on Marula Street',
    placement: /^Under 10 Urgent matters/,
    lateReason: 'The main burst after the notice went out',
  });
  await meeting.addItem({ title: 'Storm damage: late report', placement: /^After 7\.2 Water tariffs/, lateReason: 'Storm of 1 December' });
  await expect(page.getByRole('listitem', { name: '7.2A Storm damage: late report' })).toContainText('Late item: Storm of 1 December');
  await expect(page.getByRole('listitem', { name: '7.2A Storm damage: late report' })).toBeVisible();
  const after = await meeting.agendaLines();
  expect(after).toContain('10.1 Burst water main on Marula Street');
  expect(after).toContain('7.2A Storm damage: late report');
  expect(after.indexOf('7.2A Storm damage: late report')).toBe(after.indexOf('7.2 Water tariffs 2027/28') + 1);
  for (const line of frozen) expect(after).toContain(line);

  await meeting.addItem({
    title: 'Legal opinion on the taxi rank lease',
    placement: /^After 11 Items in committee/,
    inCommittee: true,
    lateReason: 'Opinion received on 2 December',
  });

  await page.reload();
  await expect(page.getByRole('listitem', { name: '7.2A Storm damage: late report' })).toBeVisible();

  // The public and the full agenda in Word, read back by an independent reader (mammoth).
  const exports = new DocumentExports(page);
  const agenda = page.getByRole('region', { name: 'Agenda' });
  const publicAgenda = await exports.capture(testInfo.outputDir, () => exports.button('Export public agenda', agenda).click());
  expect(publicAgenda.fileName).toBe('2026-12-10 Council Agenda PUBLIC.docx');
  const order = [
    'Opening and welcome',
    'Roads maintenance plan',
    'Water tariffs 2027/28',
    'Storm damage: late report',
    'Burst water main on Marula Street',
    'Closure',
  ];
  const positions = order.map((line) => publicAgenda.text.indexOf(line));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(publicAgenda.text).toContain('7.2A');
  expect(publicAgenda.text).toContain('Confidential item');
  expect(publicAgenda.text).not.toContain('Legal opinion on the taxi rank lease');
  expect(publicAgenda.text).toContain('Late item: Storm of 1 December');
  expect(publicAgenda.text).not.toContain('Opinion received on 2 December');
  const fullAgenda = await exports.capture(testInfo.outputDir, () => exports.button('Export full agenda', agenda).click());
  expect(fullAgenda.text).toContain('Legal opinion on the taxi rank lease');
  expect(fullAgenda.text).toContain('Late item: Opinion received on 2 December');
  expect(fullAgenda.text).toContain('CONFIDENTIAL');
});

test('scenario 2: a meeting minuted offline from start to finish, confirmed at the next meeting and followed up', async ({ page }) => {
  test.setTimeout(240_000);
  await startOffline(page);
  await schedule(page, {
    body: 'Municipal Public Accounts Committee',
    title: 'MPAC oversight meeting',
    date: '2026-11-26',
    start: '09:30',
    venue: 'Committee Room 1',
  });
  const meeting = new MeetingPage(page);
  await meeting.step('Issue notice');
  await meeting.step('Open the meeting');
  await expect(page.getByText('In session', { exact: true })).toBeVisible();

  // Attendance: 7 members, a quorum of 4.
  await meeting.tab('Attendance');
  await meeting.setAttendance('Cllr Vusi Radebe', 'Present');
  await meeting.setAttendance('Cllr Annelie Joubert', 'Present');
  await meeting.setAttendance('Cllr Fatima Ramaphoko', 'Present');
  await expect(meeting.quorum()).toContainText('No quorum: 3 of 7 members present, 4 needed');
  await meeting.setAttendance('Cllr Mpho Sebola', 'Arrived late');
  await meeting.setTime('Cllr Mpho Sebola arrived at', '09:40');
  await expect(meeting.quorum()).toContainText('Quorum: 4 of 7 members present (4 needed)');
  await meeting.setAttendance('Cllr Ndivhuwo Makhado', 'Present');
  await meeting.setAttendance('Cllr Precious Mokoena', 'Left early');
  await meeting.setTime('Cllr Precious Mokoena left at', '09:50');
  await meeting.setAttendance('Cllr Busisiwe Joubert', 'Apology');
  await expect(meeting.quorum()).toContainText('Quorum: 5 of 7 members present (4 needed)');

  // Minutes of five items.
  await meeting.tab('Minutes');
  const items: [RegExp, string, string][] = [
    [/^1 Opening and welcome/, '1', 'The chairperson opened the meeting at 09:30 and welcomed everyone.'],
    [/^2 Apologies/, '2', 'An apology was received from Cllr B. Joubert.'],
    [/^3 Declarations/, '3', 'No declarations of interest were made.'],
    [/^7 Reports/, '7', 'The committee considered the irregular expenditure register. <script>alert(1)</script> is kept as text.'],
    [/^12 Closure/, '12', 'The chairperson closed the meeting at 11:45.'],
  ];
  for (const [item, number, text] of items) {
    await meeting.openItem(item);
    await meeting.typeDiscussion(number, text);
  }

  // Two resolutions: one unanimous, one by named vote.
  await meeting.openItem(/^2 Apologies/);
  await page.getByRole('button', { name: 'Propose a motion' }).click();
  const leave = meeting.resolution(/^Resolution MPAC \d+\/2026$/).first();
  await leave.getByRole('textbox', { name: 'Resolution text' }).click();
  await page.keyboard.press('Control+Shift+Digit1');
  await expect(leave.getByRole('textbox', { name: 'Resolution text' })).toHaveValue('RESOLVED – THAT leave of absence be granted in terms of Rule 5 to …');
  await leave.getByRole('button', { name: 'Record vote' }).click();
  await expect(leave.getByText('Carried', { exact: true })).toBeVisible();

  await meeting.openItem(/^7 Reports/);
  await page.getByRole('button', { name: 'Propose a motion' }).click();
  const report = meeting.resolution(/^Resolution MPAC \d+\/2026$/).first();
  await report.getByRole('textbox', { name: 'Resolution title' }).fill('Irregular expenditure to be investigated');
  await report.getByRole('textbox', { name: 'Resolution text' }).fill('RESOLVED – THAT the irregular expenditure be referred for investigation.');
  await report.getByRole('combobox', { name: 'Mover' }).click();
  await page.getByRole('option', { name: 'Cllr Annelie Joubert' }).click();
  await report.getByRole('combobox', { name: 'Seconder' }).click();
  await page.getByRole('option', { name: 'Cllr Fatima Ramaphoko' }).click();
  await report.getByRole('radio', { name: 'Named vote' }).check();
  const votes: [string, 'For' | 'Against' | 'Abstain'][] = [
    ['Cllr Vusi Radebe', 'For'],
    ['Cllr Annelie Joubert', 'For'],
    ['Cllr Fatima Ramaphoko', 'For'],
    ['Cllr Mpho Sebola', 'Against'],
    ['Cllr Ndivhuwo Makhado', 'Abstain'],
  ];
  for (const [member, choice] of votes)
    await report
      .getByRole('radiogroup', { name: `Vote of ${member}` })
      .getByRole('radio', { name: choice })
      .check();
  await report.getByRole('button', { name: 'Record vote' }).click();
  await expect(report.getByText('Carried', { exact: true })).toBeVisible();
  await expect(report.getByText('3 for, 1 against, 1 abstaining', { exact: true })).toBeVisible();
  const reportNumber = (await report.getAttribute('aria-label'))!.replace('Resolution ', '');

  // Losing the quorum stops the next vote.
  await meeting.tab('Attendance');
  await meeting.setAttendance('Cllr Ndivhuwo Makhado', 'Left early');
  await meeting.setTime('Cllr Ndivhuwo Makhado left at', '09:55');
  await meeting.setAttendance('Cllr Mpho Sebola', 'Left early');
  await meeting.setTime('Cllr Mpho Sebola left at', '09:56');
  await expect(meeting.quorum()).toContainText('No quorum: 3 of 7 members present, 4 needed');
  await meeting.tab('Minutes');
  await meeting.openItem(/^8 Motions/);
  await page.getByRole('button', { name: 'Propose a motion' }).click();
  const refused = meeting.resolution(/^Resolution MPAC \d+\/2026$/).first();
  await refused.getByRole('button', { name: 'Record vote' }).click();
  await expect(refused.getByText(/No vote can be taken without a quorum: 3 members present, 4 needed/).first()).toBeVisible();
  await refused.getByRole('button', { name: 'Discard' }).click();
  await page.getByRole('dialog', { name: 'Discard motion' }).getByRole('button', { name: 'Discard' }).click();

  await meeting.step('Close the meeting');
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();

  // Reload with no network: everything is still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'MPAC oversight meeting', level: 1 })).toBeVisible();
  for (const [item, , text] of items) {
    await meeting.openItem(item);
    await expect(page.getByRole('region', { name: /^Minutes of item/ })).toContainText(text);
  }
  await meeting.openItem(/^7 Reports/);
  await expect(meeting.resolution(reportNumber)).toContainText('Carried');
  await meeting.tab('Attendance');
  await meeting.expectAttendance('Cllr Busisiwe Joubert', 'Apology');

  // Draft minutes, then confirmation at the next MPAC meeting: the minutes lock.
  await meeting.step('Prepare draft minutes');
  await schedule(page, {
    body: 'Municipal Public Accounts Committee',
    title: 'MPAC follow-up meeting',
    date: '2026-11-26',
    start: '09:45',
    venue: 'Committee Room 1',
  });
  await meeting.step('Issue notice');
  await meeting.step('Open the meeting');
  await meeting.tab('Minutes');
  await meeting.openItem(/^4 Confirmation of the minutes/);
  // Confirming with no minutes chosen says so, and asks nothing.
  await page.getByRole('button', { name: 'Confirm these minutes' }).click();
  await expect(page.getByText('Choose the minutes to confirm.')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Confirm minutes' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Minutes to confirm' }).click();
  await page.getByRole('option', { name: /MPAC oversight meeting/ }).click();
  await page.getByRole('button', { name: 'Confirm these minutes' }).click();
  await page.getByRole('dialog', { name: 'Confirm minutes' }).getByRole('button', { name: 'Confirm minutes' }).click();
  await expect(page.getByText(/The minutes of the MPAC oversight meeting of .* were confirmed under this item/)).toBeVisible();

  await new AppShell(page).goTo('Meetings');
  await new MeetingsPage(page).table().getByRole('link', { name: 'MPAC oversight meeting' }).click();
  await expect(page.getByText('Minutes confirmed', { exact: true })).toBeVisible();
  await meeting.tab('Minutes');
  await meeting.openItem(/^1 Opening/);
  await expect(page.getByText('These minutes are confirmed and locked. Record a correction instead.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Discussion of item 1' })).toHaveCount(0);
  await meeting.tab('Particulars');
  const correction = page.getByRole('form', { name: 'Record a correction' });
  await correction.getByRole('textbox', { name: 'What is corrected' }).fill('Item 1');
  // Without a reason nothing is recorded: the reason is asked for and what was typed is kept.
  await correction.getByRole('button', { name: 'Record correction' }).click();
  await expect(correction).toContainText('Reason for the correction is required.');
  await expect(page.getByText('No corrections recorded.')).toBeVisible();
  await expect(correction.getByRole('textbox', { name: 'What is corrected' })).toHaveValue('Item 1');
  await correction.getByRole('textbox', { name: 'Reason for the correction' }).fill('The meeting opened at 09:35, not 09:30');
  await correction.getByRole('button', { name: 'Record correction' }).click();
  await expect(page.getByRole('list', { name: 'Corrections' })).toContainText('The meeting opened at 09:35, not 09:30');
  await expect(correction.getByRole('textbox', { name: 'What is corrected' })).toHaveValue('');

  // The register: find the resolution and mark it implemented.
  await new AppShell(page).goTo('Resolutions');
  await page.getByRole('textbox', { name: 'Search number, title or text' }).fill('Irregular expenditure');
  const register = page.getByRole('table', { name: 'Resolutions' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await register.getByRole('link', { name: reportNumber }).click();
  const progress = page.getByRole('form', { name: 'Add a progress note' });
  await progress.getByRole('textbox', { name: 'Progress note' }).fill('Referred to the forensic investigators; report tabled.');
  await progress.getByRole('combobox', { name: 'Implementation status' }).click();
  await page.getByRole('option', { name: 'Implemented' }).click();
  await progress.getByRole('button', { name: 'Add progress note' }).click();
  await expect(page.getByRole('list', { name: 'Progress notes' })).toContainText('Referred to the forensic investigators');
  await new AppShell(page).goTo('Resolutions');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Implemented' }).click();
  await expect(page.getByRole('table', { name: 'Resolutions' }).getByRole('link', { name: reportNumber })).toBeVisible();
});
