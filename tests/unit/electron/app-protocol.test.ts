import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset, serveAppAsset } from '../../../electron/app-protocol';

const root = path.resolve('/opt/quorum/renderer');

describe('the app protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppAsset('quorum://app/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('quorum://app/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('quorum://app/assets/index-abc.js?x=1#y', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it('refuses paths that escape the folder, other hosts and other schemes', () => {
    // The URL parser collapses dot segments (plain or %2e-encoded): these stay inside the folder.
    expect(resolveAppAsset('quorum://app/../../etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppAsset('quorum://app/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppAsset('quorum://app/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppAsset('quorum://app/a%00.html', root)).toBeNull();
    expect(resolveAppAsset('quorum://app/%E0%A4%A', root)).toBeNull();
    expect(resolveAppAsset('quorum://evil/index.html', root)).toBeNull();
    expect(resolveAppAsset('file:///etc/passwd', root)).toBeNull();
  });

  it('serves a file with its type and the Content-Security-Policy', async () => {
    const response = await serveAppAsset(
      'quorum://app/index.html',
      root,
      { readFile: (file) => Promise.resolve(new TextEncoder().encode(`read ${file}`)) },
      "default-src 'none'",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(await response.text()).toBe(`read ${path.join(root, 'index.html')}`);
  });

  it('answers 404 for a missing file or a refused path', async () => {
    const reader = { readFile: () => Promise.reject(new Error('ENOENT')) };
    expect((await serveAppAsset('quorum://app/missing.js', root, reader, '')).status).toBe(404);
    expect((await serveAppAsset('quorum://app/../x', root, reader, '')).status).toBe(404);
  });
});
