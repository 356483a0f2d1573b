/**
 * The app over the metro data set, in a browser profile that holds it all in IndexedDB as a
 * laptop would after syncing a metro's five years: cold start to the dashboard (and what the
 * first load downloads), the JS heap with the data loaded, the queries list's interactions, and
 * the Word documents of the largest meeting and of the whole register.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { BenchConfig } from '../../cli';
import type { Figure } from '../../report';
import { openBenchPage, profiled } from '../bench-page';
import { staticFirstLoadOf } from '../first-load';
import { APP_OUT, browserProfile, type Profile } from '../harness';
import { schemaHash, writeMetroMarker, type KeptMetro } from '../kept-metro';

export interface MetroStage {
  origin: string;
  config: BenchConfig;
  now: Date;
  log: (line: string) => void;
  screenshots: string;
}

export interface MetroProfile {
  profile: Profile;
  budgetMeetingId: string | null;
  counts: Record<string, number>;
  seedMs: number;
  /** Seeded in this run (not a kept profile reused), with where the time went. */
  seeded: { phases: Record<string, number> } | null;
}

/** "N records in X s (R records/s)". */
export function seedingLine(counts: Record<string, number>, ms: number): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return `${total.toLocaleString('en-US')} records in ${(ms / 1000).toFixed(1)} s (${Math.round(total / (ms / 1000)).toLocaleString('en-US')} records/s)`;
}

/** Records per IndexedDB transaction when seeding. */
const SEED_BATCH = 1_000;

/**
 * Seeds the metro data set into a new browser profile, or into `kept` (--keep-metro), which then
 * stays for the next run; or reuses what `kept` already holds (see kept-metro.ts).
 */
export async function seedMetroProfile(stage: MetroStage, kept?: { dir: string; plan: KeptMetro; port: number }): Promise<MetroProfile> {
  const profile = browserProfile('metro', kept?.dir);
  if (kept?.plan.kind === 'reuse') {
    const { marker } = kept.plan;
    stage.log(`  metro: reusing the profile seeded ${marker.seededAt} in ${kept.dir}`);
    stage.log(`  metro: the kept profile was seeded with ${seedingLine(marker.counts, marker.seedMs)}`);
    return { profile, budgetMeetingId: marker.budgetMeetingId, counts: marker.counts, seedMs: marker.seedMs, seeded: null };
  }
  const context = await profile.open();
  try {
    const bench = await openBenchPage(context, stage.origin);
    const result = await bench.call('seedMetro', {
      seed: stage.config.seed,
      sizes: stage.config.sizes,
      now: stage.now.toISOString(),
      userName: 'Bench Officer',
      chunk: SEED_BATCH,
    });
    const phases = Object.entries(result.phases)
      .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
    stage.log(`  seeding: ${seedingLine(result.counts, result.ms)}; ${phases}`);
    stage.log(`  metro: ${JSON.stringify(result.counts)}`);
    if (kept) {
      writeMetroMarker(kept.dir, {
        seed: stage.config.seed,
        sizes: stage.config.sizes,
        schemaHash: schemaHash(),
        port: kept.port,
        counts: result.counts,
        seedMs: result.ms,
        budgetMeetingId: result.budgetMeetingId,
        seededAt: stage.now.toISOString(),
      });
    }
    return { profile, budgetMeetingId: result.budgetMeetingId, counts: result.counts, seedMs: result.ms, seeded: { phases: result.phases } };
  } catch (error) {
    profile.dispose();
    throw error;
  } finally {
    await context.close();
  }
}

/** Resolves, on the first animation frame where it holds, with the time since navigation began. */
const DASHBOARD_READY = () => {
  const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Dashboard');
  const overview = document.querySelector('[aria-label="Overview"][aria-busy="false"]');
  return heading && overview ? performance.now() : false;
};

/** …and with the resolution figures, which load on their own. */
const DASHBOARD_COMPLETE = () => (document.querySelector('[aria-label="Resolution figures"][aria-busy="false"]') ? performance.now() : false);

