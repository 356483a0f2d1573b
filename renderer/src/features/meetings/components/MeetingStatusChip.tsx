import { MEETING_STATUS_LABELS, type MeetingStatus } from '@shared/schemas/vocabulary';
import { MEETING_STATUS_TONES } from '../../../app/design-tokens';
import { StatusChip } from '../../../ui/StatusChip';

export function MeetingStatusChip({ status }: { status: MeetingStatus }) {
  return <StatusChip tone={MEETING_STATUS_TONES[status]} label={MEETING_STATUS_LABELS[status]} />;
}
