/** Moves an entry of a list one place up or down (the list is copied; the ends stay put). */

export function moveInList<T>(list: T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const target = index + by;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
