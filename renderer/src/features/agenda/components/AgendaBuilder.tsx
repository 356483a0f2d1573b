/**
 * The agenda builder. While the agenda is a draft, items are added, edited, moved by drag and
 * drop or with the move buttons (keyboard), and renumber as they move. Once the notice is issued
 * the numbers are frozen: items can still be corrected, and late items get lettered numbers.
 */
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { childrenOf, type MoveDirection } from '@shared/domain/agenda-numbering';
import { canAddLateItems, canEditItemParticulars, canRestructureAgenda } from '@shared/domain/meeting-lifecycle';
import type { AgendaItem, Meeting } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { LiveView } from '../../../ui/LoadState';
import { useAction } from '../../../ui/useAction';
import { useIndex } from '../../bodies/hooks';
import { ExportMeetingButtons } from '../../documents/ExportMeetingButtons';
import { useDepartments } from '../../settings/hooks';
import { firstRowsFor, useProgressiveCount, type RowGeometry } from '../../../ui/useProgressiveCount';
import { useAgendaOutline, type OutlineEntry } from '../hooks';
import { placementChoices } from './agenda-item-form';
import { AgendaItemDialog } from './AgendaItemDialog';
import { seenFields } from '@shared/sync/seen-edit';
import { ItemAttachments } from './ItemAttachments';
import { useWriteRefusal } from '../../../ui/access';
import { AgendaRow } from './AgendaRow';
import { AGENDA_DRAG_INSTRUCTIONS, agendaDragAnnouncements } from '../drag-announcements';

/** An agenda row is at least 60 px tall (a line of title, a line of chips); the list starts at least 250 px down the meeting page. */
const AGENDA_ROWS: RowGeometry = { rowPx: 60, topPx: 250 };

