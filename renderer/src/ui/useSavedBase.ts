/**
 * The base of an editor's saves: what it showed when it opened, then what its last save stored. A
 * repository save given it as `seen` keeps a colleague's value that synced in meanwhile beside the
 * person's, instead of writing over it (shared/sync/seen-edit.ts). `save` resolves to what it
 * stored of the fields (the next base). The saves must run one at a time, in order (useAutosave
 * does them so): the base moves on only once a save has landed.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useSavedBase<T, B>(opened: B, save: (value: T, seen: B) => Promise<B>): (value: T) => Promise<void> {
  const base = useRef(opened);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  return useCallback(async (value: T) => {
    base.current = await saveRef.current(value, base.current);
  }, []);
}
