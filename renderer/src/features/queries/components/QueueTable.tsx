/**
 * The rows of a work queue, virtualised: only the rows in view are in the page, so a queue of
 * thousands scrolls smoothly. It is still a table to assistive technology (ARIA table roles with
 * row indexes), and the column headers sort it.
 */
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { alpha, useTheme, type CSSObject, type Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { isQueryDueSoon, isQueryOverdue } from '@shared/domain/queries';
import { QUERY_SORT_LABELS, type QueryLookups, type QuerySort, type QuerySortKey } from '@shared/domain/query-queues';
import { formatDate } from '@shared/domain/time';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { StakeholderQuery } from '@shared/schemas';
import { QUERY_PRIORITY_LABELS, QUERY_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { queryTone, type StatusTone } from '../../../app/design-tokens';
import { chipColours } from '../../../ui/StatusChip';

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
 * The rows' styles, written once per theme as the page's own style sheet (scoped to
 * `[data-queue-rows]`), so drawing the rows computes no style at all: rows, cells, the reference
 * link and the status chip are plain elements. With `sx` on every cell emotion serialised some 300
 * style objects each time the queue was shown; with a MUI Link and Chip per row, four a row; and
 * with these styles as the container's `sx`, the whole sheet each time the rows changed. The link
 * and the chip look as MUI's Link and ui/StatusChip do (the chip's colours are StatusChip's own, `chipColours`).
 */
function rowStyles(rowHeight: number, theme: Theme): CSSObject {
  const { palette } = theme;
  const scope = '[data-queue-rows]';
  const tones = (Object.keys(theme.quorum.tones) as StatusTone[]).map((tone): [string, CSSObject] => [
    `${scope} [data-chip="${tone}"]`,
    chipColours(theme, tone),
  ]);
  const cellPadding = { paddingLeft: theme.spacing(1), paddingRight: theme.spacing(1) };
  return {
    [`${scope} [data-row]`]: {
      display: 'grid',
      gridTemplateColumns: TEMPLATE,
      alignItems: 'center',
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      height: rowHeight,
      borderBottom: `1px solid ${palette.divider}`,
      fontSize: rowHeight < 50 ? '0.8125rem' : '0.875rem',
      '&:hover': { backgroundColor: palette.action.hover },
    },
    [`${scope} [data-row="overdue"]`]: { backgroundColor: 'rgba(211, 47, 47, 0.06)' },
    [`${scope} [data-cell]`]: { ...cellPadding, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    [`${scope} [data-cell="reference"]`]: { fontVariantNumeric: 'tabular-nums', overflow: 'visible' },
    // Subject and stakeholder: two lines, cut at a word ("…"), never inside one; the whole on hover (title).
    [`${scope} [data-cell="subject"], ${scope} [data-cell="stakeholder"]`]: {
      whiteSpace: 'normal',
      display: '-webkit-box',
      WebkitBoxOrient: 'vertical',
      WebkitLineClamp: 2,
      overflowWrap: 'normal',
      wordBreak: 'keep-all',
      lineHeight: 1.3,
    },
    [`${scope} [data-cell="department"]`]: { whiteSpace: 'normal' },
    [`${scope} [data-cell="department"] > span`]: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    [`${scope} [data-cell="department"] > span + span`]: { color: palette.text.secondary, fontSize: '0.75rem' },
    [`${scope} [data-cell="due"][data-overdue]`]: { color: palette.error.main, fontWeight: 600 },
    [`${scope} [data-cell="due"] > span`]: { display: 'block', fontSize: '0.75rem', fontWeight: 400, color: palette.warning.main },
    [`${scope} [data-cell="due"][data-overdue] > span`]: { color: palette.error.main },
    [`${scope} [data-cell="status"]`]: { overflow: 'visible' },
    [`${scope} [data-cell="reference"] a`]: {
      color: palette.primary.main,
      textDecoration: 'underline',
      textDecorationColor: alpha(palette.primary.main, 0.4),
      '&:hover': { textDecorationColor: 'inherit' },
      // The app's keyboard focus ring (the browser's own ring differs from one theme to another).
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    },
    // MUI's small Chip: 24 px high, round ends, a 13 px semibold label 8 px from each end.
    [`${scope} [data-chip]`]: {
      display: 'inline-flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      height: 24,
      padding: '0 7px',
      border: '1px solid transparent',
      borderRadius: 16,
      fontSize: theme.typography.pxToRem(13),
      fontWeight: 600,
      whiteSpace: 'nowrap',
      verticalAlign: 'middle',
    },
    ...Object.fromEntries(tones),
    // A row with keyboard focus (its reference link) opens over the next rows with every text whole.
    // Keyboard focus only (:focus-visible): a row growing under a mouse press would lose the click.
    [`${scope} [data-row]:has(:focus-visible)`]: {
      height: 'auto',
      minHeight: rowHeight,
      zIndex: 1,
      backgroundColor: palette.background.paper,
      boxShadow: theme.shadows[4],
      paddingTop: theme.spacing(1),
      paddingBottom: theme.spacing(1),
    },
    [`${scope} [data-row]:has(:focus-visible) [data-cell]`]: { whiteSpace: 'normal', overflow: 'visible', WebkitLineClamp: 'unset', overflowWrap: 'anywhere' },
    [`${scope} [data-row]:has(:focus-visible) [data-cell="department"] > span`]: { whiteSpace: 'normal', overflow: 'visible' },
  };
}

/** The rows' style sheet, drawn again only when the theme or the density changes. */
const QueueRowStyles = memo(function QueueRowStyles({ rowHeight, theme }: { rowHeight: number; theme: Theme }) {
  const styles = useMemo(() => rowStyles(rowHeight, theme), [rowHeight, theme]);
  return <GlobalStyles styles={styles} />;
});

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
        <RouterLink to={`/queries/${q.id}`}>{q.reference}</RouterLink>
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
        {/* The table says "overdue" beside the due date; the chip keeps to the status and takes its colour. */}
        <span data-chip={queryTone(q.status, overdue, false)}>{QUERY_STATUS_LABELS[q.status]}</span>
      </div>
    </div>
  );
});

