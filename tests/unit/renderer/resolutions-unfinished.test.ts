/** The dashboard's unfinished resolutions: exactly those not finished, each status read on its index alone. */
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNFINISHED_STATUSES } from '../../../shared/domain/resolutions';
import type { Resolution } from '../../../shared/schemas';
import { IMPLEMENTATION_STATUSES } from '../../../shared/schemas/vocabulary';
import { resolutions } from '../shared/documents/support/fixtures';
import { createTestData, type TestData } from '../support/test-database';

describe('unfinished resolutions', () => {
  let data: TestData;
  let register: Resolution[];
  beforeAll(async () => {
    data = await createTestData();
    register = Array.from({ length: 60 }, (_, i) => {
      const base = resolutions[i % resolutions.length]!;
      return { ...base, id: `r-gen-${i}`, number: `C ${String(i + 1).padStart(3, '0')}/2026`, status: IMPLEMENTATION_STATUSES[i % IMPLEMENTATION_STATUSES.length]! };
    });
    await data.db.resolutions.bulkInsert(register);
  });
  afterAll(async () => {
    await data.db.remove();
  });

  it('are every resolution whose implementation is not finished, and no other', async () => {
    const unfinished = await firstValueFrom(data.repos.resolutions.watchUnfinished());
    const want = register.filter((r) => UNFINISHED_STATUSES.includes(r.status)).map((r) => r.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(register.length);
    expect(unfinished.map((r) => r.id).sort()).toEqual(want.sort());
  });

  it.each([...UNFINISHED_STATUSES])('%s is read on the status index alone, in its order', (status) => {
    const plan = data.db.resolutions.find({ selector: { status: { $eq: status } }, sort: [{ status: 'asc' }, { id: 'asc' }] }).getPreparedQuery().queryPlan;
    expect(plan.selectorSatisfiedByIndex).toBe(true);
    expect(plan.sortSatisfiedByIndex).toBe(true);
  });
});
