/**
 * Two secretaries online at once (the torture run's item 12, docs/sync-torture.md): Thuli has a
 * meeting's particulars open while Sipho changes its venue; Sipho's venue syncs to Thuli's laptop
 * behind her dialog. When Thuli saves her venue, Sipho's is not written over: both are kept as
 * competing versions, shown on the Conflicts page for a person to settle.
 */
import type { Browser, Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { ConflictsPage } from './pages/ConflictsPage';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { SIPHO, THULI, expect, test, type SyncServerHandle } from './support/sync-fixtures';
import { connectTo, openAnotherLaptop } from './support/laptops';

const TITLE = 'Special Council: tariffs 2027';

/** Thuli's laptop with the demo municipality, syncing to the server. */
async function thuliWithTheDemo(page: Page, syncServer: SyncServerHandle): Promise<Page> {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await connectTo(page, syncServer, THULI);
  return page;
}

/** Sipho's new laptop, joining the same municipality through the server. */
async function siphoJoins(browser: Browser, syncServer: SyncServerHandle): Promise<Page> {
  const sipho = await openAnotherLaptop(browser);
  const welcome = new WelcomePage(sipho);
  await welcome.open();
  await welcome.startOwn('Sipho Secretary', 'Mopane Ridge Local Municipality');
  await connectTo(sipho, syncServer, SIPHO);
  return sipho;
}

test("a colleague's change that syncs in while a form is open is kept beside the person's, never written over", async ({ page, browser, syncServer }) => {
  test.setTimeout(300_000);
  const thuli = await thuliWithTheDemo(page, syncServer);
  await new AppShell(thuli).goTo('Meetings');
  const meetings = new MeetingsPage(thuli);
  await meetings.fillSchedule({ body: 'Council', title: TITLE, date: '2027-03-15', start: '09:30', venue: 'Council Chamber' });
  await meetings.submitSchedule();
  await expect(thuli.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  // Sipho's laptop joins the municipality and receives the meeting.
  const sipho = await siphoJoins(browser, syncServer);
  await new AppShell(sipho).goTo('Meetings');
  await expect(sipho.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: TITLE })).toBeVisible({ timeout: 60_000 });

  // Thuli opens the particulars: the form shows the Council Chamber.
  const thuliMeeting = new MeetingPage(thuli);
  await thuliMeeting.tab('Particulars');
  await thuli.getByRole('button', { name: 'Edit particulars' }).click();
  const thuliDialog = thuli.getByRole('dialog', { name: 'Edit particulars' });
  await expect(thuliDialog.getByRole('textbox', { name: 'Venue' })).toHaveValue('Council Chamber');

  // Meanwhile Sipho moves the meeting to the Town Hall, and it reaches Thuli's laptop behind her dialog.
  const siphoMeeting = await MeetingPage.open(sipho, TITLE);
  await siphoMeeting.tab('Particulars');
  await sipho.getByRole('button', { name: 'Edit particulars' }).click();
  const siphoDialog = sipho.getByRole('dialog', { name: 'Edit particulars' });
  await siphoDialog.getByRole('textbox', { name: 'Venue' }).fill('Town Hall');
  await siphoDialog.getByRole('button', { name: 'Save particulars' }).click();
  await expect(siphoDialog).toBeHidden();
  await expect(thuli.getByRole('region', { name: 'Particulars', includeHidden: true }).getByText('Town Hall').first()).toBeAttached({ timeout: 60_000 });
  await expect(thuliDialog.getByRole('textbox', { name: 'Venue' })).toHaveValue('Council Chamber');

  // Thuli, who never saw the Town Hall, saves her venue.
  await thuliDialog.getByRole('textbox', { name: 'Venue' }).fill('Committee Room 2');
  await thuliDialog.getByRole('button', { name: 'Save particulars' }).click();
  await expect(thuliDialog).toBeHidden();
  await expect(thuli.getByRole('region', { name: 'Particulars' }).getByText('Committee Room 2')).toBeVisible();

  // Both venues are kept, shown on both laptops for a person to settle.
  const thuliConflicts = new ConflictsPage(thuli);
  await expect(thuliConflicts.navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/);
  await thuliConflicts.open();
  const field = thuli.getByRole('region', { name: new RegExp(TITLE) }).getByRole('group', { name: 'Venue' });
  await expect(field).toContainText('Town Hall');
  await expect(field).toContainText('Committee Room 2');
  await expect(field).toContainText('Version by Sipho Secretary');
  await expect(field).toContainText('Version by Thuli Secretary');
  await thuli.screenshot({ path: test.info().outputPath('live-edit-conflict.png'), fullPage: true });
  await expect(new ConflictsPage(sipho).navigationLink()).toHaveAccessibleName(/Conflicts\s*1 to settle/, { timeout: 60_000 });
  await sipho.context().close();
});

