/**
 * Electron's security checklist, applied to every web contents and to the session: navigation
 * and new windows only to the app itself, no <webview>, no device pickers, no downloads behind
 * the save dialog's back, and every permission refused but one (writing text to the
 * clipboard from the app's own page). The functions take Electron's objects as narrow
 * interfaces so unit tests can pass fakes.
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
  // Without a listener Chromium would pick the first Bluetooth device it finds.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
    log.warn('Refused a Bluetooth device request');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Refused to open a window for ${url}`);
    return { action: 'deny' };
  });
}

/**
 * The one permission granted: putting text on the clipboard ("copy reference number") from
 * the app's own page. Reading the clipboard, camera, microphone, location, notifications,
 * devices and everything else are refused.
 */
export function isPermissionGranted(permission: string, requestingUrl: string, isAppUrl: UrlPolicy): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

type HardenedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'>;

export function hardenSession(session: HardenedSession, isAppUrl: UrlPolicy, log: SecurityLog): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    const granted = isPermissionGranted(permission, contents.getURL(), isAppUrl);
    if (!granted) log.warn(`Denied permission request: ${permission}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, isAppUrl));
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
    log.warn('Refused a HID device request');
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
    log.warn('Refused a serial port request');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
    log.warn('Refused a USB device request');
  });
  // Files reach the disk only through the save dialog (files:save); a download started by the
  // page, or by content that slipped in, is cancelled.
  session.on('will-download', (event, item) => {
    event.preventDefault();
    log.warn(`Refused a download of ${item.getURL()}`);
  });
}
