/**
 * A stand-in for the desktop app's preload bridge (`window.quorum`), injected before the page
 * loads, so the browser suite can drive what only the desktop app does: menu commands, native
 * saving with Open / Show in folder, and telling the updater a meeting is in session. The page
 * cannot tell it from the real bridge; the test reads what it was asked through `window.__bridge`.
 */
import type { Page } from '@playwright/test';

export interface BridgeRecord {
  saved: string[];
  opened: string[];
  shown: string[];
  inSession: boolean[];
}

export async function installFakeDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { saved: [] as string[], opened: [] as string[], shown: [] as string[], inSession: [] as boolean[] };
    const menuListeners = new Set<(command: string) => void>();
    const w = window as unknown as Record<string, unknown>;
    w.__bridge = record;
    w.__menu = (command: string) => menuListeners.forEach((listener) => listener(command));
    w.quorum = {
      kind: 'desktop',
      app: { info: () => Promise.resolve({ name: 'Quorum', version: '0.1.0', platform: 'linux', electron: '45.4.1', chrome: '142' }) },
      files: {
        save: (request: { suggestedName: string }) => {
          record.saved.push(request.suggestedName);
          return Promise.resolve({ status: 'saved', fileName: request.suggestedName, fileId: `file-${record.saved.length}` });
        },
        open: (fileId: string) => {
          record.opened.push(fileId);
          return Promise.resolve();
        },
        showInFolder: (fileId: string) => {
          record.shown.push(fileId);
          return Promise.resolve();
        },
        pick: () => Promise.resolve({ status: 'cancelled' }),
      },
      credentials: { get: () => Promise.resolve(null), set: () => Promise.resolve('encrypted'), remove: () => Promise.resolve() },
      menu: {
        onCommand: (listener: (command: string) => void) => {
          menuListeners.add(listener);
          return () => menuListeners.delete(listener);
        },
      },
      updates: {
        state: () => Promise.resolve({ status: 'idle' }),
        check: () => Promise.resolve({ status: 'idle' }),
        install: () => Promise.resolve({ status: 'idle' }),
        onState: () => () => undefined,
        setMeetingInSession: (inSession: boolean) => {
          record.inSession.push(inSession);
          return Promise.resolve();
        },
      },
      log: { rendererError: () => Promise.resolve() },
    };
  });
}

export function fireMenuCommand(page: Page, command: string): Promise<void> {
  return page.evaluate((c) => (window as unknown as { __menu: (c: string) => void }).__menu(c), command);
}

export function bridgeRecord(page: Page): Promise<BridgeRecord> {
  return page.evaluate(() => (window as unknown as { __bridge: BridgeRecord }).__bridge);
}
