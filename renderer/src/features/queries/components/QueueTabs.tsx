/** The work queues as tabs: My queries, a department's, Overdue, Due soon, all open and all queries. */
import { QUEUE_KINDS, QUEUE_LABELS, type QueueKind } from '@shared/domain/query-queues';
import { TabStrip } from '../../../ui/TabStrip';

const QUEUE_TABS = QUEUE_KINDS.map((kind) => ({ id: kind, label: QUEUE_LABELS[kind] }));

/**
 * The queue tabs, drawn with the app's TabStrip (a CSS indicator): MUI's Tabs measured the row
 * (a forced layout) each time the list opened, about a twentieth of opening it.
 */
export function QueueTabs({ queue, onSelect }: { queue: QueueKind; onSelect: (next: QueueKind) => void }) {
  return <TabStrip items={QUEUE_TABS} value={queue} onSelect={onSelect} label="Work queues" idPrefix="queue-tab" panelId="queue-panel" />;
}
