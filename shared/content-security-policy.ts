/**
 * The renderer's Content-Security-Policy, declared once: Vite writes it into index.html and the
 * desktop app's protocol handler sends it as a header too.
 *
 * - scripts only from the app itself: no inline script, no eval;
 * - inline styles are allowed because MUI (Emotion) injects <style> elements at run time;
 * - connections may go to any http(s) origin because the CouchDB server is configured by the
 *   municipality at run time; navigation and new windows are still refused by the main process.
 */
export const PRODUCTION_CSP: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self' http: https:",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** Vite's dev server needs its inline React-refresh preamble and its WebSocket. */
export const DEVELOPMENT_CSP: Readonly<Record<string, string>> = {
  ...PRODUCTION_CSP,
  'script-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' http: https: ws: wss:",
};

export function serializeCsp(policy: Readonly<Record<string, string>>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}
