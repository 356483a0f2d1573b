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
import { memo, useEffect, useRef } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { isQueryDueSoon, isQueryOverdue } from '@shared/domain/queries';
import { QUERY_SORT_LABELS, type QueryLookups, type QuerySort, type QuerySortKey } from '@shared/domain/query-queues';
import { formatDate } from '@shared/domain/time';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { StakeholderQuery } from '@shared/schemas';
import { QUERY_PRIORITY_LABELS } from '@shared/schemas/vocabulary';
import { QueryStatusChip } from './QueryStatusChip';

const ROW_HEIGHT = 56;

interface Column {
  key: QuerySortKey;
  width: string;
}

const COLUMNS: Column[] = [
  { key: 'reference', width: '142px' },
  { key: 'receivedAt', width: '118px' },
  { key: 'subject', width: 'minmax(160px, 2fr)' },
  { key: 'stakeholder', width: 'minmax(120px, 1fr)' },
  { key: 'department', width: 'minmax(120px, 1fr)' },
  { key: 'priority', width: '78px' },
  { key: 'dueDate', width: '118px' },
  { key: 'status', width: '168px' },
];
const MIN_WIDTH = 1024;
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

/**
 * The rows' styles, given once on their scrolling container: rows are plain elements, so drawing
 * a screenful of rows costs no style computation per cell (with `sx` on every cell, emotion
 * serialised and hashed some 300 style objects each time the queue was shown).
 */
const ROW_STYLES: SxProps<Theme> = {
  '& [data-row]': {
    display: 'grid',
    gridTemplateColumns: TEMPLATE,
    alignItems: 'center',
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    borderBottom: 1,
    borderColor: 'divider',
    fontSize: '0.875rem',
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& [data-row="overdue"]': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
  '& [data-cell]': { px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& [data-cell="reference"]': { fontFamily: 'monospace' },
  '& [data-cell="department"]': { whiteSpace: 'normal' },
  '& [data-cell="department"] > span': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& [data-cell="department"] > span + span': { color: 'text.secondary', fontSize: '0.75rem' },
  '& [data-cell="due"][data-overdue]': { color: 'error.main', fontWeight: 600 },
  '& [data-cell="due"] > span': { display: 'block', fontSize: '0.75rem', fontWeight: 400, color: 'warning.dark' },
  '& [data-cell="due"][data-overdue] > span': { color: 'error.main' },
  '& [data-cell="status"]': { overflow: 'visible' },
};

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
      <div role="cell" data-cell="stakeholder">
        {lookups.stakeholderName(q.stakeholderId)}
      </div>
      <div role="cell" data-cell="department">
        <span>{q.departmentId ? lookups.departmentName(q.departmentId) : 'Unassigned'}</span>
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
  // TanStack Virtual returns a new measurement each render by design; React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: queries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
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
            sort.direction === 'asc' ? <ArrowUpwardIcon fontSize="inherit" aria-hidden="true" /> : <ArrowDownwardIcon fontSize="inherit" aria-hidden="true" />
          ) : null}
        </ButtonBase>
      </Box>
    );
  };

  return (
    <Paper variant="outlined" role="table" aria-label="Queries" aria-rowcount={queries.length + 1} sx={{ overflowX: 'auto' }}>
      <Box role="rowgroup" sx={{ minWidth: MIN_WIDTH }}>
        <Box role="row" aria-rowindex={1} sx={{ display: 'grid', gridTemplateColumns: TEMPLATE, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
          {COLUMNS.map(header)}
        </Box>
      </Box>
      <Box
        ref={scrollRef}
        role="rowgroup"
        sx={{ height: 'max(320px, calc(100vh - 420px))', overflowY: 'auto', minWidth: MIN_WIDTH, position: 'relative', ...ROW_STYLES }}
      >
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const q = queries[item.index];
            return q ? <QueueRow key={q.id} query={q} index={item.index} top={item.start} lookups={lookups} today={today} calendar={calendar} timeZone={timeZone} /> : null;
          })}
        </Box>
      </Box>
    </Paper>
  );
}
