/**
 * The register's tools, kept in view while the rows scroll: the live quorum, the search, marking
 * everyone else present, and what went wrong with the last change.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { QuorumState } from '@shared/domain/attendance';
import { QuorumIndicator } from './QuorumIndicator';
import { SearchField } from './RegisterControls';

export function RegisterTools({
  quorum,
  when,
  search,
  onSearch,
  onSearchEnter,
  open,
  allRecorded,
  onMarkAllPresent,
  error,
  onDismissError,
}: {
  quorum: QuorumState;
  when: string | undefined;
  search: string;
  onSearch: (value: string) => void;
  onSearchEnter: () => void;
  open: boolean;
  allRecorded: boolean;
  onMarkAllPresent: () => void;
  error: string | null;
  onDismissError: () => void;
}) {
  return (
    <Box
      role="group"
      aria-label="Quorum and register tools"
      sx={{
        position: 'sticky',
        top: { xs: 56, sm: 64 },
        zIndex: 3,
        bgcolor: 'background.paper',
        mx: -2,
        px: 2,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <QuorumIndicator state={quorum} when={when} />
        <Box sx={{ flex: 1 }} />
        <SearchField value={search} onChange={onSearch} onEnter={onSearchEnter} />
        {open ? (
          <Button variant="outlined" size="small" onClick={onMarkAllPresent} disabled={allRecorded}>
            Mark everyone else present
          </Button>
        ) : null}
      </Box>
      {error ? (
        <Alert severity="error" onClose={onDismissError} sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
