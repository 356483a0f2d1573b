/**
 * Sync in Chromium against a real server process (pouchdb-server on loopback). Brief scenario
 * 2's sync half: work done offline reaches the server when the network returns, with nobody
 * doing anything; every one of the ten collections converges over the page's six connections;
 * and "Test connection" tells the failures apart.
 */
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { MeetingsPage } from './pages/MeetingsPage';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '../../shared/sync/record-labels';
import { SyncSettingsPage } from './pages/SyncSettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { THULI, expect, test } from './support/sync-fixtures';
import { demoOnServer } from './support/laptops';
import { startSyncServer } from '../integration/support/sync-server';

async function totalOnServer(server: { docs(suffix: CollectionName): Promise<Map<string, unknown>> }): Promise<number> {
  let total = 0;
  for (const collection of COLLECTION_NAMES) total += (await server.docs(collection)).size;
  return total;
}

/** The number of waiting changes once two readings a moment apart agree (the count is debounced). */
async function settledCount(sync: SyncSettingsPage): Promise<number> {
  const read = async () => Number(/(\d+) changes? waiting/.exec((await sync.status().getAttribute('title')) ?? '')?.[1] ?? 0);
  let previous = -1;
  await expect
    .poll(
      async () => {
        const current = await read();
        const settled = current === previous;
        previous = current;
        return settled;
      },
      { intervals: [400], timeout: 10_000 },
    )
    .toBe(true);
  return previous;
}

async function municipalityAddress(page: Page, address: string): Promise<void> {
  await new AppShell(page).goTo('Settings');
  await page.getByRole('tab', { name: 'General' }).click();
  const municipality = page.getByRole('region', { name: 'Municipality' });
  await municipality.getByRole('textbox', { name: 'Address' }).fill(address);
  await municipality.getByRole('button', { name: 'Save municipality details' }).click();
  await expect(municipality.getByText('Municipality details saved.')).toBeVisible();
}

test('work done offline reaches the server by itself when the network returns', async ({ page, context, syncServer }) => {
  test.setTimeout(180_000);
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  const sync = new SyncSettingsPage(page);
  await sync.expectStatus(/Sync not set up/);

  await sync.open();
  await sync.saveAndConnect({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...THULI });
  await sync.expectStatus(/Up to date · last synced \d\d:\d\d$/, 90_000);
  await page.screenshot({ path: test.info().outputPath('sync-settings.png'), fullPage: true });

  const before = await totalOnServer(syncServer);
  await context.setOffline(true);
  await sync.expectStatus(/^Sync: Offline · no changes waiting$/, 10_000);

  await new AppShell(page).goTo('Meetings');
  const meetings = new MeetingsPage(page);
  await meetings.fillSchedule({
    body: 'Council',
    title: 'Special Council: flood relief',
    date: '2027-03-15',
    start: '09:30',
    end: '12:00',
    venue: 'Council Chamber',
  });
  await meetings.submitSchedule();
  await expect(page.getByRole('heading', { name: 'Special Council: flood relief', level: 1 })).toBeVisible();
  await municipalityAddress(page, '1 Civic Way\nMopane Ridge 0900');
  // The meeting (with its agenda), the settings record and their audit entries, all waiting.
  await sync.expectStatus(/^Sync: Offline · \d+ changes waiting$/, 10_000);
  const waiting = await settledCount(sync);
  expect(waiting).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: test.info().outputPath('offline-status.png') });
  expect(await totalOnServer(syncServer)).toBe(before);

  await context.setOffline(false);
  await sync.expectStatus(/Up to date/, 60_000);
  // Every waiting change arrived: the new records, plus the changed municipality settings.
  expect(await totalOnServer(syncServer)).toBe(before + waiting - 1);
  const onServer = [...(await syncServer.docs('meetings')).values()];
  expect(onServer.map((doc) => doc.title)).toContain('Special Council: flood relief');
  const municipality = (await syncServer.docs('settings')).get('municipality');
  expect((municipality?.value as { address?: string }).address).toBe('1 Civic Way\nMopane Ridge 0900');
  const audit = [...(await syncServer.docs('audit')).values()].map((doc) => String(doc.summary));
  expect(audit.some((summary) => summary.includes('Special Council: flood relief'))).toBe(true);

  await sync.openLog();
  await expect(sync.log().getByRole('list', { name: 'Sync log' })).toContainText('Offline: changes are kept on this laptop');
  await expect(sync.log().getByRole('list', { name: 'Sync log' })).toContainText(/Sent \d+ × Meetings/);
  await page.screenshot({ path: test.info().outputPath('sync-log.png') });
});

