/** Shared renderings of a live query that is still loading or has failed. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import type { ReactNode } from 'react';
import type { Live } from '../db/use-live';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
      <CircularProgress size={24} aria-hidden="true" />
      <span>{label}</span>
    </Box>
  );
}

/** Renders `children(data)` once the live query is ready; loading and errors otherwise. */
export function LiveView<T>({ live, children, label }: { live: Live<T>; children: (data: T) => ReactNode; label?: string }) {
  if (live.status === 'loading') return <Loading {...(label ? { label } : {})} />;
  if (live.status === 'error') return <Alert severity="error">Could not read the records: {live.error.message}</Alert>;
  return <>{children(live.data)}</>;
}
