/**
 * Axes for the dashboard's charts: counts are whole numbers, so their ticks are too (never "0.2
 * queries"), and a band axis is as wide as its longest label so no department's name is cut.
 */

const STEPS = [1, 2, 5];

/**
 * Whole-number ticks from 0 that cover `max` in at most `maxTicks` steps: 1, 2, 5, 10, 20, 50…
 * apart. The last tick is at or above the largest value, so the axis ends on a labelled line.
 */
export function integerTicks(max: number, maxTicks = 5): number[] {
  const top = Number.isFinite(max) && max > 0 ? Math.ceil(max) : 1;
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = STEPS.map((s) => s * magnitude).find((s) => Math.ceil(top / s) <= maxTicks);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const last = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= last; t += step) ticks.push(t);
  return ticks;
}

/** The settings of a count axis for MUI X Charts: from 0 to the last whole tick, labelled in whole numbers. */
export function countAxis(values: readonly number[], maxTicks = 5) {
  const ticks = integerTicks(Math.max(0, ...values.filter((v) => Number.isFinite(v))), maxTicks);
  return {
    min: 0,
    max: ticks[ticks.length - 1] ?? 1,
    tickInterval: ticks,
    tickMinStep: 1,
    valueFormatter: (value: number) => String(Math.round(value)),
  };
}

/**
 * The width (px) a band axis needs for its longest label at the charts' 12 px tick font, with room
 * for the tick; at most `cap`, past which a label ends in "…" and is read in full in the table view
 * and the tooltip.
 */
export function bandLabelWidth(labels: readonly string[], cap = 300): number {
  const longest = Math.max(0, ...labels.map((l) => [...l].length));
  return Math.min(cap, Math.max(60, Math.ceil(longest * 6.9) + 16));
}

/**
 * A month's tick on a 12-month axis in a half-width card: "Jun", so twelve labels fit whole; the
 * card's description names the first and last month with their years, and the tooltip and the
 * table keep "May 2025".
 */
export function monthTick(label: string): string {
  const match = /^(\S+)\s+\d{4}$/.exec(label);
  return match?.[1] ?? label;
}
