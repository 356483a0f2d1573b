/**
 * Saves what is typed as it is typed: each change starts a save at once, unless a save is already
 * running, in which case the latest text is saved the moment it finishes (so a burst of typing
 * costs as many saves as the store can take, never a queue of stale ones). The store is one
 * write behind at most; `npm run bench` measures keystroke → IndexedDB. Saves run one at a time,
 * in order; "Saved" is shown only once IndexedDB has the text, so a reload or crash never loses
 * anything shown as saved. A pending save is flushed when the component goes away or the page
 * is hidden or closed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../ui/form-errors';

export type SaveState =
  { status: 'idle' } | { status: 'pending' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'error'; message: string };

export interface Autosave<T> {
  state: SaveState;
  schedule: (value: T) => void;
  flush: () => Promise<void>;
}

export function useAutosave<T>(save: (value: T) => Promise<unknown>): Autosave<T> {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const saveRef = useRef(save);
  const pending = useRef<{ value: T } | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Queues a save of whatever is unsaved when its turn comes; saves never overlap. */
  const flush = useCallback((): Promise<void> => {
    chain.current = chain.current.then(async () => {
      const next = pending.current;
      if (!next) return;
      pending.current = null;
      setState({ status: 'saving' });
      try {
        await saveRef.current(next.value);
        if (!pending.current) setState({ status: 'saved', at: new Date() });
      } catch (error) {
        // Keep the unsaved text: the next keystroke, or leaving the page, tries again.
        pending.current ??= next;
        setState({ status: 'error', message: errorMessage(error) });
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setState((s) => (s.status === 'saving' ? s : { status: 'pending' }));
      // Straight into the save chain: it takes whatever is newest when its turn comes.
      void flush();
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
