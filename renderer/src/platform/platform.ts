/**
 * The renderer's only way to reach Electron: `window.quorum` from the preload in the desktop
 * app, or the browser fallback when the page runs in a plain browser. In the desktop app,
 * errors the page does not catch are forwarded to the log file from the moment the bridge is
 * chosen, which is when the app's modules load, before the first render.
 */
import type { QuorumApi } from '@shared/ipc-contract';
import { createBrowserPlatform, downloadThroughLink } from './browser-platform';
import { startErrorReporting } from './error-reporting';

declare global {
  interface Window {
    quorum?: QuorumApi;
  }
}

export const platform: QuorumApi =
  window.quorum ??
  createBrowserPlatform({
    version: import.meta.env.VITE_APP_VERSION,
    download: downloadThroughLink,
    sessionStorage: window.sessionStorage,
  });

if (window.quorum) startErrorReporting(window, platform.log, () => window.location.hash || '#/');
