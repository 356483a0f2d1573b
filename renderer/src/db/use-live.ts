/**
 * Subscribes a component to an observable from a repository. A new store is made when a
 * dependency changes (and starts out loading); the subscription ends with the component.
 */
import { useMemo, useState, useSyncExternalStore, type DependencyList } from 'react';
import type { Observable } from 'rxjs';

export type Live<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: Error };

const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

interface LiveStore<T> {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => Live<T>;
}

function createLiveStore<T>(factory: () => Observable<T>): LiveStore<T> {
  let state: Live<T> = LOADING;
  return {
    subscribe(onChange) {
      const subscription = factory().subscribe({
        next: (data) => {
          state = { status: 'ready', data, error: undefined };
          onChange();
        },
        error: (error: unknown) => {
          state = { status: 'error', data: undefined, error: error instanceof Error ? error : new Error(String(error)) };
          onChange();
        },
      });
      return () => subscription.unsubscribe();
    },
    getSnapshot: () => state,
  };
}

export function useLive<T>(factory: () => Observable<T>, deps: DependencyList): Live<T> {
  // The caller lists the factory's inputs in deps, as with useMemo.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const store = useMemo(() => createLiveStore(factory), deps);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

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