test('all ten collections converge over the page’s few connections', async ({ page, syncServer }) => {
  test.setTimeout(180_000);
  const sync = await demoOnServer(page, syncServer, { timeoutMs: 90_000 });

  // A record another laptop wrote reaches this one live (through the one change feed).
  const meetingId = [...(await syncServer.docs('meetings')).keys()][0] ?? '';
  const at = new Date().toISOString();
  await syncServer.database('agendaitems').bulkDocs([
    {
      _id: 'e2e-item',
      meetingId,
      parentId: '',
      position: 99,
      title: 'Item from another laptop',
      kind: 'general',
      inCommittee: false,
      decision: 'none',
      createdAt: at,
      createdBy: 'Sipho',
      updatedAt: at,
      updatedBy: 'Sipho',
      hasConflict: false,
    },
  ]);
  await syncServer
    .database('audit')
    .bulkDocs([
      { _id: 'e2e-audit', at, actor: 'Sipho', action: 'create', recordType: 'agendaitems', recordId: 'e2e-item', summary: 'Created agenda item', fields: [] },
    ]);

  await sync.openLog();
  for (const collection of COLLECTION_NAMES) {
    const label = COLLECTION_LABELS[collection];
    const expected = (await syncServer.docs(collection)).size;
    expect(expected, `${collection} on the server`).toBeGreaterThan(0);
    await expect.poll(() => sync.recordsOnLaptop(label), { message: `${label} on the laptop`, timeout: 30_000 }).toBe(expected);
  }
  await page.screenshot({ path: test.info().outputPath('sync-log-details.png') });
});

test('Test connection tells a wrong password, a refused origin, a web page and a dead address apart', async ({ page, syncServer }) => {
  test.setTimeout(120_000);
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.startOwn('Sipho Officer', 'Example Local Municipality');
  const sync = new SyncSettingsPage(page);
  await sync.open();

  await sync.fill({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...THULI, password: 'not-the-password' });
  await sync.testConnection();
  await expect(sync.connectionTest()).toContainText('The server refused the user name or password');

  await sync.fill({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...THULI });
  await sync.testConnection();
  await expect(sync.connectionTest()).toContainText('The connection works');
  await expect(sync.connectionTest()).toContainText('Signed in as thuli (secretariat)');

  // The app's own web server answers with a web page, not CouchDB.
  await sync.fill({ serverUrl: new URL(page.url()).origin, prefix: syncServer.prefix, ...THULI });
  await sync.testConnection();
  await expect(sync.connectionTest()).toContainText('not as a CouchDB server');

  await sync.fill({ serverUrl: 'http://127.0.0.1:9/', prefix: syncServer.prefix, ...THULI });
  await sync.testConnection();
  await expect(sync.connectionTest()).toContainText('The sync server cannot be reached', { timeout: 30_000 });

  // A server that does not list this app's origin in its CORS settings.
  const stranger = await startSyncServer({ origins: ['https://elsewhere.example'] });
  try {
    await sync.fill({ serverUrl: stranger.url, prefix: syncServer.prefix, ...THULI });
    await sync.testConnection();
    await expect(sync.connectionTest()).toContainText(`The server refuses this app's origin (${new URL(page.url()).origin}) (CORS)`);
    await page.screenshot({ path: test.info().outputPath('test-connection-cors.png'), fullPage: true });
  } finally {
    await stranger.dispose();
  }

  await sync.fill({ serverUrl: syncServer.url, prefix: 'quorum_nowhere_', ...THULI });
  await sync.testConnection();
  await expect(sync.connectionTest()).toContainText('databases are missing, first quorum_nowhere_bodies');

  // Saving a wrong password: the app bar says what is wrong and what to do.
  await sync.fill({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...THULI, password: 'not-the-password' });
  await sync.form().getByRole('button', { name: 'Save and connect' }).click();
  await sync.expectStatus(/Error · The server refused the user name or password · Enter them again in Settings → Sync/);
  await page.screenshot({ path: test.info().outputPath('status-error.png') });
});
