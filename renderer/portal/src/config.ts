/**
 * Where the portal reads the publications from. `portal-config.json` beside index.html names
 * the server and the database prefix (`npm run portal` and `couch:setup --portal` write it);
 * when the portal is served from CouchDB itself (`/<db>/_design/portal/index.html`), the
 * database is the one it is served from.
 */
import { publicDatabaseName } from '../../../shared/publishing/publication';

export interface PortalConfig {
  /** The CouchDB server's address as residents reach it; absent: the portal's own origin. */
  server?: string;
  /** The municipality's database prefix, e.g. `quorum_mopane_ridge_`. */
  prefix?: string;
  /** A live calendar feed beside the portal (`calendar.ics` under `npm run portal`). */
  calendarFeed?: string;
}

export function parseConfig(value: unknown): PortalConfig {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
  const config: PortalConfig = {};
  const server = text(v.server);
  const prefix = text(v.prefix);
  const calendarFeed = text(v.calendarFeed);
  if (server) config.server = server;
  if (prefix) config.prefix = prefix;
  if (calendarFeed) config.calendarFeed = calendarFeed;
  return config;
}

/** The public database's address, ending in `/`; throws with a sentence when nothing says where it is. */
export function databaseUrl(config: PortalConfig, pageUrl: string): string {
  const page = new URL(pageUrl);
  const designAt = page.pathname.indexOf('/_design/');
  if (config.prefix) {
    const database = `${encodeURIComponent(publicDatabaseName(config.prefix))}/`;
    if (config.server) {
      const server = new URL(config.server, page);
      if (!server.pathname.endsWith('/')) server.pathname += '/';
      return new URL(database, server).href;
    }
    if (designAt >= 0) return new URL(page.pathname.slice(0, designAt + 1), page).href;
    return new URL(`/${database}`, page).href;
  }
  if (designAt >= 0) return new URL(page.pathname.slice(0, designAt + 1), page).href;
  throw new Error('The portal does not know which server to read: portal-config.json beside it names no database prefix.');
}
