/**
 * Shares a whole number out in proportion to weights, with a floor and a ceiling per share, so
 * the generated set has exactly the sizes asked for (40,000 agenda items, not 39,987).
 */

export interface AllocationLimits {
  min?: number;
  /** Per share; a share never exceeds its cap. */
  caps?: readonly number[];
}

/** Integer shares of `total` proportional to `weights`; their sum is `total` unless the caps forbid it. */
export function allocate(total: number, weights: readonly number[], limits: AllocationLimits = {}): number[] {
  const n = weights.length;
  const caps = limits.caps ?? weights.map(() => Number.POSITIVE_INFINITY);
  const counts = weights.map((_, i) => Math.min(limits.min ?? 0, caps[i] ?? Number.POSITIVE_INFINITY));
  let remaining = total - counts.reduce((sum, c) => sum + c, 0);
  if (remaining < 0) throw new RangeError(`Cannot share ${total} among ${n} with at least ${limits.min ?? 0} each.`);
  while (remaining > 0) {
    const open = counts.flatMap((count, i) => (count < (caps[i] ?? Number.POSITIVE_INFINITY) && (weights[i] ?? 0) > 0 ? [i] : []));
    if (open.length === 0) break;
    const weightSum = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    const fractions: { i: number; fraction: number }[] = [];
    let given = 0;
    for (const i of open) {
      const exact = (remaining * (weights[i] ?? 0)) / weightSum;
      const room = (caps[i] ?? Number.POSITIVE_INFINITY) - (counts[i] ?? 0);
      const whole = Math.min(Math.floor(exact), room);
      counts[i] = (counts[i] ?? 0) + whole;
      given += whole;
      if (whole < room) fractions.push({ i, fraction: exact - Math.floor(exact) });
    }
    remaining -= given;
    // The leftovers of rounding go one each to the largest fractions (ties to the lower index).
    fractions.sort((a, b) => b.fraction - a.fraction || a.i - b.i);
    for (const { i } of fractions) {
      if (remaining === 0) break;
      counts[i] = (counts[i] ?? 0) + 1;
      remaining -= 1;
    }
    if (given === 0 && fractions.length === 0) break;
  }
  return counts;
}
