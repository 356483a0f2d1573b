/**
 * Forms tell everything at once, say the limits their schemas set instead of cutting text, keep
 * their buttons on screen however long the text, and take dates the en-ZA way whatever the
 * browser's locale (issue 15).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { dateField, shownDate, typeDate } from './pages/DateInput';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { QueriesPage } from './pages/QueriesPage';
import { WelcomePage } from './pages/WelcomePage';

test.use({ viewport: { width: 1366, height: 768 } });

async function start(page: Page, section: 'Meetings' | 'Queries', user = 'Thuli Secretary'): Promise<void> {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo(user);
  await new AppShell(page).goTo(section);
}

test('the schedule form shows all four messages on the first submit, and saves nothing', async ({ page }) => {
  await start(page, 'Meetings');
  const meetings = new MeetingsPage(page);
  await expect(meetings.table().getByRole('row')).toHaveCount(5);
  await page.getByRole('button', { name: 'Schedule meeting' }).first().click();
  const dialog = meetings.dialog();
  await meetings.submitSchedule();

  await expect(dialog.getByText('Choose the body that meets.')).toBeVisible();
  await expect(dialog.getByText('Title is required.')).toBeVisible();
  await expect(dialog.getByText('Enter the date of the meeting.')).toBeVisible();
  await expect(dialog.getByText('Venue is required.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Body' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Venue' })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: test.info().outputPath('schedule-all-messages.png') });

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(meetings.table().getByRole('row')).toHaveCount(5);
});

test('editing particulars also shows every message at once, and takes the date en-ZA', async ({ page }) => {
  await start(page, 'Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({ body: 'Council', title: 'Special Council: by-laws', date: '2027-03-15', start: '09:30', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: 'Special Council: by-laws', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Particulars' }).click();
  await page.getByRole('button', { name: 'Edit particulars' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit particulars' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('  ');
  await dialog.getByRole('textbox', { name: 'Venue' }).fill('');
  await dialog.getByLabel('Starts').fill('25:00');
  await dialog.getByRole('button', { name: 'Save particulars' }).click();
  await expect(dialog.getByText('Title is required.')).toBeVisible();
  await expect(dialog.getByText('Venue is required.')).toBeVisible();
  await expect(dialog.getByText('Enter the start time as HH:MM (24-hour clock).')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();

  await dialog.getByRole('textbox', { name: 'Title' }).fill('Special Council: by-laws');
  await dialog.getByRole('textbox', { name: 'Venue' }).fill('Council Chamber');
  await dialog.getByLabel('Starts').fill('10:00');
  await typeDate(dateField(dialog, 'Date'), '2027-03-16');
  await dialog.getByRole('button', { name: 'Save particulars' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Particulars' }).getByText('Tuesday, 16 March 2027')).toBeVisible();
});

test('a confirmation is taken with Enter; a postponement asks its reason on the first submit, and Cancel changes nothing', async ({ page }) => {
  await start(page, 'Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({ body: 'Council', title: 'Special Council: tariffs', date: '2027-03-15', start: '09:30', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: 'Special Council: tariffs', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Particulars' }).click();
  const status = page.getByRole('region', { name: 'Particulars' });
  const steps = page.getByRole('group', { name: 'Meeting steps' });

  await steps.getByRole('button', { name: 'Issue notice' }).click();
  const notice = page.getByRole('dialog', { name: 'Issue notice' });
  await expect(notice.getByRole('button', { name: 'Issue notice' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  await expect(status).toContainText('Notice issued');

  await steps.getByRole('button', { name: 'Postpone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Postpone' });
  const reason = dialog.getByRole('textbox', { name: 'Reason' });
  await expect(reason).toBeFocused();
  await dialog.getByRole('button', { name: 'Postpone' }).click();
  await expect(dialog.getByText('Reason is required.')).toBeVisible();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('The chamber is flooded');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('Notice issued');

  await steps.getByRole('button', { name: 'Postpone' }).click();
  await expect(reason).toHaveValue('');
  await reason.fill('The chamber is flooded');
  await dialog.getByRole('button', { name: 'Postpone' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('Postponed: The chamber is flooded');
});

test('a 5,000-character subject is kept whole and refused with its length; a shorter one is counted and saved', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-02T09:00:00+02:00') });
  await start(page, 'Queries', 'Thuli Officer');
  const queries = new QueriesPage(page);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ quer/ })).toHaveText('5 queries');
  await queries.startIntake();
  await queries.pickStakeholder('Mashele', 'Mrs Dorah Mashele');

  const long = `Water meter ${'leaking '.repeat(700)}`.slice(0, 5_000);
  await queries.fillQuery({ subject: long, category: 'Water and sanitation' });
  const subject = queries.queryFields().getByRole('textbox', { name: 'Subject' });
  await expect(subject).toHaveValue(long);
  await expect(queries.queryFields().getByText('Subject is 5 000 characters; at most 300.')).toBeVisible();
  await expect(queries.queryFields().getByText('5 000 / 300')).toBeVisible();
  await queries.save();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(subject).toHaveValue(long);
  await expect(page.getByRole('heading', { name: 'Log a query', level: 1 })).toBeVisible();

  const fits = `Leaking water meter outside number 14 Marula Street, ${'still leaking after two reports '.repeat(9)}`.slice(0, 245);
  await subject.fill(fits);
  await expect(queries.queryFields().getByText('245 / 300')).toBeVisible();
  await expect(queries.queryFields().getByText(/characters; at most/)).toHaveCount(0);
  await queries.save();

  // The page heading stays at two lines; the whole subject is in the query's facts below it.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(fits);
  const lineHeight = await heading.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight) || parseFloat(getComputedStyle(h).fontSize) * 1.2);
  const box = await heading.boundingBox();
  expect(box?.height ?? 0).toBeLessThanOrEqual(lineHeight * 2 + 2);
  await expect(queries.facts().getByText(fits, { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('query-long-subject.png') });
});

test('a long outcome scrolls inside its dialog and the buttons stay on screen', async ({ page }) => {
  await start(page, 'Queries', 'Thuli Officer');
  const queries = new QueriesPage(page);
  await queries
    .row(/Media enquiry/)
    .getByRole('link')
    .click();
  await page.getByRole('toolbar', { name: 'Actions on the query' }).getByRole('button', { name: 'Resolve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resolve the query' });
  const outcome = dialog.getByRole('textbox', { name: 'Outcome' });
  const text = Array.from({ length: 120 }, (_, i) => `Line ${i + 1}: the pipe was repaired and the street reopened.`).join('\n');
  await outcome.fill(text);
  await expect(outcome).toHaveValue(text);
  await expect(dialog.getByText(/^\d[\d\s]* \/ 20\s000$/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Resolve' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('heading', { name: 'Resolve the query' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('resolve-long-outcome.png') });
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Resolved');
});

test.describe('in a browser set to US English', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('dates are typed and shown year/month/day, and saved as typed', async ({ page }) => {
    await start(page, 'Meetings');
    const meetings = new MeetingsPage(page);
    await page.getByRole('button', { name: 'Schedule meeting' }).first().click();
    const dialog = meetings.dialog();
    const date = dateField(dialog, 'Date');
    await expect(date).toBeVisible();
    expect(await shownDate(date)).toBe('YYYY/MM/DD');

    await dialog.getByRole('combobox', { name: 'Body' }).click();
    await page.getByRole('option', { name: 'Council', exact: true }).click();
    await typeDate(date, '2026-12-04');
    expect(await shownDate(date)).toBe('2026/12/04');
    await dialog.getByLabel('Starts').fill('14:00');
    await dialog.getByRole('textbox', { name: 'Venue' }).fill('Council Chamber');
    await page.screenshot({ path: test.info().outputPath('date-en-us.png') });
    await meetings.submitSchedule();
    await expect(dialog).toBeHidden();

    await new AppShell(page).goTo('Meetings');
    await expect(meetings.table().getByRole('row', { name: /^04 Dec 2026 .*Ordinary Council Meeting/ })).toBeVisible();
  });

  test('a date that does not exist is said, not dropped or moved', async ({ page }) => {
    await start(page, 'Meetings');
    const meetings = new MeetingsPage(page);
    await page.getByRole('button', { name: 'Schedule meeting' }).first().click();
    const date = dateField(meetings.dialog(), 'Date');
    await typeDate(date, '2027-02-30');
    await expect(meetings.dialog().getByText('Enter the date as YYYY/MM/DD.')).toBeVisible();
    expect(await shownDate(date)).toBe('2027/02/30');
  });
});

test('this laptop’s reference code: a misreadable code is refused with the reason, a good one is taken and shown', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'Queries' }).click();
  const card = page.getByRole('region', { name: 'This laptop’s reference code' });
  const field = card.getByRole('textbox', { name: 'New reference code' });
  await field.fill('O1');
  await card.getByRole('button', { name: 'Change code' }).click();
  await expect(card).toContainText('A reference code is 2 or 3 of the characters');
  await expect(field).toHaveValue('O1');
  await field.fill('k7');
  await card.getByRole('button', { name: 'Change code' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await expect(card.getByLabel('Reference code', { exact: true })).toHaveText('K7');
  await expect(field).toHaveValue('');
});

test('a resolution’s forms: an empty progress note or revocation is said and saves nothing; good ones are saved', async ({ page }) => {
  await start(page, 'Meetings');
  await new AppShell(page).goTo('Resolutions');
  await page.getByRole('textbox', { name: 'Search number, title or text' }).fill('Street naming');
  const register = page.getByRole('table', { name: 'Resolutions' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await register
    .getByRole('row', { name: /Street naming/ })
    .getByRole('link')
    .first()
    .click();

  const responsibility = page.getByRole('form', { name: 'Responsibility' });
  const due = dateField(responsibility, 'Due date');
  await typeDate(due, '2027-01-29');

  const progress = page.getByRole('form', { name: 'Add a progress note' });
  const note = progress.getByRole('textbox', { name: 'Progress note' });
  await progress.getByRole('button', { name: 'Add progress note' }).click();
  await expect(progress.getByText('Progress note is required.')).toBeVisible();
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('No progress recorded yet.')).toBeVisible();
  await note.fill('Names advertised in the Mopane Ridge Herald.');
  await progress.getByRole('button', { name: 'Add progress note' }).click();
  await expect(page.getByRole('list', { name: 'Progress notes' })).toContainText('Names advertised in the Mopane Ridge Herald.');
  await expect(note).toHaveValue('');

  // A due date chosen but not yet saved stays while the note is saved.
  await expect(due).toBeVisible();
  expect(await shownDate(due)).toBe('2027/01/29');
  await responsibility.getByRole('button', { name: 'Save responsibility' }).click();
  await expect(responsibility.getByRole('status')).toHaveText('Responsibility saved.');
  // Saved: the date is there after a reload.
  await page.reload();
  const saved = dateField(page.getByRole('form', { name: 'Responsibility' }), 'Due date');
  await expect(saved.getByRole('spinbutton', { name: 'Year' })).toBeVisible();
  expect(await shownDate(saved)).toBe('2027/01/29');

  const revocation = page.getByRole('form', { name: 'Record a revocation' });
  await revocation.getByRole('button', { name: 'Record revocation' }).click();
  await expect(revocation.getByText('Choose the later resolution that revokes this one.')).toBeVisible();
  await expect(page.locator('p', { hasText: /^Revoked by/ })).toHaveCount(0);
  await revocation.getByRole('combobox', { name: 'Revoked by resolution' }).click();
  await page.getByRole('option', { name: /Adjustment budget/ }).click();
  await revocation.getByRole('button', { name: 'Record revocation' }).click();
  await expect(page.locator('p', { hasText: /^Revoked by/ })).toContainText('Adjustment budget: water infrastructure');
  await expect(page.getByRole('form', { name: 'Add a progress note' })).toHaveCount(0);
});

test('your name in Settings: an empty name is refused with the reason and the name kept; a new one is saved', async ({ page }) => {
  await start(page, 'Meetings');
  await new AppShell(page).goTo('Settings');
  const name = page.getByRole('textbox', { name: 'Your name' });
  await expect(name).toHaveValue('Thuli Secretary');
  await name.fill('   ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Enter your name: it is recorded with every change you make.')).toBeVisible();
  await expect(page.getByText('Your name is saved.')).toHaveCount(0);
  await name.fill('Thuli Mokoena');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Thuli Mokoena');
});

test('the answer to a query given in a meeting: an empty answer is said and records nothing; a good one reaches the query', async ({ page }) => {
  await start(page, 'Queries');
  const queries = new QueriesPage(page);
  await queries.search('Burst water pipe');
  await queries
    .row(/Burst water pipe/)
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('toolbar', { name: 'Actions on the query' }).getByRole('button', { name: 'Place on agenda', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Place on a meeting agenda' });
  await dialog.getByRole('combobox', { name: 'Meeting' }).click();
  await page.getByRole('option', { name: /Finance Portfolio Committee/ }).click();
  await dialog.getByRole('button', { name: 'Place on agenda' }).click();
  await expect(dialog).toBeHidden();

  const meeting = await MeetingPage.open(page, 'Finance Portfolio Committee');
  await meeting.step('Open the meeting');
  await meeting.tab('Minutes');
  await meeting.openItem(/Question: Burst water pipe/);
  const form = page.getByRole('form', { name: 'Record the answer' });
  const answer = form.getByRole('textbox', { name: 'Answer given in the meeting' });
  await form.getByRole('button', { name: 'Record the answer on the query' }).click();
  await expect(form.getByText('Record the answer given in the meeting.')).toBeVisible();
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/The answer was added to the query/)).toHaveCount(0);
  await answer.fill('The pipe was replaced on Monday; the road is reopened.');
  await form.getByRole('button', { name: 'Record the answer on the query' }).click();
  await expect(page.getByText(/The answer was added to the query/)).toBeVisible();
  await expect(answer).toHaveValue('');
});

test('a declaration of interest and an action under an item: every problem said at once, nothing saved; good ones are listed and the fields cleared', async ({
  page,
}, testInfo) => {
  await start(page, 'Meetings');
  const meeting = await MeetingPage.open(page, 'Finance Portfolio Committee');
  await meeting.step('Open the meeting');
  await meeting.tab('Minutes');
  await meeting.openItem(/^1 Opening/);

  // Only a member who attended may declare: before the register is taken, nobody is offered.
  const declarations = page.getByRole('region', { name: 'Declarations of interest' });
  await expect(declarations.getByText('Nobody is in the attendance register as attending yet: record the attendance first.')).toBeVisible();
  await declarations.getByRole('button', { name: 'Record declaration' }).click();
  await expect(declarations.getByText('Choose the member.')).toBeVisible();
  await expect(declarations.getByText('Describe the interest declared.')).toBeVisible();
  await expect(declarations.getByText('None declared.')).toBeVisible();

  const name = 'Cllr Nomvula Joubert';
  await meeting.tab('Attendance');
  await meeting.setAttendance(name, 'Present');
  await meeting.expectAttendance(name, 'Present');
  await meeting.tab('Minutes');
  await meeting.openItem(/^1 Opening/);
  await declarations.getByRole('combobox', { name: 'Member declaring' }).click();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText([name]);
  await page.getByRole('listbox').getByRole('option', { name, exact: true }).click();
  const interest = declarations.getByRole('textbox', { name: 'Interest declared' });
  await interest.fill('Owns shares in a supplier <b>named</b> in the report');
  await declarations.getByRole('button', { name: 'Record declaration' }).click();
  await expect(declarations.getByRole('listitem')).toHaveText(
    `${name}: Owns shares in a supplier <b>named</b> in the report (left the meeting for this item; may not vote)`,
  );
  await expect(interest).toHaveValue('');

  // The same member again is refused, beside the member.
  await declarations.getByRole('combobox', { name: 'Member declaring' }).click();
  await page.getByRole('listbox').getByRole('option', { name, exact: true }).click();
  await interest.fill('A second interest');
  await declarations.getByRole('button', { name: 'Record declaration' }).click();
  await expect(declarations.getByText('This member has already declared an interest in the item.')).toBeVisible();
  await expect(declarations.getByRole('listitem')).toHaveCount(1);

  const actions = page.getByRole('region', { name: 'Actions' });
  await actions.getByRole('button', { name: 'Add action' }).click();
  await expect(actions.getByText('Describe the action.')).toBeVisible();
  await expect(actions.getByText('No actions recorded.')).toBeVisible();
  const description = actions.getByRole('textbox', { name: 'Action' });
  await description.fill('Report the supplier list to the next meeting');
  await actions.getByRole('button', { name: 'Add action' }).click();
  await expect(actions.getByRole('list', { name: 'Actions arising' }).getByRole('listitem')).toHaveText('Report the supplier list to the next meeting');
  await expect(description).toHaveValue('');

  // The responsible official is chosen from the officials, never typed: the department's first, no councillor.
  await description.fill('Advertise the tender');
  await actions.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('listbox').getByRole('option', { name: 'Technical Services', exact: true }).click();
  await actions.getByRole('combobox', { name: 'Responsible official' }).click();
  const offered = page.getByRole('listbox').getByRole('option');
  await expect(offered.first()).toHaveText('None');
  const names = await offered.allTextContents();
  const tech = names.indexOf('Rhulani Hlungwani · Technical Services');
  expect(tech).toBeGreaterThan(0);
  expect(tech).toBeLessThan(names.indexOf('Ronel Steyn · Budget and Treasury'));
  expect(names.filter((n) => /Cllr|Joubert/.test(n))).toEqual([]);
  await expect(page.getByRole('listbox').getByRole('textbox')).toHaveCount(0);
  await page.getByRole('option', { name: 'Rhulani Hlungwani · Technical Services' }).click();
  await actions.getByRole('button', { name: 'Add action' }).click();
  await expect(actions.getByRole('list', { name: 'Actions arising' }).getByRole('listitem')).toHaveText([
    'Report the supplier list to the next meeting',
    'Advertise the tender — Technical Services, Rhulani Hlungwani',
  ]);
  await expect(actions.getByRole('combobox', { name: 'Responsible official' })).not.toContainText('Hlungwani');
  await declarations.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('declarations-actions.png') });
  await actions.scrollIntoViewIfNeeded();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('actions.png') });
});

test('a saved due date typed over in part is refused with a message beside it, and the date is kept', async ({ page }, testInfo) => {
  await start(page, 'Meetings');
  await new AppShell(page).goTo('Resolutions');
  await page.getByRole('textbox', { name: 'Search number, title or text' }).fill('Street naming');
  await page
    .getByRole('table', { name: 'Resolutions' })
    .getByRole('row', { name: /Street naming/ })
    .getByRole('link')
    .first()
    .click();
  const responsibility = page.getByRole('form', { name: 'Responsibility' });
  const due = dateField(responsibility, 'Due date');
  await typeDate(due, '2027-01-29');
  await responsibility.getByRole('button', { name: 'Save responsibility' }).click();
  // The form says when the record holds the date; only then may the page go.
  const saved = responsibility.getByRole('status');
  await expect(saved).toHaveText('Responsibility saved.');
  await page.screenshot({ path: testInfo.outputPath('responsibility-saved.png') });
  const savedDue = async () => {
    await page.reload();
    await expect(due.getByRole('spinbutton', { name: 'Year' })).toBeVisible();
    expect(await shownDate(due)).toBe('2027/01/29');
  };
  await savedDue();

  // Cleared and typed again only as far as the month, the date is not saved as "no date": the form says so.
  await typeDate(due, '');
  await page.keyboard.type('202703');
  expect(await shownDate(due)).toBe('2027/03/DD');
  await responsibility.getByRole('button', { name: 'Save responsibility' }).click();
  const message = responsibility.getByText('Due date is incomplete or not a real date: type it as YYYY/MM/DD, or clear the field.');
  await expect(message).toBeVisible();
  await expect(saved).toHaveCount(0);
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  expect(await shownDate(due)).toBe('2027/03/DD');
  await page.screenshot({ path: testInfo.outputPath('due-date-typed-in-part.png') });
  // Nothing was changed: the saved date is there after a reload.
  await savedDue();

  // Only the day cleared from the saved date: the same message, and the date is kept.
  await due.getByRole('spinbutton', { name: 'Day' }).click();
  await page.keyboard.press('Backspace');
  expect(await shownDate(due)).toBe('2027/01/DD');
  await responsibility.getByRole('button', { name: 'Save responsibility' }).click();
  await expect(message).toBeVisible();
  await savedDue();
});

test('a register filter date typed in part does not filter, and the typing stays until the date is whole', async ({ page }) => {
  await start(page, 'Meetings');
  await new AppShell(page).goTo('Resolutions');
  const count = page.getByRole('status').filter({ hasText: /resolutions/ });
  await expect(count).toHaveText(/^\d+ resolutions$/);
  const all = (await count.textContent()) ?? '';

  const from = dateField(page.getByRole('search', { name: 'Filter the register' }), 'From');
  await typeDate(from, '2099');
  expect(await shownDate(from)).toBe('2099/MM/DD');
  await expect(count).toHaveText(all);
  await expect(page.getByRole('table', { name: 'Resolutions' }).getByRole('row').nth(1)).toBeVisible();
  expect(new URL(page.url()).search).not.toContain('from=');
  await page.keyboard.type('0101');
  await expect(count).toHaveText(/^0 of \d+ resolutions match$/);
  await typeDate(from, '');
  await expect(count).toHaveText(all);
});
