/**
 * Issue 15, part 1: a municipality starts from empty through the UI alone. The secretary chooses
 * "Set up my own municipality" and follows the dashboard's setup checklist: the particulars, two
 * departments (one renamed, one retired), an official with a department, councillors and a body,
 * then logs a query and assigns it to the official, who finds it in "My queries"; the CSV names the
 * official once, by their one name.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeBackup } from '../../shared/backup/format';
import type { BackupRecords } from '../../shared/backup/records';
import { COLLECTION_NAMES } from '../../shared/schemas/vocabulary';
import { AppShell } from './pages/AppShell';
import { QueriesPage } from './pages/QueriesPage';
import { GeneralSettingsPage, MembersPage, SetupChecklist } from './pages/SetupPages';
import { WelcomePage } from './pages/WelcomePage';

const SHOTS = process.env.QUORUM_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('a municipality set up from empty assigns its first query to one of its officials', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.startOwn('Naledi Secretary', 'Kopano Local Municipality');

  // The dashboard of a new municipality says what to do next.
  const checklist = new SetupChecklist(page);
  await expect(checklist.region()).toBeVisible();
  await expect(checklist.region()).toContainText('0 of 8 steps done');
  await checklist.expectStep('Municipality particulars', 'to do');
  await checklist.expectStep('Departments', 'to do');
  await shot(page, 'setup-checklist-empty');

  // Particulars.
  await checklist.follow('Enter the particulars');
  const settings = new GeneralSettingsPage(page);
  await settings.fillParticulars({ Address: '1 Church Street\nKopano\n0700', Phone: '012 555 0100' });
  await expect(settings.municipality().getByRole('alert')).toBeVisible();

  // Departments: two added, a duplicate refused, one renamed, one retired.
  await expect(settings.departments()).toContainText('No departments are set up yet: add the first one below.');
  await settings.addDepartment('Community Services');
  await expect(settings.departmentRow('Community Services')).toContainText('CS');
  await settings.addDepartment('Tecnical Services', 'TECH');
  // Both problems are said at once, beside their fields, and nothing is added.
  await settings.addDepartment('  community   SERVICES ', 'tech');
  await expect(settings.departments().getByText('There is already a department called “Community Services”.')).toBeVisible();
  await expect(settings.departments().getByText('The code tech is already used by Tecnical Services.')).toBeVisible();
  await expect(settings.departments().getByText('Tecnical Services (TECH) is added.')).toHaveCount(0);
  await expect(settings.departments().getByRole('table', { name: 'Departments' }).getByRole('row')).toHaveCount(3);
  await shot(page, 'settings-department-refused');
  await settings.renameDepartment('Tecnical Services', 'Technical Services');
  await expect(settings.departmentRow('Technical Services')).toBeVisible();
  await settings.addDepartment('Old Works', 'OW');
  await settings.departments().getByRole('button', { name: 'Retire Old Works' }).click();
  await expect(settings.departmentRow('Old Works')).toContainText('Retired');
  await expect(settings.departments().getByRole('table', { name: 'Departments' }).getByRole('row')).toHaveCount(4);
  await shot(page, 'settings-departments');

  const shell = new AppShell(page);
  await shell.goTo('Dashboard');
  await checklist.expectStep('Municipality particulars', 'done');
  await checklist.expectStep('Departments', 'done');
  await checklist.expectStep('Officials', 'to do');

  // An official with a department: the retired department is not offered.
  await checklist.follow('Add officials');
  const members = new MembersPage(page);
  const official = await members.addPerson('Officials', {
    title: 'Mr',
    fullName: 'Sipho Dlamini',
    position: 'Manager: Waste',
    department: 'Community Services',
  });
  await official.getByRole('combobox', { name: 'Department', exact: true }).click();
  await expect(page.getByRole('option', { name: 'Technical Services', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: /Old Works/ })).toHaveCount(0);
  await page.getByRole('option', { name: 'Community Services', exact: true }).click();
  await members.save(official);
  await expect(page.getByRole('table', { name: 'Officials' }).getByRole('row', { name: /Sipho Dlamini/ })).toContainText('Community Services');

  // Councillors, then Council with its members: the quorum rule is said in words before members are added.
  for (const name of ['Thandeka Mokoena', 'Pieter Botha', 'Lerato Nkosi']) {
    await members.save(await members.addPerson('Councillors', { fullName: name, seat: 'Proportional representation' }));
  }
  const bodyDialog = await members.fillBody({ name: 'Council', code: 'C', kind: 'Council', members: [] });
  await expect(bodyDialog.getByRole('combobox', { name: 'Quorum rule' })).toHaveText(/more than half, counted once members are added/);
  await expect(bodyDialog).not.toContainText('(1 of 0)');
  for (const name of ['Thandeka Mokoena', 'Pieter Botha', 'Lerato Nkosi']) {
    await bodyDialog.getByRole('combobox', { name: 'Members' }).fill(name.split(' ')[0] ?? name);
    await page.getByRole('option', { name }).click();
  }
  await expect(bodyDialog.getByRole('combobox', { name: 'Quorum rule' })).toHaveText('A majority of the members: 2 of 3');
  await shot(page, 'add-body');
  await bodyDialog.getByRole('button', { name: 'Add' }).click();
  await expect(bodyDialog).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Council and committees' }).getByRole('row', { name: /^Council C Council/ })).toContainText('3');

  await shell.goTo('Dashboard');
  await checklist.expectStep('Officials', 'done');
  await checklist.expectStep('Council and committees', 'done');
  await expect(checklist.region()).toContainText('4 of 8 steps done');
  await shot(page, 'setup-checklist-progress');

  // The first query, assigned to the official (chosen, not typed).
  await shell.goTo('Queries');
  const queries = new QueriesPage(page);
  await queries.startIntake();
  await queries.addNewResident({ name: 'Dorah Mashele', phone: '072 555 0199', ward: '4', consent: true });
  await queries.fillQuery({ channel: 'Phone', subject: 'Refuse not collected in Mahogany Close', category: 'Refuse removal', ward: '4', priority: 'Normal' });
  await queries.save();
  await expect(page.getByRole('alert').filter({ hasText: 'Query logged' })).toBeVisible();
  await queries.act('Acknowledge');
  await queries.expectDialogClosed();
  await page.getByRole('toolbar', { name: 'Actions on the query' }).getByRole('button', { name: 'Assign', exact: true }).click();
  const assign = page.getByRole('dialog', { name: 'Assign the query' });
  await members.choose(assign, 'Department', 'Community Services');
  await assign.getByRole('combobox', { name: 'Responsible officer' }).click();
  await expect(page.getByRole('option', { name: /Old Works/ })).toHaveCount(0);
  await page.getByRole('option', { name: 'Sipho Dlamini · Community Services', exact: true }).click();
  await shot(page, 'assign-official');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await queries.expectDialogClosed();
  await expect(queries.facts()).toContainText('Sipho Dlamini');
  await expect(queries.facts()).toContainText('Community Services');

  // "My queries" follows the official the person on this laptop says they are.
  await shell.goTo('Queries');
  await queries.openQueue('My queries');
  await expect(page.getByText('Say which official you are in Settings → General')).toBeVisible();
  await shell.goTo('Settings');
  await settings.iAm('Sipho Dlamini · Community Services');
  await shell.goTo('Queries');
  await queries.openQueue('My queries');
  await expect(queries.row(/Refuse not collected in Mahogany Close/)).toBeVisible();

  // The CSV names the officer once, by the official's one name.
  await queries.openQueue('All open');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await readFile(await (await download).path())).toString('utf8');
  const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
  const officerColumn = (header ?? '').split('","').findIndex((h) => h.replace(/"/g, '') === 'Responsible officer');
  expect(officerColumn).toBeGreaterThanOrEqual(0);
  expect((row ?? '').split('","')[officerColumn]?.replace(/"/g, '')).toBe('Sipho Dlamini');

  // The checklist can be hidden, and brought back from Settings.
  await shell.goTo('Dashboard');
  await checklist.region().getByRole('button', { name: 'Hide the checklist' }).click();
  await expect(checklist.region()).toHaveCount(0);
  await shell.goTo('Settings');
  await page.getByRole('button', { name: 'Show setup checklist' }).click();
  await shell.goTo('Dashboard');
  await expect(checklist.region()).toBeVisible();
});

test('a department that records name cannot be deleted, and says where it is named', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.startOwn('Naledi Secretary', 'Kopano Local Municipality');
  await new AppShell(page).goTo('Settings');
  const settings = new GeneralSettingsPage(page);
  await settings.addDepartment('Community Services');
  await settings.addDepartment('Typo Department');
  await settings.departments().getByRole('button', { name: 'Delete Typo Department' }).click();
  await expect(settings.departmentRow('Typo Department')).toHaveCount(0);

  await new AppShell(page).goTo('Members & committees');
  const members = new MembersPage(page);
  await members.save(await members.addPerson('Officials', { fullName: 'Sipho Dlamini', department: 'Community Services' }));
  await new AppShell(page).goTo('Settings');
  await settings.departments().getByRole('button', { name: 'Delete Community Services' }).click();
  await expect(settings.departments().getByRole('alert')).toContainText(
    'Community Services cannot be deleted while records name it. It is named on 1 official.',
  );
  await expect(settings.departmentRow('Community Services')).toBeVisible();
});

/** A backup as Quorum wrote it before version 1 of queries: officers typed as text. */
async function olderBackup(folder: string): Promise<string> {
  const at = '2026-11-02T08:00:00.000Z';
  const stamp = { createdAt: at, createdBy: 'Thuli', updatedAt: at, updatedBy: 'Thuli', hasConflict: false };
  const query = (n: number, officer: string) => ({
    id: `older-q-${n}`,
    reference: `Q-2026-000${n}-OL`,
    stakeholderId: 'older-sh-1',
    channel: 'phone',
    subject: `Older query ${n}`,
    category: 'Water and sanitation',
    priority: 'normal',
    status: 'assigned',
    receivedAt: at,
    dueDate: '2026-11-16',
    departmentId: 'older-dept-tech',
    officer,
    ...stamp,
  });
  const records = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as unknown[]])) as unknown as BackupRecords;
  Object.assign(records, {
    settings: [
      { id: 'municipality', value: { name: 'Kopano Local Municipality', timeZone: 'Africa/Johannesburg' }, ...stamp },
      { id: 'departments', value: { items: [{ id: 'older-dept-tech', name: 'Technical Services', code: 'TECH' }] }, ...stamp },
    ],
    members: [{ id: 'older-off-1', fullName: 'Rhulani Hlungwani', title: 'Mr', kind: 'official', seat: 'none', active: true, ...stamp }],
    stakeholders: [{ id: 'older-sh-1', kind: 'person', category: 'resident', name: 'Dorah Mashele', ...stamp }],
    queries: [query(1, 'Mr Rhulani Hlungwani'), query(2, 'Field Officer'), query(3, 'field  officer')],
    // Version 1 of agenda items: the official of an action arising typed as text.
    bodies: [
      {
        id: 'older-body',
        name: 'Council',
        code: 'C',
        kind: 'council',
        memberships: [],
        quorumRule: 'majority',
        archived: false,
        ...stamp,
      },
    ],
    meetings: [
      {
        id: 'older-meeting',
        bodyId: 'older-body',
        type: 'ordinary',
        title: 'Ordinary Council Meeting',
        startsAt: '2026-10-29T07:00:00.000Z',
        venue: 'Council Chamber',
        status: 'draft',
        history: [],
        attendance: [],
        ...stamp,
      },
    ],
    agendaitems: [
      {
        id: 'older-item',
        meetingId: 'older-meeting',
        parentId: '',
        position: 1,
        title: 'Water losses',
        kind: 'report',
        inCommittee: false,
        decision: 'resolved',
        actions: [
          { id: 'older-act-1', description: 'Report on the pumps', official: 'Mr Field Officer', done: false },
          { id: 'older-act-2', description: 'Report on the tariffs', official: 'mr rhulani hlungwani', done: false },
        ],
        ...stamp,
      },
    ],
  });
  const bytes = writeBackup({ appVersion: '0.0.9', createdAt: at, createdBy: 'Thuli', municipality: 'Kopano Local Municipality', records, attachments: [] });
  const text = new TextDecoder().decode(bytes);
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as { schemaVersions: Record<string, number> };
  header.schemaVersions = { ...header.schemaVersions, queries: 0, resolutions: 0, agendaitems: 1 };
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'older.quorumbackup');
  await writeFile(file, `${JSON.stringify(header)}${text.slice(newline)}`);
  return file;
}

