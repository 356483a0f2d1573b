/**
 * The renderer's only way to reach Electron: `window.quorum` from the preload in the desktop
 * app, or the browser fallback when the page runs in a plain browser.
 */
import type { QuorumApi } from '@shared/ipc-contract';
import { createBrowserPlatform, downloadThroughLink } from './browser-platform';

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
