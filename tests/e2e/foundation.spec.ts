/**
 * The foundation's promises, as a newcomer meets them: load the demo municipality, click
 * through every page, schedule a meeting, reload, and find it still there.
 */
import { expect, test } from '@playwright/test';
import { AppShell, SECTION_HEADINGS, type SectionName } from './pages/AppShell';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';

test('a newcomer loads the demo municipality and visits every page', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');

  const shell = new AppShell(page);
  await expect(page.getByText('Mopane Ridge Local Municipality')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upcoming meetings' }).getByRole('link', { name: 'Finance Portfolio Committee' })).toBeVisible();

  await shell.goTo('Meetings');
  await expect(new MeetingsPage(page).table().getByRole('row')).toHaveCount(5); // header + 4 demo meetings

  await shell.goTo('Resolutions');
  await expect(page.getByRole('table', { name: 'Resolutions' }).getByRole('cell', { name: /^C 802\// })).toBeVisible();

  await shell.goTo('Queries');
  const queries = page.getByRole('table', { name: 'Queries' });
  await expect(queries.getByRole('cell', { name: 'Burst water pipe on Marula Street' })).toBeVisible();
  await expect(queries.getByRole('row', { name: /Burst water pipe/ })).toContainText('overdue');

  await shell.goTo('Stakeholders');
  await expect(page.getByRole('table', { name: 'Stakeholders' }).getByRole('cell', { name: 'Mopane Ridge Water Watch' })).toBeVisible();

  await shell.goTo('Members & committees');
  const bodies = page.getByRole('table', { name: 'Council and committees' });
  await expect(bodies.getByRole('row', { name: /^Council C Council/ })).toContainText('45');
  await expect(bodies.getByRole('row')).toHaveCount(8); // header + Council, Mayoral Committee, 4 portfolio committees, MPAC
  await expect(bodies.getByRole('row').nth(1)).toContainText('Council');
  await expect(bodies.getByRole('row').nth(2)).toContainText('Mayoral Committee');
  await page.getByRole('tab', { name: 'Councillors' }).click();
  await expect(page.getByRole('table', { name: 'Councillors' }).getByRole('row')).toHaveCount(46);
  await page.getByRole('tab', { name: 'Officials' }).click();
  await expect(page.getByRole('table', { name: 'Officials' }).getByRole('cell', { name: 'Municipal Manager', exact: true })).toBeVisible();

  await shell.goTo('Settings');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Thuli Secretary');
  await expect(page.getByRole('textbox', { name: 'Municipality name' })).toHaveValue('Mopane Ridge Local Municipality');
  await expect(page.getByText(/running in a web browser/)).toBeVisible();
});

test('a scheduled meeting is still there after a reload', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo();
  const shell = new AppShell(page);
  await shell.goTo('Meetings');

  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({
    body: 'Municipal Public Accounts Committee',
    title: 'Special MPAC: annual report oversight',
    date: '2027-03-15',
    start: '09:30',
    end: '12:00',
    venue: 'Committee Room 1, Civic Centre',
  });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: 'Special MPAC: annual report oversight', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Particulars' }).click();
  const particulars = page.getByRole('region', { name: 'Particulars' });
  await expect(particulars.getByText('Monday, 15 March 2027')).toBeVisible();
  await expect(particulars.getByText('09:30 – 12:00')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Special MPAC: annual report oversight', level: 1 })).toBeVisible();
  await shell.goTo('Meetings');
  const row = meetings.table().getByRole('row', { name: /Special MPAC: annual report oversight/ });
  await expect(row).toContainText('15 Mar 2027');
  await expect(row).toContainText('09:30');
  await expect(row).toContainText('Draft agenda');
});

test('a meeting that ends before it starts is refused beside the field and nothing is saved', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo();
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);

  await meetings.fillSchedule({ body: 'Council', title: 'Backwards meeting', date: '2027-04-01', start: '14:00', end: '10:00', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  const dialog = meetings.dialog();
  await expect(dialog.getByText('The meeting must end after it starts.')).toBeVisible();
  await expect(dialog.getByLabel('Ends')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('textbox', { name: 'Venue' }).fill('   ');
  await dialog.getByLabel('Ends').fill('16:00');
  await meetings.submitSchedule();
  await expect(dialog.getByText('Venue is required.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(meetings.table()).toBeVisible();
  await expect(meetings.table().getByText('Backwards meeting')).toHaveCount(0);
});

test('text typed as markup, emoji and right-to-left script is stored and shown literally', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo();
  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  const hostile = '<script>alert(1)</script> & <b>bold</b> 🏛️ مجلس';
  await meetings.fillSchedule({ body: 'Council', title: hostile, date: '2027-05-03', start: '10:00', venue: 'Chamber <img src=x onerror=alert(2)>' });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: hostile, level: 1 })).toBeVisible();
  await expect(page.getByText('Chamber <img src=x onerror=alert(2)>')).toBeVisible();
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
});

test('a new municipality shows a clear empty state on every page', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.startOwn('Sipho Officer', 'Example Local Municipality');
  const shell = new AppShell(page);
  const expected: Partial<Record<SectionName, string>> = {
    Dashboard: 'Nothing to show yet',
    Meetings: 'No meetings yet',
    Resolutions: 'No resolutions yet',
    Queries: 'No queries yet',
    Stakeholders: 'No stakeholders yet',
    'Members & committees': 'No council or committees yet',
  };
  for (const [section, emptyTitle] of Object.entries(expected) as [SectionName, string][]) {
    await shell.goTo(section);
    await expect(page.getByRole('status').getByRole('heading', { name: emptyTitle })).toBeVisible();
  }
  await shell.goTo('Settings');
  await expect(page.getByRole('textbox', { name: 'Municipality name' })).toHaveValue('Example Local Municipality');
});

test('the app works from the keyboard: skip link and Alt+number shortcuts', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: SECTION_HEADINGS.Meetings, level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: SECTION_HEADINGS.Settings, level: 1 })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: SECTION_HEADINGS.Settings, level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The search box, then the navigation, are reachable with Tab; Enter opens a page.
  await skip.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search everything' })).toBeFocused();
  // Past the app bar's remaining controls (the sync status) to the navigation.
  const dashboardLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' });
  for (let i = 0; i < 4 && !(await dashboardLink.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(dashboardLink).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
});

test('the name field on first run cannot be left empty, nor the name of a municipality of one’s own', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await page.getByRole('button', { name: 'Load demo municipality' }).click();
  await expect(page.getByText('Enter your name: it is recorded with every change you make.')).toBeVisible();
  // One's own municipality needs its name too: both messages come at once, and nothing is set up.
  await page.getByRole('radio', { name: 'Set up my own municipality' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Enter your name: it is recorded with every change you make.')).toBeVisible();
  await expect(page.getByText('Enter the name of your municipality.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Thuli Secretary');
  await page.getByRole('textbox', { name: 'Municipality name' }).fill('M'.repeat(201));
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Municipality name is 201 characters; at most 200.')).toBeVisible();
  await expect(page.getByText('Enter your name: it is recorded with every change you make.')).toHaveCount(0);
  // Nothing typed is lost when the way to start changes and changes back.
  await page.getByRole('radio', { name: /Load demo municipality/ }).check();
  await page.getByRole('radio', { name: 'Set up my own municipality' }).check();
  await expect(page.getByRole('textbox', { name: 'Municipality name' })).toHaveValue('M'.repeat(201));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Quorum', level: 1 })).toBeVisible();
});
