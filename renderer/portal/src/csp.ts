/**
 * The portal's Content-Security-Policy: its own script and style files only (no inline script
 * or style, no eval), images from itself or read into blobs (the logo), connections to itself
 * and the council's server. The meta tag in index.html cannot know the server, so it allows
 * any http(s) address for connections; the header `npm run portal` sends (and the one
 * `couch:setup --portal` sets for CouchDB's attachments) narrows that to the one server.
 * A browser enforces both: the stricter wins.
 */
const BASE: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' blob:",
  'connect-src': "'self' http: https:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export const PORTAL_META_CSP = BASE;

/** The header: connections only to the portal itself and `serverOrigin` (if another origin). */
export function portalHeaderCsp(serverOrigin?: string): Readonly<Record<string, string>> {
  return {
    ...BASE,
    'connect-src': serverOrigin ? `'self' ${serverOrigin}` : "'self'",
    'frame-ancestors': "'none'",
  };
}

export function serializePolicy(policy: Readonly<Record<string, string>>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}
