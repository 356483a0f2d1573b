/** How many queries the list shows, of how many read, and what part of a long queue that is; announced as it changes. */
import Typography from '@mui/material/Typography';
import type { QueueKind } from '@shared/domain/query-queues';
import type { StakeholderQuery } from '@shared/schemas';
import { queueExtent, type QueueResult } from '../queue-queries';

export function QueueCount({
  shown,
  result,
  updating,
  queue,
  receivedFrom,
  defaultFrom,
}: {
  shown: readonly StakeholderQuery[];
  result: QueueResult;
  updating: boolean;
  queue: QueueKind;
  /** The "Received from" filter, '' when not chosen. */
  receivedFrom: string;
  defaultFrom: string;
}) {
  return (
    <Typography variant="body2" color="text.secondary" role="status" aria-busy={updating} sx={{ mb: 1 }}>
      {updating ? (
        'Updating the list…'
      ) : (
        <>
          {shown.length === result.queries.length
            ? `${shown.length} ${shown.length === 1 ? 'query' : 'queries'}`
            : `${shown.length} of ${result.queries.length} queries match the filters`}
          {result.truncated ? ` · ${queueExtent(result)}` : ''}
          {queue === 'all' && !receivedFrom ? ` · received since ${defaultFrom} (choose “Received from” for earlier ones)` : ''}
        </>
      )}
    </Typography>
  );
}
