/**
 * Conflicts: records two people changed at the same time while apart. Sync kept every version;
 * here a person decides. The list is the same on every laptop that syncs the records.
 */
import CallSplitIcon from '@mui/icons-material/CallSplit';
import Stack from '@mui/material/Stack';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { ConflictCard } from './components/ConflictCard';
import { useConflicts } from './hooks';

export function ConflictsPage() {
  const conflicts = useConflicts();
  return (
    <>
      <PageHeader title="Conflicts" subtitle="Records two people changed at the same time. Nothing was lost: keep one version, or merge them." />
      <LiveView live={conflicts} label="Looking for competing edits…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No conflicts to settle" icon={<CallSplitIcon />}>
              When two people change the same field of a record while apart, sync keeps both versions and lists the record here for someone to settle.
            </EmptyState>
          ) : (
            <Stack spacing={3}>
              {list.map((record) => (
                <ConflictCard key={`${record.collection}/${record.id}`} record={record} />
              ))}
            </Stack>
          )
        }
      </LiveView>
    </>
  );
}
