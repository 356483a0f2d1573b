import Chip from '@mui/material/Chip';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '@shared/schemas/vocabulary';

const COLORS: Record<MeetingStatus, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info'> = {
  draft: 'default',
  notice_issued: 'info',
  in_session: 'warning',
  closed: 'primary',
  minutes_draft: 'secondary',
  minutes_circulated: 'secondary',
  minutes_confirmed: 'success',
  postponed: 'default',
  cancelled: 'error',
  adjourned_no_quorum: 'error',
};

export function MeetingStatusChip({ status }: { status: MeetingStatus }) {
  return <Chip size="small" color={COLORS[status]} label={MEETING_STATUS_LABELS[status]} />;
}
