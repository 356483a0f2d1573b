/**
 * Keystroke → durable: a secretary types minutes in the app itself (the demo municipality's
 * meeting in session, item 1) while sync runs against the server. For every key, the time from
 * the key's `keydown` event to the moment the text up to that key can be read back from
 * IndexedDB by another reader. The reader is a worker in the same page polling the agenda items'
 * IndexedDB store (so it never waits for the app's main thread), on absolute timestamps.
 */
import { expect, type Page } from '@playwright/test';
import { AppShell } from '../../../tests/e2e/pages/AppShell';
import { MeetingPage } from '../../../tests/e2e/pages/MeetingPage';
import { MeetingsPage } from '../../../tests/e2e/pages/MeetingsPage';
import { SyncSettingsPage } from '../../../tests/e2e/pages/SyncSettingsPage';
import { WelcomePage } from '../../../tests/e2e/pages/WelcomePage';
import { agendaItemSchemaLiteral } from '../../../shared/schemas/agenda-item';
import type { Figure } from '../../report';
import { profiled } from '../bench-page';
import { browserProfile } from '../harness';
import { preparePrefix, type BenchServer } from '../server';
import { typedText } from './keystroke-text';

/**
 * Runs in a worker: finds the record holding `marker`, then reads that one record again and
 * again until every prefix of `text` after the marker is stored, posting when each first is.
 */
const OBSERVER = `
let state = null;
onmessage = (event) => { state = { ...event.data, durable: 0 }; poll(); };
function open(name) {
  return new Promise((resolve, reject) => { const r = indexedDB.open(name); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
}
function keyOf(db, marker) {
  return new Promise((resolve, reject) => {
    const request = db.transaction('docs', 'readonly').objectStore('docs').openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(null);
      if (JSON.stringify(cursor.value).includes(marker)) return resolve(cursor.primaryKey);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}
async function poll() {
  const db = await open(state.database);
  if (!db.objectStoreNames.contains('docs')) {
    postMessage({ error: 'No agenda items in IndexedDB database ' + state.database + ': has the schema version or the database name changed?' });
    db.close();
    return;
  }
  const key = await keyOf(db, state.marker);
  postMessage({ ready: true });
  const read = () => new Promise((resolve, reject) => {
    const request = db.transaction('docs', 'readonly').objectStore('docs').get(key);
    request.onsuccess = () => resolve(JSON.stringify(request.result));
    request.onerror = () => reject(request.error);
  });
  const until = performance.timeOrigin + performance.now() + state.timeoutMs;
  while (key !== null && state.durable < state.text.length && performance.timeOrigin + performance.now() < until) {
    const stored = await read();
    const at = performance.timeOrigin + performance.now();
    let next = state.durable;
    while (next < state.text.length && stored.includes(state.marker + state.text.slice(0, next + 1))) next += 1;
    if (next > state.durable) { postMessage({ from: state.durable, to: next, at }); state.durable = next; }
  }
  postMessage({ done: true, durable: state.durable, found: key !== null });
  db.close();
}`;

interface KeystrokeWindow {
  __keystrokes?: { keydowns: number[]; durableAt: number[]; done: boolean; durable: number; ready: boolean; error?: string };
}

/** RxDB's Dexie storage keeps each collection in a database named after the schema's version. */
const AGENDA_ITEMS_DATABASE = `rxdb-dexie-quorum--${agendaItemSchemaLiteral.version}--agendaitems`;

/**
 * Starts the observer and resolves once it has found the record: its first scan reads every
 * agenda item, and typing must not start while it competes with the app for IndexedDB.
 */
