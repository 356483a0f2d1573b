/**
 * Shared renderings of a live query that is still loading or has failed. Loading shows the
 * shape of what is coming (skeleton lines, a table's rows, a page's heading), so the page frame
 * stands at once and nothing jumps when the records arrive; a screen reader hears the label.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactNode } from 'react';
import type { Live } from '../db/use-live';
import { VisuallyHidden } from './VisuallyHidden';

/** What is loading: a few lines of text, a table of rows, or a whole page with its heading. */
export type LoadingShape = 'lines' | 'table' | 'page';

const ROWS: Record<LoadingShape, number> = { lines: 3, table: 6, page: 5 };

export function Loading({ label = 'Loading…', shape = 'lines' }: { label?: string; shape?: LoadingShape }) {
  const still = useMediaQuery('(prefers-reduced-motion: reduce)');
  const animation = still ? false : 'wave';
  return (
    <Box role="status" aria-live="polite" aria-busy="true" sx={{ py: 2 }}>
      <VisuallyHidden>{label}</VisuallyHidden>
      {shape === 'page' ? <Skeleton animation={animation} variant="text" width="45%" sx={{ fontSize: '2rem', mb: 2 }} aria-hidden="true" /> : null}
      {Array.from({ length: ROWS[shape] }, (_, row) =>
        shape === 'table' ? (
          <Skeleton key={row} animation={animation} variant="rectangular" height={36} sx={{ mb: 0.75, borderRadius: 1 }} aria-hidden="true" />
        ) : (
          <Skeleton key={row} animation={animation} variant="text" width={row === ROWS[shape] - 1 ? '60%' : '100%'} aria-hidden="true" />
        ),
      )}
    </Box>
  );
}

/** Renders `children(data)` once the live query is ready; loading and errors otherwise. */
export function LiveView<T>({ live, children, label, shape }: { live: Live<T>; children: (data: T) => ReactNode; label?: string; shape?: LoadingShape }) {
  if (live.status === 'loading') return <Loading {...(label ? { label } : {})} {...(shape ? { shape } : {})} />;
  if (live.status === 'error') return <Alert severity="error">Could not read the records: {live.error.message}</Alert>;
  return <>{children(live.data)}</>;
}
