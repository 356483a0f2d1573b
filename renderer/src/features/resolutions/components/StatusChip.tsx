import { IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus } from '@shared/schemas/vocabulary';
import { IMPLEMENTATION_STATUS_TONES } from '../../../app/design-tokens';
import { StatusChip } from '../../../ui/StatusChip';

export function ImplementationStatusChip({ status }: { status: ImplementationStatus }) {
  return <StatusChip tone={IMPLEMENTATION_STATUS_TONES[status]} label={IMPLEMENTATION_STATUS_LABELS[status]} />;
}
