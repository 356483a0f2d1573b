/** A query's status as a chip; overdue queries are red and say so in words, not colour alone. */
import { QUERY_STATUS_LABELS, type QueryStatus } from '@shared/schemas/vocabulary';
import { queryTone } from '../../../app/design-tokens';
import { StatusChip } from '../../../ui/StatusChip';

export function QueryStatusChip({
  status,
  overdue = false,
  dueSoon = false,
  compact = false,
}: {
  status: QueryStatus;
  overdue?: boolean;
  dueSoon?: boolean;
  compact?: boolean;
}) {
  // The table says "overdue" beside the due date; the chip keeps to the status there (compact).
  const label = `${QUERY_STATUS_LABELS[status]}${overdue && !compact ? ' · overdue' : dueSoon && !compact ? ' · due soon' : ''}`;
  return <StatusChip tone={queryTone(status, overdue, dueSoon)} label={label} />;
}
