/** A generated register of stakeholder queries for tests that read queues (deterministic). */
import { addCalendarDays } from '../../../shared/domain/time';
import type { StakeholderQuery } from '../../../shared/schemas';
import { QUERY_STATUSES } from '../../../shared/schemas/vocabulary';

export const GENERATED_TODAY = '2026-04-14';

/** A register of queries spread over statuses, departments, officers and due dates (deterministic). */
export function generateQueries(count: number, today = GENERATED_TODAY): StakeholderQuery[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const stamp = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'gen', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'gen', hasConflict: false };
  return Array.from({ length: count }, (_, i) => {
    // Most of a real register is closed.
    const status = random() < 0.7 ? 'closed' : QUERY_STATUSES[Math.floor(random() * QUERY_STATUSES.length)]!;
    const received = addCalendarDays(today, -Math.floor(random() * 400));
    const due = addCalendarDays(received, 5 + Math.floor(random() * 30));
    const finished = status === 'resolved' || status === 'closed';
    return {
      id: `gen-${i}`,
      reference: `Q-2026-${String(i + 1).padStart(5, '0')}-GN`,
      stakeholderId: `s-${i % 500}`,
      channel: 'phone',
      subject: `Generated query ${i}`,
      category: 'Other',
      priority: 'normal',
      status,
      receivedAt: `${received}T08:00:00.000Z`,
      dueDate: due,
      departmentId: status === 'new' ? '' : `dept-${i % 6}`,
      officer: status === 'new' ? '' : `Officer ${i % 9}`,
      officerId: status === 'new' ? '' : `official-${i % 9}`,
      ...(finished ? { outcome: 'Done' } : {}),
      ...(status === 'awaiting_stakeholder' ? { pausedSince: `${received}T09:00:00.000Z` } : {}),
      ...stamp,
    } satisfies StakeholderQuery;
  });
}
