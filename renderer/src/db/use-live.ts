/**
 * Subscribes a component to an observable from a repository. A new store is made when a
 * dependency changes (and starts out loading); the subscription ends with the component.
 * `useSharedLive` shares one read between every component that asks for the same key
 * (live-cache.ts), so a component that mounts while the read is held renders with its value.
 */
import { useEffect, useMemo, useState, useSyncExternalStore, type DependencyList } from 'react';
import type { Observable } from 'rxjs';
import { createLiveStore, liveCacheOf, type Live, type LiveStore, type SharedRead } from './live-cache';

export type { Live, SharedRead } from './live-cache';

export function useLive<T>(factory: () => Observable<T>, deps: DependencyList): Live<T> {
  // The caller lists the factory's inputs in deps, as with useMemo.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const store = useMemo(() => createLiveStore(factory), deps);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * A live read shared by key among the components of one database (`owner`, its repositories).
 * The key names everything the factory reads, as deps would: one key, one observable.
 */
export function useSharedLive<T>(owner: object, read: SharedRead<T>): Live<T> {
  const store = useSharedStore(owner, read);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * Holds a shared read open without reading it: a page keeps what its tabs need ready, so a
 * tab switch renders once, with data, instead of loading first (and the page does not render
 * again when the read changes).
 */
export function useHeldRead<T>(owner: object, read: SharedRead<T>): void {
  const store = useSharedStore(owner, read);
  useEffect(() => store.subscribe(ignoreChange), [store]);
}

function useSharedStore<T>(owner: object, read: SharedRead<T>): LiveStore<T> {
  const { key } = read;
  // The key names everything the read depends on, as deps would.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => liveCacheOf(owner).store(key, read.observe), [owner, key]);
}

function ignoreChange(): void {}

/**
 * While a live read's inputs change and the new read loads, the last data read stays on screen,
 * marked `updating`, instead of a loading state: a list being filtered keeps its rows until the
 * new ones arrive rather than blinking through a spinner (and drawing the whole table again).
 */
export function useKeptWhileLoading<T>(live: Live<T>): { live: Live<T>; updating: boolean } {
  const [kept, setKept] = useState<Live<T>>(live);
  // Derived from the previous render, as React documents for state that follows a prop.
  if (live.status !== 'loading' && live !== kept) setKept(live);
  if (live.status === 'loading' && kept.status === 'ready') return { live: kept, updating: true };
  return { live, updating: false };
}
