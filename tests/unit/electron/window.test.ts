import { describe, expect, it } from 'vitest';
import { mainWindowOptions, rendererEntryUrl } from '../../../electron/window';

describe('the main window', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs');

  it('isolates the page from Node and Electron, as the security checklist asks', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('opens hidden, centred at the default size, until ready to show', () => {
    expect(options).toMatchObject({ show: false, center: true, width: 1280, height: 800, minWidth: 900, minHeight: 600 });
    expect(options).not.toHaveProperty('x');
  });

  it('opens where it was last time when a placement is given', () => {
    const placed = mainWindowOptions('/p.cjs', { x: 40, y: 60, width: 1000, height: 700, maximized: false, fullScreen: false });
    expect(placed).toMatchObject({ x: 40, y: 60, width: 1000, height: 700 });
    expect(placed).not.toHaveProperty('center');
    expect(placed.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('loads the packaged renderer unless a local dev server is named', () => {
    expect(rendererEntryUrl({}, 'quorum://app/index.html')).toBe('quorum://app/index.html');
    expect(rendererEntryUrl({ VITE_DEV_SERVER_URL: 'http://localhost:5173/' }, 'quorum://app/index.html')).toBe('http://localhost:5173/');
  });

  it('never loads a remote page named in the environment', () => {
    expect(rendererEntryUrl({ VITE_DEV_SERVER_URL: 'https://evil.example.com/' }, 'quorum://app/index.html')).toBe('quorum://app/index.html');
    expect(rendererEntryUrl({ VITE_DEV_SERVER_URL: 'http://localhost.evil.com:5173/' }, 'quorum://app/index.html')).toBe('quorum://app/index.html');
  });
});
