/**
 * Runs a write the person asked for and keeps its outcome for the screen: busy while it runs,
 * then the error message (from a refused rule or a failed write) or nothing. Nothing typed is
 * dropped silently: a failure is always shown.
 */
import { useCallback, useState } from 'react';
import { errorMessage } from './form-errors';

export interface ActionState {
  busy: boolean;
  error: string | null;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