async function startObserver(page: Page, marker: string, text: string, timeoutMs: number): Promise<void> {
  await page.evaluate(
    ({ source, marker, text, timeoutMs, database }) => {
      const w = window as unknown as KeystrokeWindow;
      const record: NonNullable<KeystrokeWindow['__keystrokes']> = { keydowns: [], durableAt: [], done: false, durable: 0, ready: false };
      w.__keystrokes = record;
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key.length === 1) record.keydowns.push(performance.timeOrigin + event.timeStamp);
        },
        { capture: true },
      );
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      worker.onmessage = (
        event: MessageEvent<{ from?: number; to?: number; at?: number; done?: boolean; durable?: number; ready?: boolean; error?: string }>,
      ) => {
        const m = event.data;
        if (m.error) {
          record.error = m.error;
          worker.terminate();
          return;
        }
        if (m.ready) {
          record.ready = true;
          return;
        }
        if (m.done) {
          record.done = true;
          record.durable = m.durable ?? 0;
          worker.terminate();
          return;
        }
        for (let i = m.from ?? 0; i < (m.to ?? 0); i += 1) record.durableAt[i] = m.at ?? 0;
      };
      worker.postMessage({ database, marker, text, timeoutMs });
    },
    { source: OBSERVER, marker, text, timeoutMs, database: AGENDA_ITEMS_DATABASE },
  );
  await page.waitForFunction(
    () => {
      const record = (window as unknown as KeystrokeWindow).__keystrokes;
      return record?.ready === true || record?.error !== undefined;
    },
    undefined,
    { timeout: 60_000 },
  );
  const error = await page.evaluate(() => (window as unknown as KeystrokeWindow).__keystrokes?.error);
  if (error) throw new Error(error);
}

export interface KeystrokeOptions {
  origin: string;
  server: BenchServer;
  keys: number;
  log: (line: string) => void;
  screenshot?: string;
}

export async function measureKeystrokes(options: KeystrokeOptions): Promise<Figure[]> {
  const profile = browserProfile('minutes');
  const context = await profile.open();
  try {
    const page = await context.newPage();
    await page.goto(`${options.origin}/`);
    await new WelcomePage(page).loadDemo('Bench Secretary');
    const prefix = await preparePrefix(options.server, 'minutes');
    const sync = new SyncSettingsPage(page);
    await sync.open();
    await sync.saveAndConnect({
      serverUrl: options.server.laptop.url,
      prefix,
      username: options.server.laptop.username,
      password: options.server.laptop.password,
    });
    await sync.expectStatus(/Up to date/, 180_000);
    options.log('  minutes: demo municipality synced; typing into item 1 of the meeting in session');

    await new AppShell(page).goTo('Meetings');
    await new MeetingsPage(page).table().getByRole('link', { name: 'Finance Portfolio Committee' }).click();
    const meeting = new MeetingPage(page);
    // Minutes are taken only once the meeting is open (the Minutes tab is locked before).
    await meeting.step('Open the meeting');
    await meeting.tab('Minutes');
    await meeting.openItem(/^1 Opening and welcome/);
    const editor = page.getByRole('textbox', { name: 'Discussion of item 1' });
    await editor.click();
    await page.keyboard.press('Control+End');
    // A unique marker first, not measured, so each measured prefix can only match this text.
    const marker = `Benchmark ${Date.now().toString(36)} `;
    await page.keyboard.type(marker);
    await expect(page.getByRole('status', { name: 'Discussion of item 1 saved state' })).toHaveText(/Saved/, { timeout: 10_000 });

    const text = typedText(options.keys);
    await startObserver(page, marker, text, 60_000 + options.keys * 500);
    // About eight keys a second: a quick typist.
    await profiled(page, 'keystroke', () => page.keyboard.type(text, { delay: 120 }));
    await page.waitForFunction(() => (window as unknown as KeystrokeWindow).__keystrokes?.done === true, undefined, { timeout: 120_000 });
    const record = await page.evaluate(() => (window as unknown as KeystrokeWindow).__keystrokes!);
    if (record.durable < text.length) throw new Error(`Only ${record.durable} of ${text.length} keystrokes reached IndexedDB.`);
    if (record.keydowns.length !== text.length) throw new Error(`Saw ${record.keydowns.length} key presses for ${text.length} characters.`);
    const samples = record.keydowns.map((down, i) => Math.max(0, (record.durableAt[i] ?? Number.NaN) - down));
    const status = await sync.status().textContent();
    options.log(`  minutes: ${samples.length} keystrokes measured; sync: ${status ?? '?'}`);
    if (options.screenshot) await page.screenshot({ path: options.screenshot });
    return [
      {
        id: 'keystroke',
        label: 'Keystroke in the minutes editor → durable in IndexedDB, while syncing',
        unit: 'ms',
        samples,
        target: { statistic: 'p95', max: 50 },
        note: 'Each key of a text typed at 8 keys/s; read back from IndexedDB by a worker.',
      },
    ];
  } finally {
    await context.close();
    profile.dispose();
  }
}
