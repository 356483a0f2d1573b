/**
 * Tells the desktop app whether any meeting is in session, so an update is never installed in
 * the middle of one. Reports each change once; in a browser there is nothing to tell.
 */
import { useEffect } from 'react';
import { distinctUntilChanged, map } from 'rxjs';
import { useRepositories } from '../db/DataProvider';
import { platform } from './platform';

export function useMeetingInSessionReport(): void {
  const repos = useRepositories();
  useEffect(() => {
    if (platform.kind !== 'desktop') return;
    const subscription = repos.meetings
      .watchInSession()
      .pipe(
        map((meetings) => meetings.length > 0),
        distinctUntilChanged(),
      )
      .subscribe((inSession) => {
        platform.updates.setMeetingInSession(inSession).catch(() => undefined);
      });
    return () => subscription.unsubscribe();
  }, [repos]);
}
