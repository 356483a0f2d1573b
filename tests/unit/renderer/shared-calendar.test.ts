import { describe, expect, it } from 'vitest';
import { sharedCalendar } from '../../../renderer/src/features/queries/shared-calendar';

describe('sharedCalendar', () => {
  it('gives the same calendar for settings still loading (no holidays) and read with none added', () => {
    expect(sharedCalendar([])).toBe(sharedCalendar([]));
  });

  it('gives the same calendar for equal holidays read twice, and another for other holidays', () => {
    const election = sharedCalendar([{ date: '2026-11-01', name: 'Local government elections' }]);
    expect(sharedCalendar([{ date: '2026-11-01', name: 'Local government elections' }])).toBe(election);
    expect(sharedCalendar([{ date: '2026-11-02', name: 'Local government elections' }])).not.toBe(election);
    expect(sharedCalendar([])).not.toBe(election);
  });

  it('counts the extra holidays it was given as days off', () => {
    // Monday 2 November 2026 made a holiday.
    const calendar = sharedCalendar([{ date: '2026-11-02', name: 'Municipal day' }]);
    expect(calendar.isWorkingDay('2026-11-02')).toBe(false);
    expect(sharedCalendar([]).isWorkingDay('2026-11-02')).toBe(true);
  });
});

describe('sharedCalendar, kept', () => {
  it('takes the holidays in any order as one set', () => {
    const a = { date: '2026-11-01', name: 'Elections' };
    const b = { date: '2026-12-28', name: 'Year-end closure' };
    expect(sharedCalendar([b, a])).toBe(sharedCalendar([a, b]));
  });

  it('keeps the set in use while others come and go', () => {
    const inUse = sharedCalendar([{ date: '2027-03-01', name: 'In use' }]);
    for (let i = 0; i < 20; i += 1) {
      sharedCalendar([{ date: `2027-04-${String(i + 1).padStart(2, '0')}`, name: 'Edited' }]);
      expect(sharedCalendar([{ date: '2027-03-01', name: 'In use' }])).toBe(inUse);
    }
  });
});

describe('sharedCalendar, two holidays on one day', () => {
  it('takes them in either order as one set', () => {
    const a = { date: '2027-05-03', name: 'Day off A' };
    const b = { date: '2027-05-03', name: 'Day off B' };
    expect(sharedCalendar([b, a])).toBe(sharedCalendar([a, b]));
  });
});
