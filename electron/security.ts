/**
 * Electron's security checklist, applied to every web contents the app creates: navigation
 * and new windows only to the app itself, no <webview>, every permission request refused.
 * The functions take Electron's objects as narrow interfaces so unit tests can pass fakes.
 */
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';

export type UrlPolicy = (url: string) => boolean;

/** The app's own pages: the packaged origin, or the Vite dev server's in development. */
export function createAppUrlPolicy(devServerUrl?: string): UrlPolicy {
  const allowed = new Set([APP_ORIGIN]);
  if (devServerUrl) allowed.add(new URL(devServerUrl).origin);
  return (url: string) => {
    try {
      const parsed = new URL(url);
      const origin = parsed.protocol === 'quorum:' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
      return allowed.has(origin);
    } catch {
      return false;
    }
  };
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface SecurityLog {
  warn(message: string): void;
}

export function guardNavigation(contents: GuardedContents, isAppUrl: UrlPolicy, log: SecurityLog): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      log.warn(`Refused navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      log.warn(`Refused redirect to ${url}`);
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Refused to attach a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Refused to open a window for ${url}`);
    return { action: 'deny' };
  });
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Quorum needs no camera, microphone, location, notifications or anything else: deny all. */
export function denyAllPermissions(session: PermissionSession, log: SecurityLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
