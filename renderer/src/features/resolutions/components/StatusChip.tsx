import Chip from '@mui/material/Chip';
import { IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus } from '@shared/schemas/vocabulary';

const COLOURS: Record<ImplementationStatus, 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  not_started: 'default',
  in_progress: 'info',
  implemented: 'success',
  overdue: 'error',
  revoked: 'warning',
};

export function ImplementationStatusChip({ status }: { status: ImplementationStatus }) {
  return <Chip size="small" color={COLOURS[status]} label={IMPLEMENTATION_STATUS_LABELS[status]} />;
}
