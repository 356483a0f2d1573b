/**
 * Laptops in an end-to-end test that syncs: the first one putting the demo municipality on the
 * server, one connecting as an account, and another laptop (a fresh browser profile with its own
 * IndexedDB, as on a second or replacement laptop) joining. Another laptop has the project's
 * settings (address, locale, time zone, reduced motion) at 1366×768; the caller closes it with
 * `page.context().close()` when done.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SyncSettingsPage } from '../pages/SyncSettingsPage';
import { WelcomePage } from '../pages/WelcomePage';
import { THULI, type SyncServerHandle } from './sync-fixtures';

export async function openAnotherLaptop(browser: Browser): Promise<Page> {
  const { baseURL, locale, timezoneId, reducedMotion } = test.info().project.use;
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    locale: locale ?? 'en-ZA',
    timezoneId: timezoneId ?? 'Africa/Johannesburg',
    reducedMotion: reducedMotion ?? 'reduce',
    viewport: { width: 1366, height: 768 },
  });
  return context.newPage();
}

/** A new laptop joins the municipality through its server as `account`. */
export async function joinAs(
  browser: Browser,
  server: SyncServerHandle,
  name: string,
  account: { username: string; password: string },
): Promise<{ page: Page; sync: SyncSettingsPage }> {
  const page = await openAnotherLaptop(browser);
  await new WelcomePage(page).open();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('radio', { name: /Join my municipality's Quorum server/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const sync = new SyncSettingsPage(page);
  await sync.fill({ serverUrl: server.url, prefix: server.prefix, ...account });
  await sync.form().getByRole('button', { name: 'Save and connect' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 90_000 });
  await sync.expectStatus(/Up to date/, 90_000);
  return { page, sync };
}

type Account = { username: string; password: string };

/** `page` connects to the server as `account` in Settings → Sync, and is up to date. */
export async function connectTo(page: Page, server: SyncServerHandle, account: Account, timeoutMs = 90_000): Promise<SyncSettingsPage> {
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.saveAndConnect({ serverUrl: server.url, prefix: server.prefix, ...account });
  await sync.expectStatus(/Up to date/, timeoutMs);
  return sync;
}

/** The demo municipality, loaded on `page` by `name`, put on the server as `account` (Thuli's by default). */
export async function demoOnServer(
  page: Page,
  server: SyncServerHandle,
  options: { name?: string; account?: Account; timeoutMs?: number } = {},
): Promise<SyncSettingsPage> {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo(options.name ?? 'Thuli Secretary');
  return connectTo(page, server, options.account ?? THULI, options.timeoutMs ?? 120_000);
}
