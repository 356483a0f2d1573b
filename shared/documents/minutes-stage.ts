/** Whether minutes are still a draft: they stay one until a later meeting confirms them. */
import type { Meeting } from '../schemas';

export type MinutesStage = 'draft' | 'confirmed';

export function minutesStage(meeting: Pick<Meeting, 'status' | 'confirmedAt'>): MinutesStage {
  return meeting.confirmedAt || meeting.status === 'minutes_confirmed' ? 'confirmed' : 'draft';
}
