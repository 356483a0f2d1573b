/**
 * Issue 18: a new laptop joins a municipality whose server already holds a few thousand records
 * per collection. The first screen says what is arriving and opens Quorum once the essentials are
 * here, while the query timelines and the audit trail still arrive (held back here by the test,
 * as a slow line would); a query opened meanwhile reads its timeline from the server; the network
 * drops mid-join and returns; the join then completes with every record on the laptop once.
 */
import type { Route } from '@playwright/test';
import { CouchClient } from '../../shared/couch/http';
import { CouchDatabase } from '../../shared/couch/database';
import { databaseName } from '../../shared/couch/names';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '../../shared/sync/record-labels';
import type { JsonObject } from '../../shared/sync/record-state';
import { toCouchDoc } from '../../renderer/src/sync/record-transfer';
import { ADMIN } from '../integration/support/sync-server';
import { sampleRecord } from '../integration/support/records';
import { SyncSettingsPage } from './pages/SyncSettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { THULI, expect, test } from './support/sync-fixtures';

const EACH = 2_000;
const AT = '2026-11-23T08:00:00.000Z';
const tracking = { createdAt: AT, createdBy: 'Another Secretary', updatedAt: AT, updatedBy: 'Another Secretary', hasConflict: false };

/** The municipality on the server: EACH records per collection, one query with a timeline of three entries. */
async function seed(url: string, prefix: string): Promise<{ queryId: string; counts: Record<CollectionName, number> }> {
  const records = new Map<CollectionName, JsonObject[]>();
  for (const name of COLLECTION_NAMES) {
    records.set(
      name,
      Array.from({ length: EACH }, (_, index) => sampleRecord(name, index + 1, 'Another Secretary') as unknown as JsonObject),
    );
  }
  const stakeholder = records.get('stakeholders')![0]!;
  const query: JsonObject = { ...records.get('queries')![0]!, stakeholderId: stakeholder.id, subject: 'Streetlight out on Jacaranda Street' };
  records.get('queries')![0] = query;
  const timeline = ['Called the resident back', 'Electricity crew booked', 'Streetlight repaired'];
  timeline.forEach((text, index) => {
    records.get('queryevents')![index] = { ...records.get('queryevents')![index]!, queryId: query.id, text, at: `2026-11-2${4 + index}T09:00:00.000Z` };
  });
  records.get('settings')!.push({ id: 'municipality', value: { name: 'Uthukela Metro', timeZone: 'Africa/Johannesburg' }, ...tracking });
  const admin = new CouchClient({ serverUrl: url, ...ADMIN });
  const counts = {} as Record<CollectionName, number>;
  for (const [name, list] of records) {
    const database = new CouchDatabase(admin, databaseName(prefix, name));
    for (let from = 0; from < list.length; from += 1_000) {
      const results = await database.bulkDocs(list.slice(from, from + 1_000).map((record) => toCouchDoc(record)));
      const refused = results.find((result) => result.error);
      if (refused) throw new Error(`The server refused a seeded ${name}: ${JSON.stringify(refused)}`);
    }
    counts[name] = list.length;
  }
  return { queryId: String(query.id), counts };
}

test('a new laptop opens on the essentials, reads a timeline not yet pulled from the server, and completes the join after the network drops', async ({
  page,
  context,
  syncServer,
}) => {
  test.setTimeout(300_000);
  const { queryId, counts } = await seed(syncServer.url, syncServer.prefix);

  // The timelines' and the audit trail's pulls wait until the test lets them go, as on a slow line.
  const held: Route[] = [];
  let holding = true;
  const background = new RegExp(`/${syncServer.prefix}(queryevents|audit)/_changes`);
  await page.route(background, (route) => {
    if (holding) held.push(route);
    else void route.continue();
  });
  // The queries, an essential, wait too until the first screen has been seen.
  const heldQueries: Route[] = [];
  let holdingQueries = true;
  await page.route(new RegExp(`/${syncServer.prefix}queries/_changes`), (route) => {
    if (holdingQueries) heldQueries.push(route);
    else void route.continue();
  });

  await new WelcomePage(page).open();
  await page.getByLabel('Your name').fill('Nandi Secretary');
  await page.getByRole('radio', { name: /Join my municipality's Quorum server/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const sync = new SyncSettingsPage(page);
  await sync.fill({ serverUrl: syncServer.url, prefix: syncServer.prefix, ...THULI });
  await sync.form().getByRole('button', { name: 'Save and connect' }).click();

  // The first screen: what a person needs to work, arriving, then Quorum opens.
  await expect(page.getByRole('heading', { name: "Getting Uthukela Metro's records", level: 1 })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('progressbar', { name: 'Records you need to work' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Records you need to work: by kind of record' })).toContainText(/Queries: 0 of 2\s000/);
  await page.screenshot({ path: test.info().outputPath('join-first-screen.png') });
  holdingQueries = false;
  for (const route of heldQueries.splice(0)) await route.continue();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 120_000 });

  // The rest is still arriving: the banner says so, with its progress.
  const banner = page.getByRole('region', { name: 'Records still arriving' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('progressbar', { name: 'Records arriving from the server' })).toBeVisible();
  await expect(banner).toContainText(/Query timeline entries: 0 of 2\s000/);
  await expect(page.getByRole('status', { name: 'Partial records' })).toContainText('the dashboard covers what has arrived so far');

  // A query whose timeline is not yet here: read from the server at once.
  await page.goto(`./#/queries/${queryId}`);
  await expect(page.getByRole('heading', { name: /Streetlight out on Jacaranda Street/, level: 1 })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Where this timeline comes from' })).toContainText('this one was read from the server');
  for (const text of ['Called the resident back', 'Electricity crew booked', 'Streetlight repaired']) await expect(page.getByText(text)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('join-timeline-from-server.png'), fullPage: true });

  // The network drops mid-join, the held pulls fail, and the network returns.
  await context.setOffline(true);
  holding = false;
  for (const route of held.splice(0)) await route.abort('internetdisconnected').catch(() => undefined);
  await sync.expectStatus(/Offline/, 30_000);
  await context.setOffline(false);

  // The join completes: the banner goes, the timeline is this laptop's own, every record is here once.
  await expect(banner).toBeHidden({ timeout: 120_000 });
  await expect(page.getByRole('status', { name: 'Where this timeline comes from' })).toBeHidden();
  await expect(page.getByText('Streetlight repaired')).toBeVisible();
  await sync.expectStatus(/Up to date/, 90_000);
  await sync.openLog();
  for (const name of COLLECTION_NAMES) expect(await sync.recordsOnLaptop(COLLECTION_LABELS[name]), COLLECTION_LABELS[name]).toBe(counts[name]);
});
