/**
 * The main window: its secure options, and where it loads the renderer from. Each option of
 * Electron's security checklist is written out, even where it is already the default, so a
 * change of default in a future Electron cannot quietly weaken the window.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type WindowPlacement } from './window-state';

export function mainWindowOptions(
  preloadPath: string,
  placement: WindowPlacement = { ...DEFAULT_SIZE, maximized: false, fullScreen: false },
): BrowserWindowConstructorOptions {
  return {
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : { center: true }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Quorum',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // No `enableBlinkFeatures`: Chromium features stay as Chromium ships them.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** The development server when `VITE_DEV_SERVER_URL` is set, otherwise the packaged files. */
export function rendererEntryUrl(env: Record<string, string | undefined>, packagedEntry: string): string {
  const devServer = env.VITE_DEV_SERVER_URL;
  return devServer && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(devServer) ? devServer : packagedEntry;
}
