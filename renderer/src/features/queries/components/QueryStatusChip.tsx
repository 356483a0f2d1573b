/** A query's status as a chip; overdue queries are red and say so in words, not colour alone. */
import { QUERY_STATUS_LABELS, type QueryStatus } from '@shared/schemas/vocabulary';
import { queryTone } from '../../../app/design-tokens';
import { StatusChip } from '../../../ui/StatusChip';

export function QueryStatusChip({ status, overdue = false, dueSoon = false }: { status: QueryStatus; overdue?: boolean; dueSoon?: boolean }) {
  const label = `${QUERY_STATUS_LABELS[status]}${overdue ? ' · overdue' : dueSoon ? ' · due soon' : ''}`;
  return <StatusChip tone={queryTone(status, overdue, dueSoon)} label={label} />;
}