/** The column headers, memoised: new rows (a filter, a row synced in) do not draw them again. */
const QueueTableHeader = memo(function QueueTableHeader({ sort, onSort }: { sort: QuerySort; onSort: (sort: QuerySort) => void }) {
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
    <Box role="rowgroup" sx={{ minWidth: MIN_WIDTH }}>
      <Box
        role="row"
        aria-rowindex={1}
        sx={{ display: 'grid', gridTemplateColumns: TEMPLATE, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}
      >
        {COLUMNS.map(header)}
      </Box>
    </Box>
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

const SCROLLER = { height: 'max(320px, calc(100vh - 420px))', overflowY: 'auto', minWidth: MIN_WIDTH, position: 'relative' } as const;

/** How close to the last row read the person scrolls before more is read. */
const NEAR_END_ROWS = 40;

/** Memoised: the page drawn again while a new filter is read (its rows unchanged) does not draw the table. */
export const QueueTable = memo(function QueueTable({ queries, lookups, sort, onSort, today, calendar, timeZone, onNearEnd }: QueueTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const rowHeight = ROW_HEIGHTS[theme.quorum.density];
  // TanStack Virtual returns a new measurement each render by design.
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

  return (
    <Paper variant="outlined" role="table" aria-label="Queries" aria-rowcount={queries.length + 1} sx={{ overflowX: 'auto' }}>
      <QueueRowStyles rowHeight={rowHeight} theme={theme} />
      <QueueTableHeader sort={sort} onSort={onSort} />
      <Box ref={scrollRef} role="rowgroup" data-queue-rows="" sx={SCROLLER}>
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
});
