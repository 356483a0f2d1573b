/** The work queues as tabs: My queries, a department's, Overdue, Due soon, all open and all queries. */
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { memo } from 'react';
import { QUEUE_KINDS, QUEUE_LABELS, type QueueKind } from '@shared/domain/query-queues';

/**
 * The queue tabs, memoised: MUI's Tabs measure themselves (a forced layout) every time they are
 * drawn, which each new filter or arriving row set would otherwise cost the whole page.
 */
export const QueueTabs = memo(function QueueTabs({ queue, onSelect }: { queue: QueueKind; onSelect: (next: QueueKind) => void }) {
  return (
    <Tabs
      value={queue}
      onChange={(_event, next: QueueKind) => onSelect(next)}
      aria-label="Work queues"
      variant="scrollable"
      sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
    >
      {QUEUE_KINDS.map((kind) => (
        <Tab key={kind} value={kind} label={QUEUE_LABELS[kind]} id={`queue-tab-${kind}`} aria-controls="queue-panel" />
      ))}
    </Tabs>
  );
});
