/**
 * How Quorum's browser tests and benchmark launch Chromium: Debian's /usr/bin/chromium when
 * present; QUORUM_CHROMIUM names another executable, or "playwright" for Playwright's own.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const requested = env.QUORUM_CHROMIUM;
  if (requested === 'playwright') return undefined;
  if (requested) return requested;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