test("a settings form saves over what it showed: a colleague's change to another field, synced in meanwhile, stays", async ({ page, browser, syncServer }) => {
  test.setTimeout(300_000);
  const thuli = await thuliWithTheDemo(page, syncServer);
  const sipho = await siphoJoins(browser, syncServer);
  await new AppShell(sipho).goTo('Meetings');
  await expect(sipho.getByRole('table', { name: 'Meetings' }).getByRole('row')).toHaveCount(5, { timeout: 60_000 });

  // Thuli opens the municipality's particulars.
  await new AppShell(thuli).goTo('Settings');
  await thuli.getByRole('tab', { name: 'General' }).click();
  const thuliForm = thuli.getByRole('region', { name: 'Municipality' });
  await expect(thuliForm.getByRole('textbox', { name: 'Municipality name' })).toHaveValue('Mopane Ridge Local Municipality');

  // Sipho renames the municipality; the new name reaches Thuli's banner while her form is open.
  await new AppShell(sipho).goTo('Settings');
  await sipho.getByRole('tab', { name: 'General' }).click();
  const siphoForm = sipho.getByRole('region', { name: 'Municipality' });
  await siphoForm.getByRole('textbox', { name: 'Municipality name' }).fill('Mopane Ridge Municipality');
  await siphoForm.getByRole('button', { name: 'Save municipality details' }).click();
  await expect(siphoForm.getByText('Municipality details saved.')).toBeVisible();
  await expect(thuli.getByRole('banner')).toContainText('Mopane Ridge Municipality', { timeout: 60_000 });
  await expect(thuliForm.getByRole('textbox', { name: 'Municipality name' })).toHaveValue('Mopane Ridge Local Municipality');

  // Thuli changes only the phone and saves the form, which still shows the old name.
  await thuliForm.getByRole('textbox', { name: 'Phone' }).fill('015 000 2222');
  await thuliForm.getByRole('button', { name: 'Save municipality details' }).click();
  await expect(thuliForm.getByText('Municipality details saved.')).toBeVisible();
  await expect(thuli.getByRole('banner')).toContainText('Mopane Ridge Municipality');
  await expect(new ConflictsPage(thuli).navigationLink()).toHaveAccessibleName('Conflicts');
  await expect
    .poll(
      async () => {
        const value = (await syncServer.docs('settings')).get('municipality')?.value as { name?: string; phone?: string } | undefined;
        return value ? { name: value.name, phone: value.phone } : null;
      },
      { timeout: 60_000 },
    )
    .toEqual({ name: 'Mopane Ridge Municipality', phone: '015 000 2222' });

  // A second save from the same open form is made over her first: no competing versions of her own edits.
  await thuliForm.getByRole('textbox', { name: 'Phone' }).fill('015 000 3333');
  await thuliForm.getByRole('button', { name: 'Save municipality details' }).click();
  await expect
    .poll(async () => ((await syncServer.docs('settings')).get('municipality')?.value as { phone?: string } | undefined)?.phone, { timeout: 60_000 })
    .toBe('015 000 3333');
  await expect(new ConflictsPage(thuli).navigationLink()).toHaveAccessibleName('Conflicts');
  await expect(thuli.getByRole('banner')).toContainText('Mopane Ridge Municipality');
  await sipho.context().close();
});
