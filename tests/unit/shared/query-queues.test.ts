import { describe, expect, it } from 'vitest';
import { applyQueryFilters, NO_FILTERS, queueRange, sortQueries, type QueryLookups } from '../../../shared/domain/query-queues';
import { isQueryDueSoon, isQueryOverdue } from '../../../shared/domain/queries';
import { WorkingDayCalendar } from '../../../shared/domain/working-days';
import { aQuery } from './query-fixtures';

const calendar = new WorkingDayCalendar();
const lookups: QueryLookups = {
  stakeholderName: (id) => ({ s1: 'Mrs Dorah Mashele', s2: 'Zoë Nkosi' })[id] ?? '',
  departmentName: (id) => ({ 'dept-tech': 'Technical Services', 'dept-fin': 'Budget and Treasury' })[id] ?? '',
};

describe('work queues', () => {
  it('Overdue reads running statuses due before today; Due soon up to 2 working days ahead', () => {
    // Thursday 2 April 2026: Good Friday and Family Day follow.
    expect(queueRange({ kind: 'overdue' }, '2026-04-02', calendar)).toMatchObject({ dueBefore: '2026-04-02' });
    expect(queueRange({ kind: 'overdue' }, '2026-04-02', calendar).statuses).not.toContain('awaiting_stakeholder');
    expect(queueRange({ kind: 'due_soon' }, '2026-04-02', calendar)).toMatchObject({ dueFrom: '2026-04-02', dueTo: '2026-04-08' });
    expect(queueRange({ kind: 'mine', officerId: 'official-thuli' }, '2026-04-02', calendar)).toMatchObject({ officerId: 'official-thuli' });
    // A laptop whose person has not said which official they are has no queries of its own, not the unassigned ones.
    expect(queueRange({ kind: 'mine' }, '2026-04-02', calendar).statuses).toEqual([]);
    expect(queueRange({ kind: 'department', departmentId: 'dept-fin' }, '2026-04-02', calendar)).toMatchObject({ departmentId: 'dept-fin' });
    expect(queueRange({ kind: 'all' }, '2026-04-02', calendar).byReceived).toBe(true);
  });

  it('agrees with the overdue and due-soon rules', () => {
    const today = '2026-04-02';
    expect(isQueryDueSoon(aQuery({ dueDate: '2026-04-08' }), today, calendar)).toBe(true);
    expect(isQueryDueSoon(aQuery({ dueDate: '2026-04-09' }), today, calendar)).toBe(false);
    expect(isQueryDueSoon(aQuery({ dueDate: '2026-04-02', status: 'awaiting_stakeholder' }), today, calendar)).toBe(false);
    expect(isQueryOverdue(aQuery({ dueDate: '2026-04-01' }), today)).toBe(true);
  });

  it('filters by status, department, category, ward, priority, channel and received dates', () => {
    const queries = [
      aQuery({ status: 'new', ward: '4' }),
      aQuery({ departmentId: 'dept-fin', category: 'Rates and billing', priority: 'high', channel: 'email' }),
      aQuery({ receivedAt: '2026-03-31T22:30:00.000Z' }), // 1 April in Johannesburg
    ];
    const by = (f: Partial<typeof NO_FILTERS>) => applyQueryFilters(queries, { ...NO_FILTERS, ...f }, lookups).map((q) => q.id);
    expect(by({ status: 'new' })).toEqual([queries[0]!.id]);
    expect(by({ ward: ' 4 ' })).toEqual([queries[0]!.id]);
    expect(by({ departmentId: 'dept-fin' })).toEqual([queries[1]!.id]);
    expect(by({ category: 'Rates and billing', priority: 'high', channel: 'email' })).toEqual([queries[1]!.id]);
    expect(by({ receivedFrom: '2026-04-01', receivedTo: '2026-04-01' })).toHaveLength(3);
    expect(by({ receivedTo: '2026-03-31' })).toEqual([]);
  });

  it('searches every word in reference, subject, description and the stakeholder’s name, ignoring accents', () => {
    const pipe = aQuery({ subject: 'Burst water pipe on Marula Street', stakeholderId: 's1' });
    const rates = aQuery({ subject: 'Rates account', stakeholderId: 's2', description: 'Uses the <b>old</b> valuation' });
    const search = (text: string) => applyQueryFilters([pipe, rates], { ...NO_FILTERS, text }, lookups).map((q) => q.id);
    expect(search('marula pipe')).toEqual([pipe.id]);
    expect(search('zoe')).toEqual([rates.id]);
    expect(search('<b>old')).toEqual([rates.id]);
    expect(search(pipe.reference.toLowerCase())).toEqual([pipe.id]);
    expect(search('pipe rates')).toEqual([]);
  });

  it('sorts by any column, with stable ties', () => {
    const a = aQuery({ priority: 'low', dueDate: '2026-04-10', stakeholderId: 's2' });
    const b = aQuery({ priority: 'urgent', dueDate: '2026-04-09', stakeholderId: 's1' });
    const c = aQuery({ priority: 'urgent', dueDate: '2026-04-08', stakeholderId: 's1' });
    expect(sortQueries([a, b, c], { key: 'priority', direction: 'desc' }, lookups).map((q) => q.id)).toEqual([c.id, b.id, a.id]);
    expect(sortQueries([a, b, c], { key: 'dueDate', direction: 'asc' }, lookups).map((q) => q.id)).toEqual([c.id, b.id, a.id]);
    expect(sortQueries([a, b, c], { key: 'stakeholder', direction: 'asc' }, lookups).map((q) => q.id)).toEqual([c.id, b.id, a.id]);
  });
});
