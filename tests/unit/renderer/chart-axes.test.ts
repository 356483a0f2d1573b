import { describe, expect, it } from 'vitest';
import { bandLabelWidth, countAxis, integerTicks, monthTick } from '../../../renderer/src/features/dashboard/chart-axes';

describe('count axes of the dashboard charts', () => {
  it('tick whole numbers only, from 0 to at least the largest count', () => {
    expect(integerTicks(1)).toEqual([0, 1]);
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0)).toEqual([0, 1]);
    expect(integerTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(integerTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(integerTicks(1234)).toEqual([0, 500, 1000, 1500]);
    for (let max = 0; max <= 500; max += 7) {
      const ticks = integerTicks(max);
      expect(ticks.every((t) => Number.isInteger(t))).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
    }
  });

  it('survive odd input: fractions round up, nothing or NaN gives 0 to 1', () => {
    expect(integerTicks(2.4)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(Number.NaN)).toEqual([0, 1]);
    expect(integerTicks(-4)).toEqual([0, 1]);
    expect(countAxis([]).max).toBe(1);
  });

  it('give the chart an axis that ends on its last tick and labels whole numbers', () => {
    const axis = countAxis([3, 1, 1, 0]);
    expect(axis).toMatchObject({ min: 0, max: 3, tickInterval: [0, 1, 2, 3], tickMinStep: 1 });
    expect(axis.valueFormatter(2.0000001)).toBe('2');
  });

  it('make a band axis wide enough for its longest label, within a cap', () => {
    const short = bandLabelWidth(['Finance']);
    const long = bandLabelWidth(['Office of the Municipal Manager']);
    expect(long).toBeGreaterThan(short);
    expect(long).toBeGreaterThanOrEqual(31 * 6.5);
    expect(bandLabelWidth(['x'.repeat(500)])).toBe(300);
  });
});

describe('month ticks of the 12-month trend', () => {
  it('name the month only (the card says which months, with their years)', () => {
    expect(monthTick('May 2025')).toBe('May');
    expect(monthTick('Sept 2025')).toBe('Sept');
    expect(monthTick('something else')).toBe('something else');
  });
});
