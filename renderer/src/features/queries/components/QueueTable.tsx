/**
 * The rows of a work queue, virtualised: only the rows in view are in the page, so a queue of
 * thousands scrolls smoothly. It is still a table to assistive technology (ARIA table roles with
 * row indexes), and the column headers sort it.
 */
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTheme, type SxProps, type Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { isQueryDueSoon, isQueryOverdue } from '@shared/domain/queries';
import { QUERY_SORT_LABELS, type QueryLookups, type QuerySort, type QuerySortKey } from '@shared/domain/query-queues';
import { formatDate } from '@shared/domain/time';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { StakeholderQuery } from '@shared/schemas';
import { QUERY_PRIORITY_LABELS } from '@shared/schemas/vocabulary';
import { QueryStatusChip } from './QueryStatusChip';

/** Row heights of the two densities (Settings → Appearance): two lines of subject fit in each. */
const ROW_HEIGHTS = { comfortable: 56, compact: 44 } as const;

interface Column {
  key: QuerySortKey;
  width: string;
}

// Widths by content at 1366 px: the reference, dates, priority and status never cut (the status
// column holds "Awaiting stakeholder"); subject, stakeholder and department share the rest.
const COLUMNS: Column[] = [
  { key: 'reference', width: '150px' },
  { key: 'receivedAt', width: '102px' },
  { key: 'subject', width: 'minmax(170px, 1.5fr)' },
  { key: 'stakeholder', width: 'minmax(130px, 1fr)' },
  { key: 'department', width: 'minmax(150px, 1.2fr)' },
  { key: 'priority', width: '70px' },
  { key: 'dueDate', width: '108px' },
  { key: 'status', width: '166px' },
];
const MIN_WIDTH = 1024;
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

/**
 * The rows' styles, given once on their scrolling container: rows are plain elements, so drawing
 * a screenful of rows costs no style computation per cell (with `sx` on every cell, emotion
 * serialised and hashed some 300 style objects each time the queue was shown).
 */
