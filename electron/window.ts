/** The main window: its secure options, and where it loads the renderer from. */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
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
      spellcheck: true,
    },
  };
}

/** The development server when `VITE_DEV_SERVER_URL` is set, otherwise the packaged files. */
export function rendererEntryUrl(env: Record<string, string | undefined>, packagedEntry: string): string {
  const devServer = env.VITE_DEV_SERVER_URL;
  return devServer && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(devServer) ? devServer : packagedEntry;
}
