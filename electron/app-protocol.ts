/**
 * Serves the built renderer from disk under its own origin, `quorum://app`, instead of file://.
 * A real origin gives IndexedDB a stable home, lets CouchDB's CORS list the app by name, and
 * lets the navigation guard tell the app from anything else. Requests are confined to the
 * renderer folder: a path that escapes it is refused.
 */
import path from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'quorum';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file on disk that answers `requestUrl`, or null when the URL is not the app's or would
 * leave `rootDir` (for example `quorum://app/..%2f..%2fetc/passwd`).
 */
export function resolveAppAsset(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

export interface AssetReader {
  readFile(filePath: string): Promise<Uint8Array>;
}

/**
 * Answers one request of the app protocol: the file's bytes with its type and the CSP header,
 * or 404 for anything outside the renderer folder or missing.
 */
export async function serveAppAsset(requestUrl: string, rootDir: string, reader: AssetReader, contentSecurityPolicy: string): Promise<Response> {
  const filePath = resolveAppAsset(requestUrl, rootDir);
  if (!filePath) return new Response('Not found', { status: 404 });
  try {
    const bytes = await reader.readFile(filePath);
    return new Response(bytes as BodyInit, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(filePath),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
