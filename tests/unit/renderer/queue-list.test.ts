/** The work queue page's words for what it lists: the queue from the URL and the filters named in the Word report. */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../shared/domain/query-queues';
import { appliedFilters, isQueueKind } from '../../../renderer/src/features/queries/queue-list';

const names = { department: (id: string) => ({ d1: 'Roads', d2: 'Water' })[id] ?? '', officer: () => 'Thabo Nkosi' };

describe('the listed queue', () => {
  it('reads a queue from the URL only when it is one', () => {
    expect(isQueueKind('overdue')).toBe(true);
    expect(isQueueKind('nonsense')).toBe(false);
    expect(isQueueKind(null)).toBe(false);
  });

  it('names the queue, whose it is, and every filter chosen', () => {
    expect(
      appliedFilters({ queue: 'department', departmentId: 'd1', filters: { ...NO_FILTERS, departmentId: 'd2' }, text: '', defaultFrom: '2026-01-01' }, names),
    ).toEqual([
      { label: 'Queue', value: 'By department' },
      { label: 'Department', value: 'Roads' },
    ]);
    expect(
      appliedFilters(
        {
          queue: 'mine',
          departmentId: 'd1',
          filters: { ...NO_FILTERS, status: 'new', ward: ' 12 ', receivedTo: '2026-03-31' },
          text: ' pothole ',
          defaultFrom: '2026-01-01',
        },
        names,
      ),
    ).toEqual([
      { label: 'Queue', value: 'My queries' },
      { label: 'Responsible officer', value: 'Thabo Nkosi' },
      { label: 'Status', value: 'New' },
      { label: 'Ward', value: '12' },
      { label: 'Received to', value: '2026-03-31' },
      { label: 'Search', value: 'pothole' },
    ]);
  });

  it('says where All queries starts when no Received from is chosen', () => {
    expect(appliedFilters({ queue: 'all', departmentId: '', filters: NO_FILTERS, text: '', defaultFrom: '2026-01-01' }, names)).toContainEqual({
      label: 'Received from',
      value: '2026-01-01',
    });
  });
});
