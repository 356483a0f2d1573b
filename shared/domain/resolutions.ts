/** Rules about resolutions in the register. */
import type { Resolution } from '../schemas';

/** A carried resolution past its due date and not yet implemented or revoked. */
export function isResolutionOverdue(
  resolution: Pick<Resolution, 'outcome' | 'status' | 'dueDate'>,
  today: string,
): boolean {
  if (resolution.outcome !== 'carried' || !resolution.dueDate) return false;
  if (resolution.status === 'implemented' || resolution.status === 'revoked') return false;
  return resolution.dueDate < today;
}
