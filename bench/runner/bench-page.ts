/** The benchmark page in a browser context: opened once ready, and its API called from Node. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchApi } from '../page/api';

export type BenchCall = <K extends keyof BenchApi>(name: K, request: Parameters<BenchApi[K]>[0]) => Promise<Awaited<ReturnType<BenchApi[K]>>>;

export interface BenchPage {
  page: Page;
  call: BenchCall;
  close(): Promise<void>;
}

export async function openBenchPage(context: BrowserContext, origin: string): Promise<BenchPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/bench/index.html`);
  await page
    .waitForFunction(() => document.title === 'Quorum bench: ready', undefined, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`The benchmark page did not start${errors.length ? `: ${errors.join('; ')}` : ''}.`);
    });
  const call: BenchCall = async (name, request) => {
    // Playwright serialises the request and the answer; both are plain data. A failure comes back
    // as its message and stack, since minified errors thrown across the bridge say little.
    const answer = await page.evaluate(
      async ([n, r]) => {
        try {
          return { ok: true as const, value: await (window.quorumBench as unknown as Record<string, (x: unknown) => Promise<unknown>>)[n]!(r) };
        } catch (error) {
          return { ok: false as const, message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : JSON.stringify(error) };
        }
      },
      [name, request] as const,
    );
    if (!answer.ok) throw new Error(`${name} failed in the page: ${answer.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    return answer.value as never;
  };
  return { page, call, close: () => page.close() };
}

/**
 * With QUORUM_BENCH_PROFILE=DIR, the page's CPU profile of `work` is saved as DIR/<name>.cpuprofile
 * (open it in Chromium's DevTools; build with QUORUM_BENCH_NO_MINIFY=1 for readable names).
 */
export async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.QUORUM_BENCH_PROFILE;
  if (!dir) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1_000 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}
