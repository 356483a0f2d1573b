/** An empty queue: the way to log the first query when there is none at all, otherwise where else to look. */
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import type { QueueKind } from '@shared/domain/query-queues';
import { EmptyState } from '../../../ui/EmptyState';

export function QueueEmptyState({ queue, noneStored }: { queue: QueueKind; noneStored: boolean }) {
  return noneStored ? (
    <EmptyState
      title="No queries yet"
      icon={<QuestionAnswerIcon />}
      action={
        <Button component={RouterLink} to="/queries/new">
          Log the first query
        </Button>
      }
    >
      Queries from stakeholders are logged here, assigned to departments and followed until they are resolved.
    </EmptyState>
  ) : (
    <EmptyState title={queue === 'overdue' ? 'Nothing is overdue' : 'No queries in this queue'} icon={<QuestionAnswerIcon />}>
      {queue === 'mine' ? 'No open query names you as the responsible officer.' : 'Other queues and filters may hold what you are looking for.'}
    </EmptyState>
  );
}
