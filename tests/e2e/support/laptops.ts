/**
 * Another laptop in an end-to-end test: a fresh browser profile (its own IndexedDB, as on a
 * second or replacement laptop) with the project's settings (address, locale, time zone,
 * reduced motion) at 1366×768. The caller closes it with `page.context().close()` when done.
 */
import { test, type Browser, type Page } from '@playwright/test';

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
