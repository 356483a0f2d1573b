/**
 * Recognising a CouchDB server from its welcome (`GET /`), and the CORS settings the desktop
 * app and the web build need on it (`[chttpd] enable_cors` and the `[cors]` keys; a preflight
 * asking for an unlisted header is refused, so every header the app sends is listed).
 */

export interface ServerWelcome {
  product: string;
  version: string;
}

/** CouchDB answers `{"couchdb":"Welcome",...}`; pouchdb-server answers `{"express-pouchdb":"Welcome!",...}`. */
export function readWelcome(body: unknown): ServerWelcome | null {
  if (typeof body !== 'object' || body === null) return null;
  const welcome = body as { couchdb?: unknown; 'express-pouchdb'?: unknown; version?: unknown; vendor?: { name?: unknown } };
  const version = typeof welcome.version === 'string' ? welcome.version : '';
  if (typeof welcome.couchdb === 'string') return { product: 'Apache CouchDB', version };
  if (typeof welcome['express-pouchdb'] === 'string') return { product: 'pouchdb-server (CouchDB-compatible)', version };
  return null;
}

/** Origins the app runs under: the desktop app's own protocol and the web build's default address. */
export const DEFAULT_APP_ORIGINS: readonly string[] = ['quorum://app', 'http://127.0.0.1:4173', 'http://localhost:4173'];

export const CORS_METHODS = 'GET, PUT, POST, HEAD, DELETE';
export const CORS_HEADERS = 'accept, authorization, content-type, origin, referer';

export interface CorsConfigEntry {
  section: string;
  key: string;
  value: string;
}

export function corsConfig(origins: readonly string[]): CorsConfigEntry[] {
  return [
    { section: 'chttpd', key: 'enable_cors', value: 'true' },
    // pouchdb-server reads the older [httpd] section.
    { section: 'httpd', key: 'enable_cors', value: 'true' },
    { section: 'cors', key: 'origins', value: origins.join(', ') },
    { section: 'cors', key: 'credentials', value: 'false' },
    { section: 'cors', key: 'methods', value: CORS_METHODS },
    { section: 'cors', key: 'headers', value: CORS_HEADERS },
    { section: 'cors', key: 'max_age', value: '3600' },
  ];
}

/** The settings as lines for CouchDB's local.ini. */
export function corsIni(origins: readonly string[]): string {
  const entries = corsConfig(origins).filter((entry) => entry.section !== 'httpd');
  const lines: string[] = [];
  let section = '';
  for (const entry of entries) {
    if (entry.section !== section) {
      if (section) lines.push('');
      section = entry.section;
      lines.push(`[${section}]`);
    }
    lines.push(`${entry.key} = ${entry.value}`);
  }
  return lines.join('\n');
}
