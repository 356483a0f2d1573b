/** The number of records with competing edits, beside "Conflicts" in the navigation; nothing when there are none. */
import Chip from '@mui/material/Chip';
import { useConflictCount } from '../hooks';

export function ConflictCountBadge() {
  const count = useConflictCount();
  if (count.status !== 'ready' || count.data === 0) return null;
  return <Chip size="small" color="error" label={`${count.data} to settle`} sx={{ ml: 1, fontWeight: 600 }} />;
}
