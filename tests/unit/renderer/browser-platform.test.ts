import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../renderer/src/platform/browser-platform';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

describe('the browser fallback of the desktop bridge', () => {
  it('saves a file as a download with its name and type', async () => {
    const download = vi.fn();
    const platform = createBrowserPlatform({ version: '1.2.3', download, sessionStorage: memoryStorage() });
    const result = await platform.files.save({
      suggestedName: '2026-11-26 Council Agenda.docx',
      bytes: new Uint8Array([80, 75]),
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });
    expect(result).toEqual({ status: 'downloaded', fileName: '2026-11-26 Council Agenda.docx' });
    const [name, blob] = download.mock.calls[0] as [string, Blob];
    expect(name).toBe('2026-11-26 Council Agenda.docx');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([80, 75]));
  });

  it('refuses a file name with folders, as the desktop app does', async () => {
    const download = vi.fn();
    const platform = createBrowserPlatform({ version: '1', download, sessionStorage: memoryStorage() });
    await expect(platform.files.save({ suggestedName: '../x.docx', bytes: new Uint8Array(), filters: [] })).rejects.toThrow(/folders/);
    expect(download).not.toHaveBeenCalled();
  });

  it('keeps credentials for the session only', async () => {
    const storage = memoryStorage();
    const platform = createBrowserPlatform({ version: '1', download: vi.fn(), sessionStorage: storage });
    await expect(platform.credentials.set('sync', 'pw')).resolves.toBe('session');
    await expect(platform.credentials.get('sync')).resolves.toBe('pw');
    await platform.credentials.remove('sync');
    await expect(platform.credentials.get('sync')).resolves.toBeNull();
  });

  it('reports the web platform and version', async () => {
    const platform = createBrowserPlatform({ version: '1.2.3', download: vi.fn(), sessionStorage: memoryStorage() });
    expect(platform.kind).toBe('web');
    await expect(platform.app.info()).resolves.toEqual({ name: 'Quorum', version: '1.2.3', platform: 'web' });
  });
});