test('officer names typed before officials were people: matched on restore, the others listed and matched by a person', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const file = await olderBackup(testInfo.outputDir);
  const welcome = new WelcomePage(page);
  await welcome.open();
  await page.getByLabel('Your name').fill('Naledi Secretary');
  await page.getByRole('radio', { name: /Restore from a Quorum backup/ }).check();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose backup file' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  const shell = new AppShell(page);
  await shell.goTo('Queries');
  const queries = new QueriesPage(page);
  await queries.openQueue('All open');
  // "Mr Rhulani Hlungwani" was the official Rhulani Hlungwani: one name now.
  await expect(queries.row(/Older query 1/)).toContainText('Rhulani Hlungwani');
  await expect(queries.row(/Older query 1/)).not.toContainText('Mr Rhulani');

  await shell.goTo('Members & committees');
  await page.getByRole('tab', { name: 'Officials' }).click();
  const unmatched = page.getByRole('region', { name: 'Officers not on the list' });
  await expect(unmatched).toContainText('3 records name an officer who is not on the list of officials: Field Officer.');
  await expect(unmatched).toContainText('“Field Officer” on 2 queries and 1 action in the minutes');
  await shot(page, 'officials-unmatched');
  // Matching with no official chosen says so beside the choice and links nothing.
  await unmatched.getByRole('button', { name: 'Match “Field Officer”' }).click();
  await expect(unmatched.getByText('Choose the official this name stands for.')).toBeVisible();
  await expect(unmatched).toContainText('3 records name an officer');
  await unmatched.getByRole('combobox', { name: 'Official for “Field Officer”' }).click();
  await page.getByRole('option', { name: 'Rhulani Hlungwani · No department', exact: true }).click();
  await unmatched.getByRole('button', { name: 'Match “Field Officer”' }).click();
  await expect(unmatched).toHaveCount(0);
  await shell.goTo('Queries');
  await queries.openQueue('All open');
  await expect(queries.row(/Older query 2/)).toContainText('Rhulani Hlungwani');
  await expect(queries.row(/Older query 3/)).toContainText('Rhulani Hlungwani');
});