async function dashboardReadyAt(page: Page, origin: string): Promise<{ ready: number; complete: number; readyWall: number }> {
  await page.goto(`${origin}/#/`);
  const ready = (await (await page.waitForFunction(DASHBOARD_READY, undefined, { polling: 'raf', timeout: 120_000 })).jsonValue()) as number;
  const readyWall = Date.now();
  const complete = (await (await page.waitForFunction(DASHBOARD_COMPLETE, undefined, { polling: 'raf', timeout: 120_000 })).jsonValue()) as number;
  return { ready, complete: Math.max(ready, complete), readyWall };
}

function gzipKb(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(file)).length;
  return bytes / 1024;
}

export async function measureColdStart(stage: MetroStage, metro: MetroProfile): Promise<Figure[]> {
  const samples: number[] = [];
  const completeSamples: number[] = [];
  // What the first visit downloads before its dashboard is ready, and what it loads after (the charts).
  const requested: Array<{ file: string; at: number }> = [];
  let readyAt = Number.POSITIVE_INFINITY;
  for (let run = 0; run <= stage.config.runs.coldStart; run += 1) {
    const context = await metro.profile.open();
    try {
      const page = await context.newPage();
      page.on('request', (request) => {
        const type = request.resourceType();
        if (run !== 0 || (type !== 'script' && type !== 'stylesheet' && type !== 'document')) return;
        const url = new URL(request.url());
        if (url.origin !== stage.origin) return;
        requested.push({ file: path.join(APP_OUT, url.pathname === '/' ? 'index.html' : url.pathname), at: Date.now() });
      });
      const { ready: ms, complete, readyWall } = await dashboardReadyAt(page, stage.origin);
      if (run === 0) readyAt = readyWall;
      // The first start also installs the service worker and fills the browser's caches: not counted.
      if (run > 0) {
        samples.push(ms);
        completeSamples.push(complete);
      }
      stage.log(
        `  cold start ${run === 0 ? '(first visit, not counted)' : `run ${run}`}: ${Math.round(ms)} ms (resolution figures at ${Math.round(complete)} ms)`,
      );
      if (run === 1) await page.screenshot({ path: path.join(stage.screenshots, 'dashboard-metro.png') });
    } finally {
      await context.close();
    }
  }
  const firstLoad = new Set(requested.filter((r) => r.at <= readyAt).map((r) => r.file));
  const later = new Set(requested.filter((r) => r.at > readyAt && !firstLoad.has(r.file)).map((r) => r.file));
  const kb = gzipKb(firstLoad);
  const name = (f: string) => path.relative(APP_OUT, f);
  const entry = staticFirstLoadOf(readFileSync(path.join(APP_OUT, 'index.html'), 'utf8'));
  const staticFirstLoad = { files: entry, kb: gzipKb(entry.map((f) => path.join(APP_OUT, f))) };
  return [
    {
      id: 'cold-start',
      label: 'Cold start to an interactive dashboard (full data set)',
      unit: 'ms',
      samples,
      target: { statistic: 'median', max: 1_500 },
      note: 'A new browser on the same profile each run; from navigation to the dashboard with its meetings and query figures (the resolution figures load on their own, below).',
    },
    {
      id: 'cold-start.complete',
      label: 'Cold start to the dashboard with its resolution figures too (full data set)',
      unit: 'ms',
      samples: completeSamples,
      note: 'Those figures read every unfinished resolution, failed motions included (about a third of the register here), as no index answers "carried and not finished".',
    },
    {
      id: 'bundle',
      label: 'First load: the JS and CSS index.html loads (gzip)',
      unit: 'kB',
      samples: [staticFirstLoad.kb],
      target: { statistic: 'median', max: 400 },
      note: `The entry, its preloaded imports and the styles: ${staticFirstLoad.files.join(', ')}. Pages and charts load as they are needed.`,
    },
    {
      id: 'bundle.dashboard',
      label: 'Dashboard visit: all JS and CSS until it is ready (gzip)',
      unit: 'kB',
      samples: [kb],
      note: `${firstLoad.size} files before the dashboard is ready: ${[...firstLoad].map(name).sort().join(', ')}. Loaded after it, not counted: ${[...later].map((f) => `${name(f)} (${gzipKb([f]).toFixed(1)} kB)`).join(', ') || 'nothing'}.`,
    },
  ];
}

