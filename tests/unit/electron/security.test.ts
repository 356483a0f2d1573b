import { describe, expect, it, vi } from 'vitest';
import { createAppUrlPolicy, guardNavigation, hardenSession, isPermissionGranted } from '../../../electron/security';

type Listener = (event: { preventDefault(): void }, ...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    }),
    fire(name: string, ...args: unknown[]) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, ...args);
      return event.preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      return openHandler?.({ url });
    },
  };
}

function fakeSession() {
  const listeners = new Map<string, Listener>();
  const handlers: {
    request?: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void;
    check?: (contents: unknown, permission: string, origin: string) => boolean;
    device?: () => boolean;
  } = {};
  return {
    handlers,
    setPermissionRequestHandler: (handler: typeof handlers.request) => {
      handlers.request = handler;
    },
    setPermissionCheckHandler: (handler: typeof handlers.check) => {
      handlers.check = handler;
    },
    setDevicePermissionHandler: (handler: typeof handlers.device) => {
      handlers.device = handler;
    },
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
    },
    fire(name: string, ...args: unknown[]) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, ...args);
      return event.preventDefault.mock.calls.length > 0;
    },
    request(url: string, permission: string) {
      const callback = vi.fn();
      handlers.request?.({ getURL: () => url }, permission, callback);
      return callback.mock.calls[0]?.[0] as boolean | undefined;
    },
  };
}

const isAppUrl = createAppUrlPolicy();

describe('navigation guard', () => {
  it('recognises only the app origin', () => {
    expect(isAppUrl('quorum://app/index.html#/meetings')).toBe(true);
    expect(isAppUrl('quorum://other/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('allows the dev server only when it is configured', () => {
    expect(createAppUrlPolicy('http://localhost:5173/')('http://localhost:5173/#/x')).toBe(true);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('refuses navigation, redirects and webviews that leave the app, and logs each refusal', () => {
    const log = { warn: vi.fn() };
    const contents = fakeContents();
    guardNavigation(contents as never, isAppUrl, log);
    expect(contents.fire('will-navigate', 'https://evil.example.com/')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'quorum://app/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(log.warn).toHaveBeenCalledWith('Refused navigation to https://evil.example.com/');
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  it('refuses every new window', () => {
    const log = { warn: vi.fn() };
    const contents = fakeContents();
    guardNavigation(contents as never, isAppUrl, log);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('quorum://app/index.html')).toEqual({ action: 'deny' });
    expect(log.warn).toHaveBeenCalledTimes(2);
  });

  it('picks no Bluetooth device', () => {
    const contents = fakeContents();
    guardNavigation(contents as never, isAppUrl, { warn: vi.fn() });
    const callback = vi.fn();
    expect(contents.fire('select-bluetooth-device', [{ deviceId: 'headset' }], callback)).toBe(true);
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('the session', () => {
  it('denies camera, microphone, location, notifications and the rest, and logs it', () => {
    const log = { warn: vi.fn() };
    const session = fakeSession();
    hardenSession(session as never, isAppUrl, log);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen']) {
      expect(session.request('quorum://app/index.html', permission)).toBe(false);
      expect(session.handlers.check?.(null, permission, 'quorum://app')).toBe(false);
    }
    expect(log.warn).toHaveBeenCalledWith('Denied permission request: media');
  });

  it('lets only the app itself write text to the clipboard', () => {
    const session = fakeSession();
    hardenSession(session as never, isAppUrl, { warn: vi.fn() });
    expect(session.request('quorum://app/index.html', 'clipboard-sanitized-write')).toBe(true);
    expect(session.request('https://evil.example.com/', 'clipboard-sanitized-write')).toBe(false);
    expect(session.handlers.check?.(null, 'clipboard-sanitized-write', 'quorum://app')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com', isAppUrl)).toBe(false);
  });

  it('grants no USB, HID or serial device and picks none', () => {
    const session = fakeSession();
    hardenSession(session as never, isAppUrl, { warn: vi.fn() });
    expect(session.handlers.device?.()).toBe(false);
    const hid = vi.fn();
    expect(session.fire('select-hid-device', { deviceList: [{ deviceId: 'x' }] }, hid)).toBe(true);
    expect(hid).toHaveBeenCalledWith();
    const serial = vi.fn();
    expect(session.fire('select-serial-port', [{ portId: 'COM1' }], {}, serial)).toBe(true);
    expect(serial).toHaveBeenCalledWith('');
    const usb = vi.fn();
    expect(session.fire('select-usb-device', { deviceList: [] }, usb)).toBe(true);
    expect(usb).toHaveBeenCalledWith();
  });

  it('cancels downloads that did not go through the save dialog', () => {
    const log = { warn: vi.fn() };
    const session = fakeSession();
    hardenSession(session as never, isAppUrl, log);
    expect(session.fire('will-download', { getURL: () => 'https://evil.example.com/payload.exe' })).toBe(true);
    expect(log.warn).toHaveBeenCalledWith('Refused a download of https://evil.example.com/payload.exe');
  });
});
