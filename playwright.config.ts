/**
 * End-to-end tests drive the built renderer (dist/renderer) in Chromium, served by
 * scripts/web.mjs. Each test gets a fresh browser context: a new, empty IndexedDB.
 *
 * Browser: Debian's /usr/bin/chromium when present. Set QUORUM_CHROMIUM to another executable,
 * or to "playwright" to use the browser Playwright downloads (`npx playwright install`).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/chromium';

const port = Number(process.env.QUORUM_E2E_PORT ?? 4391);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  // QUORUM_E2E_OUTPUT keeps runs that share a machine from clearing each other's results.
  outputDir: process.env.QUORUM_E2E_OUTPUT ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'en-ZA',
    timezoneId: 'Africa/Johannesburg',
    // The app honours the system's "reduce motion" (renderer/src/app/theme.ts): menus and dialogs
    // open at once, so a click never lands on a menu still growing under the pointer (a MUI Select's
    // option was missed that way on a loaded machine).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/web.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
