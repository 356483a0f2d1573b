/**
 * Live reads shared between components (issue 20: a meeting's tabs switch within 100 ms).
 *
 * Each `useLive` store subscribes to its own observable when its component mounts, so a new
 * component always renders "loading" first and again, synchronously, when each read arrives: a
 * tab that reads five things renders five times before its first screen. A shared read is made
 * once per key and kept for every component that asks for it; a component that mounts while it
 * is held renders with its value at once. When the last component lets go, the read is kept a
 * few seconds more (`keepAliveMs`), so the next tab or the page you come back to finds it there.
 *
 * The read is the same live observable as before: a shared value is never older than the
 * database, since the subscription stays open while it is kept.
 */
import type { Observable, Subscription } from 'rxjs';

export type Live<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: Error };

export const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

/** A read that components share: its key names everything `observe` depends on. */
export interface SharedRead<T> {
  key: string;
  observe: () => Observable<T>;
}

export interface LiveStore<T> {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => Live<T>;
}

/**
 * A store with one subscription to its source while anyone listens (and `keepAliveMs` after the
 * last one leaves). With `keepAliveMs` 0 it is the plain per-component store.
 */
export function createLiveStore<T>(factory: () => Observable<T>, keepAliveMs = 0, hooks: { onActive?: () => void; onIdle?: () => void } = {}): LiveStore<T> {
  let state: Live<T> = LOADING;
  let source: Subscription | null = null;
  let release: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const stop = () => {
    release = null;
    source?.unsubscribe();
    source = null;
    // A value kept without its subscription could go stale: the next reader starts loading afresh.
    state = LOADING;
    hooks.onIdle?.();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (release) {
        clearTimeout(release);
        release = null;
      }
      if (!source) {
        hooks.onActive?.();
        source = factory().subscribe({
          next: (data) => {
            state = { status: 'ready', data, error: undefined };
            notify();
          },
          error: (error: unknown) => {
            state = { status: 'error', data: undefined, error: error instanceof Error ? error : new Error(String(error)) };
            notify();
          },
        });
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0 || !source) return;
        if (keepAliveMs <= 0) stop();
        else release ??= setTimeout(stop, keepAliveMs);
      };
    },
    getSnapshot: () => state,
  };
}

/** How long a shared read outlives its last reader: long enough to switch a tab or go back. */
export const SHARED_READ_KEEP_ALIVE_MS = 20_000;

/** Shared reads by key, one cache per set of repositories (a new database gets a new cache). */
export class LiveCache {
  private readonly stores = new Map<string, LiveStore<unknown>>();

  constructor(private readonly keepAliveMs = SHARED_READ_KEEP_ALIVE_MS) {}

  store<T>(key: string, factory: () => Observable<T>): LiveStore<T> {
    const existing = this.stores.get(key) as LiveStore<T> | undefined;
    if (existing) return existing;
    const store: LiveStore<T> = createLiveStore(factory, this.keepAliveMs, {
      // A store let go and then read again (by a component that kept it) is shared again.
      onActive: () => {
        if (!this.stores.has(key)) this.stores.set(key, store);
      },
      onIdle: () => {
        if (this.stores.get(key) === store) this.stores.delete(key);
      },
    });
    this.stores.set(key, store);
    return store;
  }

  /** Keys of the reads held now (for tests and diagnostics). */
  keys(): string[] {
    return [...this.stores.keys()];
  }
}

const caches = new WeakMap<object, LiveCache>();

/** The cache of shared reads that belongs to `owner` (the repositories of the open database). */
export function liveCacheOf(owner: object): LiveCache {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new LiveCache();
    caches.set(owner, cache);
  }
  return cache;
}
