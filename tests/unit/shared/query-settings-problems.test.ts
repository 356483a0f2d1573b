import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_SETTINGS, querySettingsProblems, type QuerySettings } from '../../../shared/settings/query-settings';

const settings = (change: (draft: QuerySettings) => void): QuerySettings => {
  const draft = structuredClone(DEFAULT_QUERY_SETTINGS);
  change(draft);
  return draft;
};

describe('what the query settings form refuses', () => {
  it('accepts the defaults', () => {
    expect(querySettingsProblems(DEFAULT_QUERY_SETTINGS)).toEqual({});
  });

  it('refuses days that are empty, fractional, negative or over a year, a repeated category, and resolving before acknowledging', () => {
    const draft = settings((d) => {
      const first = d.categories[0]!;
      first.acknowledgeDays.low = Number.NaN;
      first.acknowledgeDays.high = 2.5;
      first.resolveDays.normal = 400;
      first.resolveDays.urgent = 0;
      first.acknowledgeDays.urgent = 3;
      d.categories.push({ ...structuredClone(first), name: `  ${first.name.toUpperCase()} ` });
      d.fallback.resolveDays = -1;
      d.escalation.steps = [{ role: 'director', afterWorkingDays: 1.5 }];
    });
    const problems = querySettingsProblems(draft);
    expect(problems['categories.0.acknowledgeDays.low']).toBe('Enter whole working days from 0 to 365.');
    expect(problems['categories.0.acknowledgeDays.high']).toBe('Enter whole working days from 0 to 365.');
    expect(problems['categories.0.resolveDays.normal']).toBe('Enter whole working days from 0 to 365.');
    expect(problems['categories.0.resolveDays.urgent']).toBe('A query cannot be resolved before it is acknowledged.');
    expect(problems[`categories.${draft.categories.length - 1}.name`]).toBe('This category is already in the list.');
    expect(problems['fallback.resolveDays']).toBe('Enter whole working days from 0 to 365.');
    expect(problems['escalation.steps.0.afterWorkingDays']).toBe('Enter whole working days from 0 to 365.');
    expect(problems['categories.0.name']).toBeUndefined();
  });
});
