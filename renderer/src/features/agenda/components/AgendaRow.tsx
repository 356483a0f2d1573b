/**
 * One item of the agenda being built: its number, title and what it is (chips), its files, and,
 * while the agenda is a draft, a handle to drag it and buttons to move, indent, edit or remove it.
 * Every button names the item it acts on.
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
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
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
  onEdit: () => void;
  onAttachments: () => void;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
}

export function AgendaRow({ entry, draft, editable, first, last, departmentName, onEdit, onAttachments, onMove, onRemove }: AgendaRowProps) {
  const { item, number, depth } = entry;
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !draft });
  const label = `${number} ${item.title}`;
  return (
    <Box
      component="li"
      ref={setNodeRef}
      aria-label={label}
      sx={{
        listStyle: 'none',
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        py: 1,
        pr: 1,
        pl: 1 + depth * 4,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : 1,
      }}
    >
      {draft ? (
        <IconButton size="small" aria-label={`Drag ${label}`} {...attributes} {...listeners} sx={{ cursor: 'grab' }}>
          <DragIndicatorIcon fontSize="small" />
        </IconButton>
      ) : (
        <LockIcon fontSize="small" color="disabled" titleAccess="Number frozen" />
      )}
      <Typography component="span" sx={{ fontWeight: 600, minWidth: 48, fontVariantNumeric: 'tabular-nums' }}>
        {number}
      </Typography>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography component="span" sx={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>
          {item.title}
        </Typography>
        <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
          <Chip size="small" variant="outlined" label={AGENDA_ITEM_KIND_LABELS[item.kind]} />
          {item.inCommittee ? <Chip size="small" color="warning" label="In committee" /> : null}
          {item.reportReference ? <Chip size="small" variant="outlined" label={`Ref. ${item.reportReference}`} /> : null}
          {item.presenter ? <Chip size="small" variant="outlined" label={`Presenter: ${item.presenter}`} /> : null}
          {departmentName ? <Chip size="small" variant="outlined" label={departmentName} /> : null}
          {item.lateReason ? <Chip size="small" color="info" label="Late item" /> : null}
        </Stack>
        {item.lateReason ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
            {lateItemNote(item)}
          </Typography>
        ) : null}
      </Box>
      <Tooltip title="Report and annexures">
        <IconButton size="small" aria-label={`Files of ${label}`} onClick={onAttachments}>
          <Badge badgeContent={item.attachments?.length ?? 0} color="primary">
            <AttachFileIcon fontSize="small" />
          </Badge>
        </IconButton>
      </Tooltip>
      {editable ? (
        <Tooltip title="Edit">
          <IconButton size="small" aria-label={`Edit ${label}`} onClick={onEdit}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
      {draft ? (
        <>
          <IconButton size="small" aria-label={`Move ${label} up`} onClick={() => onMove('up')} disabled={first}>
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label={`Move ${label} down`} onClick={() => onMove('down')} disabled={last}>
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
          {depth === 0 ? (
            <IconButton size="small" aria-label={`Make ${label} a sub-item`} onClick={() => onMove('indent')} disabled={first}>
              <FormatIndentIncreaseIcon fontSize="small" />
            </IconButton>
          ) : (
            <IconButton size="small" aria-label={`Make ${label} a main item`} onClick={() => onMove('outdent')}>
              <FormatIndentDecreaseIcon fontSize="small" />
            </IconButton>
          )}
          <IconButton size="small" aria-label={`Remove ${label}`} onClick={onRemove}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </>
      ) : null}
    </Box>
  );
}
