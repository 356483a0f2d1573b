/** The desktop app's update state, live: read once, then followed through the bridge's events. */
import { useEffect, useState } from 'react';
import type { UpdateState } from '@shared/ipc-contract';
import { platform } from './platform';

export function useUpdateState(): UpdateState | null {
  const [state, setState] = useState<UpdateState | null>(null);
  useEffect(() => {
    let current = true;
    const unsubscribe = platform.updates.onState((next) => setState(next));
    platform.updates.state().then(
      // An event may already have arrived; it is newer than this answer.
      (initial) => current && setState((seen) => seen ?? initial),
      () => undefined,
    );
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  return state;
}
