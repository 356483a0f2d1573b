/** A query's status as a chip; overdue queries are red and say so in words, not colour alone. */
import Chip from '@mui/material/Chip';
import { QUERY_STATUS_LABELS, type QueryStatus } from '@shared/schemas/vocabulary';

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
  const color = overdue ? 'error' : dueSoon ? 'warning' : status === 'closed' || status === 'resolved' ? 'success' : status === 'awaiting_stakeholder' ? 'info' : 'default';
  return <Chip size="small" color={color} variant={status === 'closed' ? 'outlined' : 'filled'} label={label} />;
}
