/** The dashboard's resolution figures: counted as the domain rules say, each status read on its index alone. */
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBeingImplemented, isResolutionOverdue, UNFINISHED_STATUSES } from '../../../shared/domain/resolutions';
import type { Resolution } from '../../../shared/schemas';
import { IMPLEMENTATION_STATUSES } from '../../../shared/schemas/vocabulary';
import { resolutions } from '../shared/documents/support/fixtures';
import { createTestData, type TestData } from '../support/test-database';

describe('the resolution figures', () => {
  let data: TestData;
  let register: Resolution[];
  beforeAll(async () => {
    data = await createTestData();
    register = Array.from({ length: 60 }, (_, i) => {
      const base = resolutions[i % resolutions.length]!;
      // Statuses, outcomes (a failed motion stays "not started") and due dates (past, future, none) all vary.
      const dueDate = i % 3 === 0 ? '2026-10-01' : i % 3 === 1 ? '2027-02-01' : undefined;
      const { dueDate: _omitted, ...rest } = base;
      return {
        ...rest,
        id: `r-gen-${i}`,
        number: `C ${String(i + 1).padStart(3, '0')}/2026`,
        status: IMPLEMENTATION_STATUSES[i % IMPLEMENTATION_STATUSES.length]!,
        outcome: i % 4 === 3 ? 'failed' : 'carried',
        ...(dueDate ? { dueDate } : {}),
      };
    });
    await data.db.resolutions.bulkInsert(register);
  });
  afterAll(async () => {
    await data.db.remove();
  });

  it('count the carried resolutions being implemented and those overdue, as the domain rules do', async () => {
    const today = '2026-12-02';
    const figures = await firstValueFrom(data.repos.resolutions.watchImplementationFigures(today));
    const want = { beingImplemented: register.filter(isBeingImplemented).length, overdue: register.filter((r) => isResolutionOverdue(r, today)).length };
    expect(want.beingImplemented).toBeGreaterThan(0);
    expect(want.overdue).toBeGreaterThan(0);
    expect(want.overdue).toBeLessThan(register.filter((r) => UNFINISHED_STATUSES.includes(r.status)).length);
    expect(figures).toEqual(want);
  });

  it.each([...UNFINISHED_STATUSES])('%s is read on the status index alone, in its order', (status) => {
    const plan = data.db.resolutions.find({ selector: { status: { $eq: status } }, sort: [{ status: 'asc' }, { id: 'asc' }] }).getPreparedQuery().queryPlan;
    expect(plan.selectorSatisfiedByIndex).toBe(true);
    expect(plan.sortSatisfiedByIndex).toBe(true);
  });
});
