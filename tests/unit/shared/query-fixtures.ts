/** Small builders of queries for the pure tests. */
import type { StakeholderQuery } from '../../../shared/schemas';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 't', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 't', hasConflict: false };
let n = 0;

export function aQuery(overrides: Partial<StakeholderQuery> = {}): StakeholderQuery {
  n += 1;
  return {
    id: `q${n}`,
    reference: `Q-2026-${String(n).padStart(4, '0')}-K7`,
    stakeholderId: 's1',
    channel: 'phone',
    subject: `Query ${n}`,
    category: 'Water and sanitation',
    priority: 'normal',
    status: 'in_progress',
    receivedAt: '2026-04-01T08:00:00.000Z',
    dueDate: '2026-04-20',
    departmentId: 'dept-tech',
    officer: 'Rhulani Hlungwani',
    officerId: 'o-rhulani',
    ...overrides,
    ...stamp,
  };
}