export function AgendaBuilder({ meeting }: { meeting: Meeting }) {
  const repos = useRepositories();
  const { live, outline } = useAgendaOutline(meeting.id);
  const departments = useDepartments();
  const departmentIndex = useIndex(departments);
  const action = useAction();
  const [dialog, setDialog] = useState<{ item: AgendaItem | null } | null>(null);
  const { confirm, dialog: confirmDialog } = useConfirm();
  const [filesOf, setFilesOf] = useState<string | null>(null);
  const filesItem = outline.find((e) => e.item.id === filesOf);
  // An account that may not change agendas sees them as they stand (read-only).
  const mayChange = useWriteRefusal('agendaitems') === null;
  const draft = mayChange && canRestructureAgenda(meeting.status);
  const late = mayChange && canAddLateItems(meeting.status);
  const editable = mayChange && canEditItemParticulars(meeting.status);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const items = useMemo(() => live.data ?? [], [live.data]);
  // A long agenda draws its first rows at once and the rest in a deferred render (every row in the end).
  const { shown } = useProgressiveCount(outline.length, firstRowsFor(AGENDA_ROWS));
  const drawn = useMemo(() => outline.slice(0, shown), [outline, shown]);
  const drawnIds = useMemo(() => drawn.map((e) => e.item.id), [drawn]);
  // Each item's place among its siblings, read once for the whole agenda (not once per row).
  const places = useMemo(() => {
    const byParent = new Map<string, AgendaItem[]>();
    const place = new Map<string, { first: boolean; last: boolean }>();
    for (const item of items) if (!byParent.has(item.parentId)) byParent.set(item.parentId, childrenOf(items, item.parentId));
    for (const siblings of byParent.values()) siblings.forEach((s, i) => place.set(s.id, { first: i === 0, last: i === siblings.length - 1 }));
    return place;
  }, [items]);

  // The rows' callbacks are stable (rows are memoised) and read the latest of what they need.
  const latest = useRef({ items, confirm });
  useLayoutEffect(() => {
    latest.current = { items, confirm };
  });
  const { run } = action;
  const onEdit = useCallback((entry: OutlineEntry) => setDialog({ item: entry.item }), []);
  const onAttachments = useCallback((entry: OutlineEntry) => setFilesOf(entry.item.id), []);
  const onMove = useCallback((entry: OutlineEntry, direction: MoveDirection) => void run(() => repos.agenda.move(entry.item.id, direction)), [run, repos]);
  const onRemove = useCallback(
    (entry: OutlineEntry) => {
      const withChildren = childrenOf(latest.current.items, entry.item.id).length > 0;
      void latest.current
        .confirm({
          title: 'Remove item',
          message: `Remove ${entry.number} ${entry.item.title}${withChildren ? ' and its sub-items' : ''} from the agenda?`,
          confirmLabel: 'Remove',
        })
        .then(({ confirmed }) => confirmed && run(() => repos.agenda.removeItem(entry.item.id)));
    },
    [run, repos],
  );

  // What a screen reader hears while an item is moved from the keyboard: items by number and title.
  const dragAccessibility = useMemo(() => {
    const labels = new Map(outline.map((e) => [e.item.id, `${e.number} ${e.item.title}`]));
    return { announcements: agendaDragAnnouncements((id) => labels.get(String(id))), screenReaderInstructions: AGENDA_DRAG_INSTRUCTIONS };
  }, [outline]);

  const onDragEnd = (event: DragEndEvent) => {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const target = items.find((i) => i.id === over.id);
    if (!target) return;
    const index = childrenOf(items, target.parentId).findIndex((s) => s.id === target.id);
    void action.run(() => repos.agenda.moveToPlace(String(active.id), target.parentId, index));
  };

  const list = (
    <Box component="ol" aria-label="Agenda items" sx={{ m: 0, p: 0 }}>
      {drawn.map((entry) => {
        const place = places.get(entry.item.id);
        return (
          <AgendaRow
            key={entry.item.id}
            entry={entry}
            draft={draft}
            editable={editable}
            first={place?.first ?? true}
            last={place?.last ?? true}
            {...(entry.item.departmentId ? { departmentName: departmentIndex.get(entry.item.departmentId)?.name ?? '' } : {})}
            onEdit={onEdit}
            onAttachments={onAttachments}
            onMove={onMove}
            onRemove={onRemove}
          />
        );
      })}
    </Box>
  );

  return (
    <Paper variant="outlined" component="section" aria-label="Agenda">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h2" component="h2">
            Agenda
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {draft
              ? 'Draft: items renumber as they move. Numbers are frozen when the notice is issued.'
              : 'Numbers are frozen as printed on the notice. Late items get a lettered number or go under Urgent matters.'}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <ExportMeetingButtons document="agenda" meetingId={meeting.id} items={outline} disabled={outline.length === 0} />
          {draft || late ? (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ item: null })}>
              {draft ? 'Add item' : 'Add late item'}
            </Button>
          ) : null}
        </Stack>
      </Box>
      {action.error ? (
        <Alert severity="error" onClose={action.clear} sx={{ mx: 2, mb: 2 }}>
          {action.error}
        </Alert>
      ) : null}
      <LiveView live={live} label="Loading the agenda…" shape="table">
        {() =>
          outline.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              The agenda has no items yet.
            </Typography>
          ) : draft ? (
            // Only a draft agenda can be reordered: a frozen one is drawn without dnd-kit.
            <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={dragAccessibility}>
              <SortableContext items={drawnIds} strategy={verticalListSortingStrategy}>
                {list}
              </SortableContext>
            </DndContext>
          ) : (
            list
          )
        }
      </LiveView>
      {confirmDialog}
      {filesItem ? (
        <Dialog open onClose={() => setFilesOf(null)} fullWidth maxWidth="sm" aria-labelledby="item-files-title">
          <DialogTitle id="item-files-title">
            Files of {filesItem.number} {filesItem.item.title}
          </DialogTitle>
          <DialogContent>
            <ItemAttachments item={filesItem.item} meeting={meeting} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setFilesOf(null)}>Close</Button>
          </DialogActions>
        </Dialog>
      ) : null}
      {dialog ? (
        <AgendaItemDialog
          item={dialog.item}
          departments={departments.data ?? []}
          placements={dialog.item ? [] : placementChoices(outline, !draft)}
          late={dialog.item ? !!dialog.item.lateReason : !draft}
          onClose={() => setDialog(null)}
          onSave={async (particulars, placement) => {
            // The item as the dialog opened with it: a colleague's change synced in meanwhile is kept beside.
            if (dialog.item) await repos.agenda.updateParticulars(dialog.item.id, particulars, seenFields(dialog.item, particulars));
            else if (placement) await repos.agenda.addItem(meeting.id, particulars, placement);
            setDialog(null);
          }}
        />
      ) : null}
    </Paper>
  );
}
