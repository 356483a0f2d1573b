/**
 * Where a key moves the focus in a row of tabs (WAI-ARIA tabs pattern): the arrows to the next or
 * previous tab, wrapping round; Home and End to the first and last. Null for any other key, or
 * when the focus is on no tab of the row.
 */
export function tabFocusTarget(key: string, from: number, count: number): number | null {
  if (count === 0 || from < 0 || from >= count) return null;
  switch (key) {
    case 'ArrowRight':
      return (from + 1) % count;
    case 'ArrowLeft':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
