import { describe, expect, it } from 'vitest';
import { IMPLEMENTATION_STATUSES, MEETING_STATUSES, QUERY_STATUSES } from '@shared/schemas/vocabulary';
import {
  CHART_PALETTE,
  IMPLEMENTATION_STATUS_TONES,
  MEETING_STATUS_TONES,
  MODE_COLOURS,
  QUERY_STATUS_TONES,
  TONE_COLOURS,
  colourDistance,
  contrastRatio,
  queryTone,
  resolveColourMode,
  simulateVision,
  type ColourMode,
  type StatusTone,
} from '../../../renderer/src/app/design-tokens';

const MODES: ColourMode[] = ['light', 'dark'];
const TONES = Object.keys(TONE_COLOURS.light) as StatusTone[];

describe('status colours', () => {
  it('give every status of every kind a tone, and nothing that is not a status', () => {
    expect(Object.keys(MEETING_STATUS_TONES).sort()).toEqual([...MEETING_STATUSES].sort());
    expect(Object.keys(IMPLEMENTATION_STATUS_TONES).sort()).toEqual([...IMPLEMENTATION_STATUSES].sort());
    expect(Object.keys(QUERY_STATUS_TONES).sort()).toEqual([...QUERY_STATUSES].sort());
    for (const tone of [...Object.values(MEETING_STATUS_TONES), ...Object.values(IMPLEMENTATION_STATUS_TONES), ...Object.values(QUERY_STATUS_TONES)]) {
      expect(TONES).toContain(tone);
    }
  });

  it('mean the same thing everywhere: done is success, overdue is danger, withdrawn is muted', () => {
    expect(MEETING_STATUS_TONES.minutes_confirmed).toBe('success');
    expect(IMPLEMENTATION_STATUS_TONES.implemented).toBe('success');
    expect(QUERY_STATUS_TONES.resolved).toBe('success');
    expect(IMPLEMENTATION_STATUS_TONES.overdue).toBe('danger');
    expect(queryTone('in_progress', true, false)).toBe('danger');
    expect(queryTone('in_progress', false, true)).toBe('warning');
    expect(queryTone('resolved', true, false)).toBe('success');
    expect(MEETING_STATUS_TONES.cancelled).toBe('muted');
    expect(IMPLEMENTATION_STATUS_TONES.revoked).toBe('muted');
    expect(QUERY_STATUS_TONES.closed).toBe('muted');
  });

  it.each(MODES)('have chip text readable on its fill (WCAG AA, 4.5:1) in the %s theme', (mode) => {
    for (const tone of TONES) {
      const { fill, text } = TONE_COLOURS[mode][tone];
      expect(contrastRatio(fill, text), `${mode} ${tone}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(MODES)('keep tones apart from each other in the %s theme', (mode) => {
    const fills = TONES.filter((t) => !TONE_COLOURS[mode][t].outlined).map((t) => TONE_COLOURS[mode][t].fill);
    for (let i = 0; i < fills.length; i++) for (let j = i + 1; j < fills.length; j++) expect(colourDistance(fills[i]!, fills[j]!)).toBeGreaterThan(15);
  });
});

describe('theme colours', () => {
  it.each(MODES)('have body and secondary text at AA contrast on the %s page and cards', (mode) => {
    const c = MODE_COLOURS[mode];
    for (const surface of [c.background, c.paper]) {
      expect(contrastRatio(c.text, surface)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(c.textSecondary, surface)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(c.primary, c.primaryText)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.secondary, c.secondaryText)).toBeGreaterThanOrEqual(4.5);
    // Primary-coloured text and links on cards.
    expect(contrastRatio(c.primary, c.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it('follow the system unless the person chose light or dark', () => {
    expect(resolveColourMode('system', true)).toBe('dark');
    expect(resolveColourMode('system', false)).toBe('light');
    expect(resolveColourMode(undefined, true)).toBe('dark');
    expect(resolveColourMode('light', true)).toBe('light');
    expect(resolveColourMode('dark', false)).toBe('dark');
  });
});

describe('chart palette', () => {
  it.each(MODES)('draws every series at 3:1 against the %s card (WCAG non-text contrast)', (mode) => {
    for (const colour of CHART_PALETTE[mode]) expect(contrastRatio(colour, MODE_COLOURS[mode].paper), colour).toBeGreaterThanOrEqual(3);
  });

  it.each(MODES)('keeps the first four series apart for colour-blind readers in the %s theme', (mode) => {
    const series = CHART_PALETTE[mode].slice(0, 4);
    for (const vision of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const seen = series.map((c) => simulateVision(c, vision));
      for (let i = 0; i < seen.length; i++)
        for (let j = i + 1; j < seen.length; j++) expect(colourDistance(seen[i]!, seen[j]!), `${vision} ${series[i]} ${series[j]}`).toBeGreaterThan(10);
    }
  });

  it('simulates colour blindness as it should: red and green look alike to a deuteranope', () => {
    expect(colourDistance('#d62728', '#2ca02c')).toBeGreaterThan(50);
    expect(colourDistance(simulateVision('#d62728', 'deuteranopia'), simulateVision('#2ca02c', 'deuteranopia'))).toBeLessThan(25);
  });
});
