/**
 * Said on a page that answers over records some of which have not yet arrived on this laptop
 * (a join in progress): which, and that the answer covers what has arrived so far.
 */
import Alert from '@mui/material/Alert';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { useJoinStatus } from '../hooks';

export function PartialRecordsNotice({ collections, what }: { collections: readonly CollectionName[]; what: string }) {
  const join = useJoinStatus();
  const status = join.data;
  if (!status || status.phase === 'joined' || status.phase === 'unknown') return null;
  const missing = status.collections.filter((c) => collections.includes(c.name) && !c.caughtUp);
  if (missing.length === 0) return null;
  const names = missing.map((c) => COLLECTION_LABELS[c.name].toLowerCase()).join(' and ');
  return (
    <Alert severity="info" role="status" aria-label="Partial records" sx={{ mb: 2 }}>
      Some {names} are still arriving on this laptop: {what} covers what has arrived so far.
    </Alert>
  );
}