interface ArmedWindow {
  /** `screenAt`: when a meeting page's tab first showed its first screen (timedScreen). */
  __bench?: { armed: boolean; t: number | null; screenAt?: number | null; screenRows?: number };
}

/**
 * Listens for the next person's input once armed: the click (when the button is released, which
 * is when a link or an option acts), a key or the wheel. Timing from the click, as the browser's
 * Interaction to Next Paint does, leaves out how long the button was held: Playwright holds it
 * for 40–80 ms on this machine, which earlier runs (timed from pointerdown) counted.
 */
const INPUT_LISTENER = () => {
  const w = window as unknown as ArmedWindow;
  if (w.__bench) return;
  const state = { armed: false, t: null as number | null };
  w.__bench = state;
  for (const type of ['click', 'keydown', 'wheel']) {
    window.addEventListener(
      type,
      (event) => {
        if (state.armed && state.t === null) state.t = event.timeStamp;
      },
      { capture: true, passive: true },
    );
  }
};

type Check = (arg: { expect: string; before: number }) => boolean;

/**
 * Times one interaction: from the input event the action causes to the first animation frame on
 * which `done` holds (what the person then sees).
 */
async function timed(page: Page, act: () => Promise<void>, done: Check, arg: { expect: string; before: number }): Promise<number> {
  await page.evaluate(INPUT_LISTENER);
  await page.evaluate(() => {
    const state = (window as unknown as ArmedWindow).__bench!;
    state.armed = true;
    state.t = null;
  });
  await act();
  const handle = await page.waitForFunction(
    ({ source, arg }) => {
      const state = (window as unknown as ArmedWindow).__bench!;
      // The check is this file's own code, sent to the page as text.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const make = new Function(`return (${source})`) as () => Check;
      const check = make();
      if (state.t === null || !check(arg)) return false;
      state.armed = false;
      return performance.now() - state.t;
    },
    { source: done.toString(), arg },
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The rendered rows of the queries table as their cells' texts. */
const ROWS_SOURCE = `() => [...document.querySelectorAll('[role="table"][aria-label="Queries"] [role="row"]')]
  .filter((row) => Number(row.getAttribute('aria-rowindex')) > 1)
  .map((row) => ({ index: Number(row.getAttribute('aria-rowindex')), cells: [...row.querySelectorAll('[role="cell"]')].map((c) => c.textContent ?? '') }))`;

const LIST_SHOWN: Check = () => {
  const rows = document.querySelectorAll('[role="table"][aria-label="Queries"] [role="row"][aria-rowindex]');
  return rows.length > 1 && [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Queries');
};

/** Every row shows `expect` in cell `before`, and the list is not still updating (old rows kept on screen while the new ones load do not count). */
const ALL_ROWS_IN_COLUMN: Check = ({ expect, before }) => {
  if (document.querySelector('[role="status"][aria-busy="true"]')) return false;
  const rows = [...document.querySelectorAll('[role="table"][aria-label="Queries"] [role="row"]')].filter(
    (row) => Number(row.getAttribute('aria-rowindex')) > 1,
  );
  const status = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent ?? '').join(' ');
  if (rows.length === 0) return /No queries|Nothing|0 of/.test(status);
  return rows.every((row) => (row.querySelectorAll('[role="cell"]')[before]?.textContent ?? '').includes(expect));
};

const SORTED_BY_DUE_DESCENDING: Check = () => {
  const header = document.querySelector('[role="table"][aria-label="Queries"] [role="columnheader"][aria-sort="descending"]');
  if (!header?.textContent?.includes('Due')) return false;
  const dates = [...document.querySelectorAll('[role="table"][aria-label="Queries"] [role="row"]')]
    .filter((row) => Number(row.getAttribute('aria-rowindex')) > 1)
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => /\d{4}[/-]\d{2}[/-]\d{2}/.exec(row.querySelectorAll('[role="cell"]')[6]?.textContent ?? '')?.[0] ?? '');
  return dates.length > 1 && dates.every((d, i) => i === 0 || d <= (dates[i - 1] ?? ''));
};

const SCROLLED_PAST: Check = ({ before }) => {
  const indexes = [...document.querySelectorAll('[role="table"][aria-label="Queries"] [role="row"]')].map((row) => Number(row.getAttribute('aria-rowindex')));
  return Math.max(...indexes) >= before;
};

async function chooseOption(page: Page, combobox: string, pick: number): Promise<string> {
  await page.getByRole('search', { name: 'Filter the queries' }).getByRole('combobox', { name: combobox }).click();
  const names = (await page.getByRole('listbox').getByRole('option').allTextContents()).filter((n) => n.trim() && !/^(Any|All)\b/.test(n));
  const name = names[pick % names.length];
  if (!name) throw new Error(`The ${combobox} filter has no options.`);
  return name;
}

export async function measureQueriesList(stage: MetroStage, metro: MetroProfile): Promise<{ figures: Figure[]; heapMb: number }> {
  const context: BrowserContext = await metro.profile.open();
  const samples = { open: [] as number[], sort: [] as number[], scroll: [] as number[], department: [] as number[], status: [] as number[] };
  let heapMb = 0;
  try {
    const page = await context.newPage();
    for (let run = 0; run <= stage.config.runs.queriesList; run += 1) {
      await dashboardReadyAt(page, stage.origin);
      const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queries', exact: true });
      const open = await profiled(page, `queries-open-${run}`, () => timed(page, () => nav.click(), LIST_SHOWN, { expect: '', before: 0 }));

      const sortButton = page.getByRole('button', { name: 'Sort by due date' });
      const sort = await timed(page, () => sortButton.click(), SORTED_BY_DUE_DESCENDING, { expect: '', before: 0 });

      const rows = await page.evaluate<Array<{ index: number }>>(`(${ROWS_SOURCE})()`);
      const lastShown = Math.max(...rows.map((r) => r.index));
      const body = page.getByRole('table', { name: 'Queries' }).getByRole('rowgroup').nth(1);
      const box = await body.boundingBox();
      if (!box) throw new Error('The queries table has no rows to scroll.');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const scroll = await timed(page, () => page.mouse.wheel(0, 2_400), SCROLLED_PAST, { expect: '', before: lastShown + 30 });

      const department = await chooseOption(page, 'Department', run);
      const departmentMs = await profiled(page, `queries-department-${run}`, () =>
        timed(page, () => page.getByRole('listbox').getByRole('option', { name: department, exact: true }).click(), ALL_ROWS_IN_COLUMN, {
          expect: department,
          before: 4,
        }),
      );
      const status = await chooseOption(page, 'Status', run);
      const statusMs = await timed(page, () => page.getByRole('listbox').getByRole('option', { name: status, exact: true }).click(), ALL_ROWS_IN_COLUMN, {
        expect: status,
        before: 7,
      });

      if (run === 0) {
        // The first round warms the caches and the JIT: not counted.
        await page.screenshot({ path: path.join(stage.screenshots, 'queries-metro.png') });
        continue;
      }
      samples.open.push(open);
      samples.sort.push(sort);
      samples.scroll.push(scroll);
      samples.department.push(departmentMs);
      samples.status.push(statusMs);
      stage.log(
        `  queries list run ${run}: open ${Math.round(open)} · sort ${Math.round(sort)} · scroll ${Math.round(scroll)} · ${department} ${Math.round(departmentMs)} · ${status} ${Math.round(statusMs)} ms`,
      );
    }
    // The heap with the dashboard's and the queries list's data loaded, after a full collection.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
  } finally {
    await context.close();
  }
  const target = { statistic: 'p95' as const, max: 100 };
  const n = stage.config.sizes.queries.toLocaleString('en-US');
  return {
    heapMb,
    figures: [
      { id: 'queries.open', label: `Queries list (${n} queries): open from the menu`, unit: 'ms', samples: samples.open, target },
      { id: 'queries.sort', label: 'Queries list: sort by due date', unit: 'ms', samples: samples.sort, target },
      { id: 'queries.scroll', label: 'Queries list: scroll 2,400 px', unit: 'ms', samples: samples.scroll, target },
      { id: 'queries.department', label: 'Queries list: filter by department', unit: 'ms', samples: samples.department, target },
      { id: 'queries.status', label: 'Queries list: filter by status', unit: 'ms', samples: samples.status, target },
    ],
  };
}

/**
 * The meeting page's checks (issue 20). A tab counts as shown on the first frame that shows its
 * first screen: its rows fill the window (the last row drawn reaches the bottom of the window, or
 * of the minutes' navigation, which scrolls on its own), or every row is drawn. Long lists draw
 * their first rows at once and the rest in a deferred render (renderer/src/ui/useProgressiveCount.ts),
 * so each tab is also timed to the frame on which every row is drawn (`..._ALL`, no target): the
 * rows below the window are drawn then, not never. `before` is the number of rows (counted in the
 * warm-up round; 1 before that).
 */
const AGENDA_ROWS = 'ol[aria-label="Agenda items"] > li';
const REGISTER_ROWS = 'table[aria-label="Attendance register"] tbody tr[aria-label]';
const MINUTES_ROWS = 'nav[aria-label="Agenda items to minute"] ul > *';

const AGENDA_SCREEN: Check = ({ before }) => {
  if (!document.querySelector('#meeting-tab-agenda[aria-selected="true"]')) return false;
  const rows = document.querySelectorAll('ol[aria-label="Agenda items"] > li');
  const last = rows[rows.length - 1];
  if (!last) return false;
  return rows.length >= before || last.getBoundingClientRect().bottom >= window.innerHeight;
};
const AGENDA_ALL: Check = ({ before }) =>
  Boolean(document.querySelector('#meeting-tab-agenda[aria-selected="true"]')) &&
  document.querySelectorAll('ol[aria-label="Agenda items"] > li').length >= Math.max(1, before);

const ATTENDANCE_SCREEN: Check = ({ before }) => {
  if (!document.querySelector('#meeting-tab-attendance[aria-selected="true"]')) return false;
  const rows = document.querySelectorAll('table[aria-label="Attendance register"] tbody tr[aria-label]');
  const last = rows[rows.length - 1];
  if (!last) return false;
  return rows.length >= before || last.getBoundingClientRect().bottom >= window.innerHeight;
};
const ATTENDANCE_ALL: Check = ({ before }) =>
  Boolean(document.querySelector('#meeting-tab-attendance[aria-selected="true"]')) &&
  document.querySelectorAll('table[aria-label="Attendance register"] tbody tr[aria-label]').length >= Math.max(1, before);

/** The minutes: the navigation's first screen of entries and the current item's minutes beside it. */
const MINUTES_SCREEN: Check = ({ before }) => {
  if (!document.querySelector('#meeting-tab-minutes[aria-selected="true"]')) return false;
  const nav = document.querySelector('nav[aria-label="Agenda items to minute"]');
  if (!nav || !document.querySelector('section[aria-label^="Minutes of "]')) return false;
  const rows = nav.querySelectorAll('ul > *');
  const last = rows[rows.length - 1];
  if (!last) return false;
  const bottom = Math.min(window.innerHeight, nav.getBoundingClientRect().bottom);
  return rows.length >= before || last.getBoundingClientRect().bottom >= bottom;
};
const MINUTES_ALL: Check = ({ before }) =>
  Boolean(document.querySelector('#meeting-tab-minutes[aria-selected="true"]')) &&
  Boolean(document.querySelector('section[aria-label^="Minutes of "]')) &&
  document.querySelectorAll('nav[aria-label="Agenda items to minute"] ul > *').length >= Math.max(1, before);

/**
 * Times one interaction to its first screen and to every row drawn, with the main thread's work
 * meanwhile and how many rows (`rows`, a selector) the first screen's frame had drawn.
 */
async function timedScreen(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<void>,
  screen: Check,
  all: Check,
  rows: string,
  before: number,
): Promise<{ screen: number; all: number; workMs: number; rows: number }> {
  const work = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return (value('ScriptDuration') + value('LayoutDuration') + value('RecalcStyleDuration')) * 1000;
  };
  await page.evaluate(INPUT_LISTENER);
  await page.evaluate(() => {
    const state = (window as unknown as ArmedWindow).__bench!;
    state.armed = true;
    state.t = null;
    state.screenAt = null;
  });
  const workBefore = await work();
  await act();
  const handle = await page.waitForFunction(
    ({ screenSource, allSource, rowsSelector, arg }) => {
      const state = (window as unknown as ArmedWindow).__bench!;
      // The checks are this file's own code, sent to the page as text (no named function in here:
      // the bench's TypeScript loader would wrap it in a helper the page does not have).
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const screenCheck = (new Function(`return (${screenSource})`) as () => Check)();
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const allCheck = (new Function(`return (${allSource})`) as () => Check)();
      if (state.t === null) return false;
      const now = performance.now();
      if (state.screenAt == null && screenCheck(arg)) {
        state.screenAt = now;
        state.screenRows = document.querySelectorAll(rowsSelector).length;
      }
      if (state.screenAt == null || !allCheck(arg)) return false;
      state.armed = false;
      return [state.screenAt - state.t, now - state.t, state.screenRows ?? 0];
    },
    { screenSource: screen.toString(), allSource: all.toString(), rowsSelector: rows, arg: { expect: '', before } },
    { polling: 'raf', timeout: 60_000 },
  );
  const [screenMs, allMs, screenRows] = (await handle.jsonValue()) as [number, number, number];
  return { screen: screenMs, all: allMs, workMs: (await work()) - workBefore, rows: screenRows };
}

