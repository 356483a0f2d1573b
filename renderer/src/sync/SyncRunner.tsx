/**
 * Runs sync for this page: gives the sync service the browser's network events, the platform's
 * credential store and the attachment store, and stops it when the app closes. Renders nothing.
 */
import { useEffect } from 'react';
import { useRepositories } from '../db/DataProvider';
import { platform } from '../platform/platform';
import { whenIdle } from '../ui/when-idle';
import { browserConnectivity } from './connectivity';
import { publishingFor } from '../features/publishing/hooks';

/**
 * Whether the server answers at all when CORS is not involved: a no-cors request resolves with
 * an opaque response when the server is up, and fails like any request when it is not.
 */
function answersWithoutCors(url: string): Promise<boolean> {
  return fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(10_000) }).then(
    () => true,
    () => false,
  );
}

export function SyncRunner() {
  const repos = useRepositories();
  useEffect(() => {
    let unmounted = false;
    // PouchDB (the attachment store) is loaded, and sync started, once the first screen has drawn
    // (or after two seconds at most): their reads would otherwise queue before the screen's own.
    const begin = () =>
      void import('../attachments/browser-attachment-store')
        .then(({ browserAttachmentStore }) => {
          if (unmounted) return;
          return repos.sync.start({
            connectivity: browserConnectivity(),
            credentials: platform.credentials,
            attachments: browserAttachmentStore(),
            origin: window.location.origin,
            answersWithoutCors,
          });
        })
        .then(() => {
          // Publications queued in an earlier session are sent once sync reaches the server.
          if (!unmounted) publishingFor(repos);
        });
    const cancel = whenIdle(begin, 2_000);
    return () => {
      unmounted = true;
      cancel();
      void repos.sync.stop();
    };
  }, [repos]);
  return null;
}
