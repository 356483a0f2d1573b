/**
 * One item of the agenda being built: its number, title and what it is (chips), its files, and,
 * while the agenda is a draft, a handle to drag it and buttons to move, indent, edit or remove it.
 * Every button names the item it acts on. Memoised with the builder's stable callbacks (each
 * given the item), its styles constant: a 150-item agenda draws its rows in chunks
 * (useProgressiveCount), and rows already drawn are not drawn again.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import EditIcon from '@mui/icons-material/Edit';
import FormatIndentDecreaseIcon from '@mui/icons-material/FormatIndentDecrease';
import FormatIndentIncreaseIcon from '@mui/icons-material/FormatIndentIncrease';
import LockIcon from '@mui/icons-material/Lock';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { HintTooltip } from '../../../ui/HintTooltip';
import { memo, type CSSProperties } from 'react';
import { lateItemNote } from '@shared/domain/meeting-integrity';
import { type MoveDirection } from '@shared/domain/agenda-numbering';
import { AGENDA_ITEM_KIND_LABELS } from '@shared/schemas/vocabulary';
import { type OutlineEntry } from '../hooks';

export interface AgendaRowProps {
  entry: OutlineEntry;
  draft: boolean;
  editable: boolean;
  first: boolean;
  last: boolean;
  departmentName?: string;
  /** Each callback is given the entry it acts on, so one function serves every row. */
  onEdit: (entry: OutlineEntry) => void;
  onAttachments: (entry: OutlineEntry) => void;
  onMove: (entry: OutlineEntry, direction: MoveDirection) => void;
  onRemove: (entry: OutlineEntry) => void;
}

const ROW_SX = {
  listStyle: 'none',
  display: 'flex',
  alignItems: 'center',
  gap: 1,
  py: 1,
  pr: 1,
  borderBottom: 1,
  borderColor: 'divider',
  bgcolor: 'background.paper',
} as const;
/** The left padding by depth (1 + 4 per level, in spacing units), one constant object each. */
const INDENT_SX = [0, 1, 2, 3, 4, 5].map((depth) => [ROW_SX, { pl: 1 + depth * 4 }] as const);
const DRAG_SX = { cursor: 'grab' } as const;
const NUMBER_SX = { fontWeight: 600, minWidth: 48, fontVariantNumeric: 'tabular-nums' } as const;
const BODY_SX = { flex: 1, minWidth: 0 } as const;
const TITLE_SX = { wordBreak: 'break-word', whiteSpace: 'pre-wrap' } as const;
const CHIPS_SX = { mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 } as const;
const NOTE_SX = { mt: 0.5, wordBreak: 'break-word' } as const;

/** What a draft agenda's row takes from dnd-kit: its node, its handle's attributes and listeners, and how it is moved now. */
interface SortableParts {
  setNodeRef: (element: HTMLElement | null) => void;
  handle: Record<string, unknown>;
  style: CSSProperties | undefined;
}

/**
 * A row: in a draft agenda with dnd-kit's sortable hooks, otherwise without them (an agenda
 * whose numbers are frozen cannot be reordered, and the hooks cost more than the row's own drawing).
 */
export const AgendaRow = memo(function AgendaRow(props: AgendaRowProps) {
  return props.draft ? <SortableAgendaRow {...props} /> : <AgendaRowView {...props} sortable={null} />;
});

function SortableAgendaRow(props: AgendaRowProps) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: props.entry.item.id });
  const style = transform || transition || isDragging ? { transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 } : undefined;
  return <AgendaRowView {...props} sortable={{ setNodeRef, handle: { ...attributes, ...listeners }, style }} />;
}

function AgendaRowView({
  entry,
  draft,
  editable,
  first,
  last,
  departmentName,
  onEdit,
  onAttachments,
  onMove,
  onRemove,
  sortable,
}: AgendaRowProps & { sortable: SortableParts | null }) {
  const { item, number, depth } = entry;
  const label = `${number} ${item.title}`;
  return (
    <Box component="li" ref={sortable?.setNodeRef} aria-label={label} sx={INDENT_SX[Math.min(depth, INDENT_SX.length - 1)]} style={sortable?.style}>
      {sortable ? (
        <IconButton size="small" aria-label={`Drag ${label}`} {...sortable.handle} sx={DRAG_SX}>
          <DragIndicatorIcon fontSize="small" />
        </IconButton>
      ) : (
        <LockIcon fontSize="small" color="disabled" titleAccess="Number frozen" />
      )}
      <Typography component="span" sx={NUMBER_SX}>
        {number}
      </Typography>
      <Box sx={BODY_SX}>
        <Typography component="span" sx={TITLE_SX}>
          {item.title}
        </Typography>
        <Stack direction="row" spacing={0.5} sx={CHIPS_SX}>
          <Chip size="small" variant="outlined" label={AGENDA_ITEM_KIND_LABELS[item.kind]} />
          {item.inCommittee ? <Chip size="small" color="warning" label="In committee" /> : null}
          {item.reportReference ? <Chip size="small" variant="outlined" label={`Ref. ${item.reportReference}`} /> : null}
          {item.presenter ? <Chip size="small" variant="outlined" label={`Presenter: ${item.presenter}`} /> : null}
          {departmentName ? <Chip size="small" variant="outlined" label={departmentName} /> : null}
          {item.lateReason ? <Chip size="small" color="info" label="Late item" /> : null}
        </Stack>
        {item.lateReason ? (
          <Typography variant="body2" color="text.secondary" sx={NOTE_SX}>
            {lateItemNote(item)}
          </Typography>
        ) : null}
      </Box>
      <HintTooltip title="Report and annexures">
        <IconButton size="small" aria-label={`Files of ${label}`} onClick={() => onAttachments(entry)}>
          <Badge badgeContent={item.attachments?.length ?? 0} color="primary">
            <AttachFileIcon fontSize="small" />
          </Badge>
        </IconButton>
      </HintTooltip>
      {editable ? (
        <HintTooltip title="Edit">
          <IconButton size="small" aria-label={`Edit ${label}`} onClick={() => onEdit(entry)}>
            <EditIcon fontSize="small" />
          </IconButton>
        </HintTooltip>
      ) : null}
      {draft ? (
        <>
          <IconButton size="small" aria-label={`Move ${label} up`} onClick={() => onMove(entry, 'up')} disabled={first}>
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label={`Move ${label} down`} onClick={() => onMove(entry, 'down')} disabled={last}>
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
          {depth === 0 ? (
            <IconButton size="small" aria-label={`Make ${label} a sub-item`} onClick={() => onMove(entry, 'indent')} disabled={first}>
              <FormatIndentIncreaseIcon fontSize="small" />
            </IconButton>
          ) : (
            <IconButton size="small" aria-label={`Make ${label} a main item`} onClick={() => onMove(entry, 'outdent')}>
              <FormatIndentDecreaseIcon fontSize="small" />
            </IconButton>
          )}
          <IconButton size="small" aria-label={`Remove ${label}`} onClick={() => onRemove(entry)}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </>
      ) : null}
    </Box>
  );
}
