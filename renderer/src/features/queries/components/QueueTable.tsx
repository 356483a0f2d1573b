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
import { useRef } from 'react';
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
  { key: 'receivedAt', width: '104px' },
  { key: 'subject', width: 'minmax(160px, 2fr)' },
  { key: 'stakeholder', width: 'minmax(120px, 1fr)' },
  { key: 'department', width: 'minmax(120px, 1fr)' },
  { key: 'priority', width: '78px' },
  { key: 'dueDate', width: '118px' },
  { key: 'status', width: '168px' },
];
const MIN_WIDTH = 1010;
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

export interface QueueTableProps {
  queries: StakeholderQuery[];
  lookups: QueryLookups;
  sort: QuerySort;
  onSort: (sort: QuerySort) => void;
  today: string;
  calendar: WorkingDayCalendar;
  timeZone: string;
}

export function QueueTable({ queries, lookups, sort, onSort, today, calendar, timeZone }: QueueTableProps) {
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
        sx={{ height: 'max(320px, calc(100vh - 420px))', overflowY: 'auto', minWidth: MIN_WIDTH, position: 'relative' }}
      >
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const q = queries[item.index];
            if (!q) return null;
            const overdue = isQueryOverdue(q, today);
            const dueSoon = !overdue && isQueryDueSoon(q, today, calendar);
            return (
              <Box
                role="row"
                aria-rowindex={item.index + 2}
                key={q.id}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: TEMPLATE,
                  alignItems: 'center',
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  borderBottom: 1,
                  borderColor: 'divider',
                  fontSize: '0.875rem',
                  bgcolor: overdue ? 'rgba(211, 47, 47, 0.06)' : undefined,
                  '&:hover': { bgcolor: 'action.hover' },
                }}
              >
                <Box role="cell" sx={{ px: 1, fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={`/queries/${q.id}`}>
                    {q.reference}
                  </Link>
                </Box>
                <Box role="cell" sx={{ px: 1, whiteSpace: 'nowrap' }}>
                  {formatDate(q.receivedAt, timeZone)}
                </Box>
                <Box role="cell" sx={{ px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={q.subject}>
                  {q.subject}
                </Box>
                <Box role="cell" sx={{ px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {lookups.stakeholderName(q.stakeholderId)}
                </Box>
                <Box role="cell" sx={{ px: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {q.departmentId ? lookups.departmentName(q.departmentId) : 'Unassigned'}
                  {q.officer ? <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }}>{q.officer}</Box> : null}
                </Box>
                <Box role="cell" sx={{ px: 1 }}>
                  {QUERY_PRIORITY_LABELS[q.priority]}
                </Box>
                <Box role="cell" sx={{ px: 1, whiteSpace: 'nowrap', color: overdue ? 'error.main' : undefined, fontWeight: overdue ? 600 : undefined }}>
                  {formatDate(q.dueDate, timeZone)}
                  {overdue || dueSoon ? (
                    <Box component="span" sx={{ display: 'block', fontSize: '0.75rem', fontWeight: 400, color: overdue ? 'error.main' : 'warning.dark' }}>
                      {overdue ? '(overdue)' : '(due soon)'}
                    </Box>
                  ) : null}
                </Box>
                <Box role="cell" sx={{ px: 1 }}>
                  <QueryStatusChip status={q.status} overdue={overdue} compact />
                </Box>
              </Box>
            );
          })}
        </Box>
      </Box>
    </Paper>
  );
}
