import { describe, expect, it } from 'vitest';
import { mainWindowOptions, rendererEntryUrl } from '../../../electron/window';

describe('the main window', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs');

  it('isolates the page from Node and Electron', () => {
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
    });
    expect(options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('loads the packaged renderer unless a local dev server is named', () => {
    expect(rendererEntryUrl({}, 'quorum://app/index.html')).toBe('quorum://app/index.html');
    expect(rendererEntryUrl({ VITE_DEV_SERVER_URL: 'http://localhost:5173/' }, 'quorum://app/index.html')).toBe(
      'http://localhost:5173/',
    );
  });

  it('never loads a remote page named in the environment', () => {
    expect(rendererEntryUrl({ VITE_DEV_SERVER_URL: 'https://evil.example.com/' }, 'quorum://app/index.html')).toBe(
      'quorum://app/index.html',
    );
  });
});
