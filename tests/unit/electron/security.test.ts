import { describe, expect, it, vi } from 'vitest';
import { createAppUrlPolicy, denyAllPermissions, guardNavigation } from '../../../electron/security';

type Listener = (event: { preventDefault(): void }, url: string) => void;

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
    fire(name: string, url = '') {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      return openHandler?.({ url });
    },
  };
}

const log = { warn: vi.fn() };

describe('navigation guard', () => {
  const isAppUrl = createAppUrlPolicy();

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

  it('refuses navigation, redirects and webviews that leave the app', () => {
    const contents = fakeContents();
    guardNavigation(contents as never, isAppUrl, log);
    expect(contents.fire('will-navigate', 'https://evil.example.com/')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'quorum://app/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('refuses every new window', () => {
    const contents = fakeContents();
    guardNavigation(contents as never, isAppUrl, log);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('quorum://app/index.html')).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions(
      {
        setPermissionRequestHandler: (handler: typeof request) => {
          request = handler;
        },
        setPermissionCheckHandler: (handler: typeof check) => {
          check = handler;
        },
      } as never,
      log,
    );
    const callback = vi.fn();
    request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
  });
});