function rowStyles(rowHeight: number): SxProps<Theme> {
  return {
    '& [data-row]': {
      display: 'grid',
      gridTemplateColumns: TEMPLATE,
      alignItems: 'center',
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      height: rowHeight,
      borderBottom: 1,
      borderColor: 'divider',
      fontSize: rowHeight < 50 ? '0.8125rem' : '0.875rem',
      '&:hover': { bgcolor: 'action.hover' },
    },
    '& [data-row="overdue"]': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
    '& [data-cell]': { px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    '& [data-cell="reference"]': { fontVariantNumeric: 'tabular-nums', overflow: 'visible' },
    // Subject and stakeholder: two lines, cut at a word ("…"), never inside one; the whole on hover (title).
    '& [data-cell="subject"], & [data-cell="stakeholder"]': {
      whiteSpace: 'normal',
      display: '-webkit-box',
      WebkitBoxOrient: 'vertical',
      WebkitLineClamp: 2,
      overflowWrap: 'normal',
      wordBreak: 'keep-all',
      lineHeight: 1.3,
    },
    '& [data-cell="department"]': { whiteSpace: 'normal' },
    '& [data-cell="department"] > span': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    '& [data-cell="department"] > span + span': { color: 'text.secondary', fontSize: '0.75rem' },
    '& [data-cell="due"][data-overdue]': { color: 'error.main', fontWeight: 600 },
    '& [data-cell="due"] > span': { display: 'block', fontSize: '0.75rem', fontWeight: 400, color: 'warning.main' },
    '& [data-cell="due"][data-overdue] > span': { color: 'error.main' },
    '& [data-cell="status"]': { overflow: 'visible' },
    // A row with keyboard focus (its reference link) opens over the next rows with every text whole.
    // Keyboard focus only (:focus-visible): a row growing under a mouse press would lose the click.
    '& [data-row]:has(:focus-visible)': { height: 'auto', minHeight: rowHeight, zIndex: 1, bgcolor: 'background.paper', boxShadow: 4, py: 1 },
    '& [data-row]:has(:focus-visible) [data-cell]': { whiteSpace: 'normal', overflow: 'visible', WebkitLineClamp: 'unset', overflowWrap: 'anywhere' },
    '& [data-row]:has(:focus-visible) [data-cell="department"] > span': { whiteSpace: 'normal', overflow: 'visible' },
  };
}

interface QueueRowProps {
  query: StakeholderQuery;
  index: number;
  top: number;
  lookups: QueryLookups;
  today: string;
  calendar: WorkingDayCalendar;
  timeZone: string;
}

const QueueRow = memo(function QueueRow({ query: q, index, top, lookups, today, calendar, timeZone }: QueueRowProps) {
  const overdue = isQueryOverdue(q, today);
  const dueSoon = !overdue && isQueryDueSoon(q, today, calendar);
  const stakeholder = lookups.stakeholderName(q.stakeholderId);
  const department = q.departmentId ? lookups.departmentName(q.departmentId) : 'Unassigned';
  return (
    <div role="row" aria-rowindex={index + 2} data-row={overdue ? 'overdue' : ''} style={{ transform: `translateY(${top}px)` }}>
      <div role="cell" data-cell="reference">
        <Link component={RouterLink} to={`/queries/${q.id}`}>
          {q.reference}
        </Link>
      </div>
      <div role="cell" data-cell="received">
        {formatDate(q.receivedAt, timeZone)}
      </div>
      <div role="cell" data-cell="subject" title={q.subject}>
        {q.subject}
      </div>
      <div role="cell" data-cell="stakeholder" title={stakeholder}>
        {stakeholder}
      </div>
      <div role="cell" data-cell="department" title={q.officer ? `${department}, ${q.officer}` : department}>
        <span>{department}</span>
        {q.officer ? <span>{q.officer}</span> : null}
      </div>
      <div role="cell" data-cell="priority">
        {QUERY_PRIORITY_LABELS[q.priority]}
      </div>
      <div role="cell" data-cell="due" data-overdue={overdue || undefined}>
        {formatDate(q.dueDate, timeZone)}
        {overdue || dueSoon ? <span>{overdue ? '(overdue)' : '(due soon)'}</span> : null}
      </div>
      <div role="cell" data-cell="status">
        <QueryStatusChip status={q.status} overdue={overdue} compact />
      </div>
    </div>
  );
});

export interface QueueTableProps {
  queries: StakeholderQuery[];
  lookups: QueryLookups;
  sort: QuerySort;
  onSort: (sort: QuerySort) => void;
  today: string;
  calendar: WorkingDayCalendar;
  timeZone: string;
  /** Called when the rows near the end come into view: the page then reads more of the queue. */
  onNearEnd?: (() => void) | undefined;
}

/** How close to the last row read the person scrolls before more is read. */
const NEAR_END_ROWS = 40;

export function QueueTable({ queries, lookups, sort, onSort, today, calendar, timeZone, onNearEnd }: QueueTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHTS[useTheme().quorum.density];
  const styles = useMemo(() => rowStyles(rowHeight), [rowHeight]);
  // TanStack Virtual returns a new measurement each render by design; React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: queries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? -1;
  const nearEnd = queries.length > 0 && lastInView >= queries.length - NEAR_END_ROWS;
  useEffect(() => {
    if (nearEnd) onNearEnd?.();
  }, [nearEnd, onNearEnd]);

  const header = (column: Column) => {
    const active = sort.key === column.key;
    const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <Box role="columnheader" aria-sort={ariaSort} key={column.key} sx={{ px: 1, py: 1, fontWeight: 600, fontSize: '0.875rem' }}>
        <ButtonBase
          onClick={() => onSort({ key: column.key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
          sx={{ font: 'inherit', gap: 0.5, borderRadius: 1, px: 0.5 }}
          aria-label={`Sort by ${QUERY_SORT_LABELS[column.key].toLowerCase()}`}
        >
          {QUERY_SORT_LABELS[column.key]}
          {active ? (
            sort.direction === 'asc' ? (
              <ArrowUpwardIcon fontSize="inherit" aria-hidden="true" />
            ) : (
              <ArrowDownwardIcon fontSize="inherit" aria-hidden="true" />
            )
          ) : null}
        </ButtonBase>
      </Box>
    );
  };

  return (
    <Paper variant="outlined" role="table" aria-label="Queries" aria-rowcount={queries.length + 1} sx={{ overflowX: 'auto' }}>
      <Box role="rowgroup" sx={{ minWidth: MIN_WIDTH }}>
        <Box
          role="row"
          aria-rowindex={1}
          sx={{ display: 'grid', gridTemplateColumns: TEMPLATE, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}
        >
          {COLUMNS.map(header)}
        </Box>
      </Box>
      <Box
        ref={scrollRef}
        role="rowgroup"
        sx={{ height: 'max(320px, calc(100vh - 420px))', overflowY: 'auto', minWidth: MIN_WIDTH, position: 'relative', ...styles }}
      >
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const q = queries[item.index];
            return q ? (
              <QueueRow key={q.id} query={q} index={item.index} top={item.start} lookups={lookups} today={today} calendar={calendar} timeZone={timeZone} />
            ) : null;
          })}
        </Box>
      </Box>
    </Paper>
  );
}
