/**
 * Checks made before anything is built or started: does the data set fit in this machine's free
 * memory and disk? The figures per metro (scale 1) are estimates with a margin: a metro-scale
 * browser profile had passed 670 MB of IndexedDB with its seeding still running. A size that
 * cannot fit fails at once with the numbers and the largest scale that would, instead of after
 * half an hour of seeding.
 */

/** Chromium's IndexedDB for the metro data set plus the browser profile. */
export const DISK_PER_METRO_MB = 2_400;
/** The browser holding the app over the full data set, plus Node's server. */
export const MEMORY_PER_METRO_MB = 3_000;
/** Chromium, the build and pouchdb-server before any data. */
export const BASE_DISK_MB = 600;
export const BASE_MEMORY_MB = 1_200;

export interface Resources {
  freeMemoryMb: number;
  freeDiskMb: number;
}

export interface Needs {
  memoryMb: number;
  diskMb: number;
}

export function estimateNeeds(scale: number): Needs {
  return {
    memoryMb: Math.round(BASE_MEMORY_MB + MEMORY_PER_METRO_MB * scale),
    diskMb: Math.round(BASE_DISK_MB + DISK_PER_METRO_MB * scale),
  };
}

/** The largest scale that fits, to two decimals, rounded down; 0 when nothing fits. */
export function largestScale(resources: Resources): number {
  const byMemory = (resources.freeMemoryMb - BASE_MEMORY_MB) / MEMORY_PER_METRO_MB;
  const byDisk = (resources.freeDiskMb - BASE_DISK_MB) / DISK_PER_METRO_MB;
  return Math.max(0, Math.floor(Math.min(byMemory, byDisk) * 100) / 100);
}

/** Null when the scale fits; otherwise the message to stop with. */
export function fitProblem(scale: number, resources: Resources): string | null {
  const needs = estimateNeeds(scale);
  const short: string[] = [];
  if (needs.memoryMb > resources.freeMemoryMb)
    short.push(`about ${needs.memoryMb.toLocaleString('en-US')} MB of memory (${resources.freeMemoryMb.toLocaleString('en-US')} MB free)`);
  if (needs.diskMb > resources.freeDiskMb)
    short.push(`about ${needs.diskMb.toLocaleString('en-US')} MB of disk (${resources.freeDiskMb.toLocaleString('en-US')} MB free)`);
  if (short.length === 0) return null;
  const fits = largestScale(resources);
  return `The data set at --scale ${scale} does not fit on this machine: it needs ${short.join(' and ')}. ${
    fits > 0 ? `The largest scale that fits is about ${fits}: run with --scale ${fits} (or --quick).` : 'Free some memory or disk first.'
  }`;
}