/** One meeting page timed: opened from a link, then each tab in turn; the first round warms up. */
export interface MeetingPageSamples {
  open: number[];
  attendance: number[];
  minutes: number[];
  agenda: number[];
  /** The same interactions to the frame on which every row is drawn. */
  openAll: number[];
  attendanceAll: number[];
  minutesAll: number[];
  agendaAll: number[];
  /** The main thread's script, style and layout time for each interaction (to every row drawn), summed per round. */
  work: number[];
  items: number;
  members: number;
}

/**
 * Opens the meeting `meetingId` with a click on a link to it (from the meetings list), then each
 * tab in turn, each timed from the click to the first frame that shows the tab's first screen
 * (AGENDA_SCREEN…) and to the frame on which every row is drawn. `runs` rounds after one that
 * warms the caches and counts the items and the members.
 */
export async function meetingPageRounds(
  page: Page,
  origin: string,
  meetingId: string,
  runs: number,
  log: (line: string) => void,
  screenshot?: string,
): Promise<MeetingPageSamples> {
  const samples: MeetingPageSamples = {
    open: [],
    attendance: [],
    minutes: [],
    agenda: [],
    openAll: [],
    attendanceAll: [],
    minutesAll: [],
    agendaAll: [],
    work: [],
    items: 1,
    members: 1,
  };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const count = (selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
  /** The rows once their number has held for 1.5 s (the rest of a long list is drawn after the first screen). */
  const settledCount = async (selector: string) => {
    let last = -1;
    let same = 0;
    for (let i = 0; i < 120 && same < 6; i += 1) {
      await page.waitForTimeout(250);
      const now = await count(selector);
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return last;
  };
  for (let run = 0; run <= runs; run += 1) {
    await dashboardReadyAt(page, origin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings', exact: true }).click();
    await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
    // A link to the meeting, as the list's own: the list of 2,000 meetings need not be scrolled to it.
    await page.evaluate((id) => {
      document.getElementById('bench-open-meeting')?.remove();
      const link = document.createElement('a');
      link.href = `#/meetings/${id}`;
      link.id = 'bench-open-meeting';
      link.textContent = 'Open the meeting';
      link.style.cssText = 'position:fixed;left:8px;bottom:8px;z-index:99999;background:#fff;padding:4px';
      document.body.append(link);
    }, meetingId);
    const open = await timedScreen(page, cdp, () => page.locator('#bench-open-meeting').click(), AGENDA_SCREEN, AGENDA_ALL, AGENDA_ROWS, samples.items);
    if (run === 0) {
      // The first round warms the caches and counts the rows, so later rounds know when every one is drawn.
      samples.items = await settledCount(AGENDA_ROWS);
    }
    const tab = (name: string) => page.getByRole('tablist', { name: 'Meeting sections' }).getByRole('tab', { name, exact: true });
    const attendance = await timedScreen(page, cdp, () => tab('Attendance').click(), ATTENDANCE_SCREEN, ATTENDANCE_ALL, REGISTER_ROWS, samples.members);
    if (run === 0) {
      samples.members = await settledCount(REGISTER_ROWS);
    }
    const minutes = await timedScreen(page, cdp, () => tab('Minutes').click(), MINUTES_SCREEN, MINUTES_ALL, MINUTES_ROWS, samples.items);
    if (run === 0) {
      const entries = await settledCount(MINUTES_ROWS);
      if (entries !== samples.items) throw new Error(`The minutes list ${entries} items, the agenda ${samples.items}.`);
    }
    const agenda = await timedScreen(page, cdp, () => tab('Agenda').click(), AGENDA_SCREEN, AGENDA_ALL, AGENDA_ROWS, samples.items);
    if (run === 0) {
      if (screenshot) await page.screenshot({ path: screenshot });
      continue;
    }
    samples.open.push(open.screen);
    samples.attendance.push(attendance.screen);
    samples.minutes.push(minutes.screen);
    samples.agenda.push(agenda.screen);
    samples.openAll.push(open.all);
    samples.attendanceAll.push(attendance.all);
    samples.minutesAll.push(minutes.all);
    samples.agendaAll.push(agenda.all);
    samples.work.push(open.workMs + attendance.workMs + minutes.workMs + agenda.workMs);
    const pair = (t: { screen: number; all: number; workMs: number; rows: number }) =>
      `${Math.round(t.screen)}/${Math.round(t.all)} (${t.rows} rows on the first screen's frame, work ${Math.round(t.workMs)})`;
    log(
      `  meeting page run ${run} (first screen/every row drawn, ms): open ${pair(open)} · attendance ${pair(attendance)} · minutes ${pair(minutes)} · agenda ${pair(agenda)} (${samples.items} items, ${samples.members} members)`,
    );
  }
  await cdp.detach();
  return samples;
}

/**
 * The figures of a meeting page's rounds: to the first screen, each against p95 ≤ 100 ms; to
 * every row drawn and the main thread's work, with no target (what the deferred rows cost, shown).
 * `scale` names the meeting.
 */
export function meetingPageFigures(samples: MeetingPageSamples, idPrefix: string, scale: string): Figure[] {
  const target = { statistic: 'p95' as const, max: 100 };
  const screen = 'From the click to the first frame on which the rows fill the 1366×768 window (or every row is drawn).';
  const all =
    'From the same click to the first frame on which every row is drawn (rows below the window are drawn in a deferred render): no target, shown so nothing is hidden.';
  return [
    {
      id: `${idPrefix}.open`,
      label: `Meeting page (${scale}, ${samples.items} agenda items): open from a link`,
      unit: 'ms',
      samples: samples.open,
      target,
      note: screen,
    },
    {
      id: `${idPrefix}.attendance`,
      label: `Meeting page (${scale}, ${samples.members} members): switch to Attendance`,
      unit: 'ms',
      samples: samples.attendance,
      target,
      note: screen,
    },
    { id: `${idPrefix}.minutes`, label: `Meeting page (${scale}): switch to Minutes`, unit: 'ms', samples: samples.minutes, target, note: screen },
    { id: `${idPrefix}.agenda`, label: `Meeting page (${scale}): switch back to Agenda`, unit: 'ms', samples: samples.agenda, target, note: screen },
    { id: `${idPrefix}.open.all`, label: `Meeting page (${scale}): open, every item drawn`, unit: 'ms', samples: samples.openAll, note: all },
    {
      id: `${idPrefix}.attendance.all`,
      label: `Meeting page (${scale}): Attendance, every member drawn`,
      unit: 'ms',
      samples: samples.attendanceAll,
      note: all,
    },
    { id: `${idPrefix}.minutes.all`, label: `Meeting page (${scale}): Minutes, every item drawn`, unit: 'ms', samples: samples.minutesAll, note: all },
    { id: `${idPrefix}.agenda.all`, label: `Meeting page (${scale}): back to Agenda, every item drawn`, unit: 'ms', samples: samples.agendaAll, note: all },
    {
      id: `${idPrefix}.work`,
      label: `Meeting page (${scale}): main-thread script, style and layout for the four`,
      unit: 'ms',
      samples: samples.work,
      note: 'Chrome’s ScriptDuration + RecalcStyleDuration + LayoutDuration from each click to every row drawn, summed over open and the three tab switches: counted work, less noisy than wall time on a busy machine.',
    },
  ];
}

/** The metro's 150-item meeting (a stress figure beside the demo-scale one in meeting-page.ts). */
export async function measureMeetingPage(stage: MetroStage, metro: MetroProfile): Promise<Figure[]> {
  const meetingId = metro.budgetMeetingId;
  if (!meetingId) throw new Error('The data set is too small to hold the 150-item meeting: use a larger --scale.');
  const context: BrowserContext = await metro.profile.open();
  try {
    const page = await context.newPage();
    const samples = await meetingPageRounds(
      page,
      stage.origin,
      meetingId,
      stage.config.runs.queriesList,
      stage.log,
      path.join(stage.screenshots, 'meeting-metro.png'),
    );
    return meetingPageFigures(samples, 'meeting', 'metro');
  } finally {
    await context.close();
  }
}

/** The register size the 5-second target is set for (the full metro profile's resolutions). */
const REGISTER_TARGET_ROWS = 20_000;

export async function measureDocuments(stage: MetroStage, metro: MetroProfile): Promise<Figure[]> {
  if (!metro.budgetMeetingId) throw new Error('The data set is too small to hold the 150-item meeting: use a larger --scale.');
  const context = await metro.profile.open();
  try {
    const bench = await openBenchPage(context, stage.origin);
    const request = { meetingId: metro.budgetMeetingId, now: stage.now.toISOString(), userName: 'Bench Officer' };
    const minutes: number[] = [];
    const register: number[] = [];
    let items = 0;
    let rows = 0;
    for (let run = 0; run <= stage.config.runs.documents; run += 1) {
      const m = await bench.call('exportMinutes', request);
      const r = await bench.call('exportRegister', request);
      items = Number(m.detail.items);
      rows = Number(r.detail.rows);
      if (run === 0) continue;
      minutes.push(m.ms);
      register.push(r.ms);
      stage.log(`  documents run ${run}: minutes ${Math.round(m.ms)} ms (${m.detail.bytes} bytes) · register ${Math.round(r.ms)} ms (${r.detail.bytes} bytes)`);
    }
    return [
      { id: 'docx.minutes', label: `Minutes .docx of a ${items}-item meeting`, unit: 'ms', samples: minutes, target: { statistic: 'median', max: 500 } },
      {
        id: 'docx.register',
        label: `Resolution register .docx of ${rows.toLocaleString('en-US')} rows`,
        unit: 'ms',
        samples: register,
        // Issue 18 §4's target is for 20,000 rows (the full metro); a quick run's smaller register has none.
        ...(rows >= REGISTER_TARGET_ROWS ? { target: { statistic: 'median' as const, max: 5_000 } } : {}),
      },
    ];
  } finally {
    await context.close();
  }
}
