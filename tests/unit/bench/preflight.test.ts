import { describe, expect, it } from 'vitest';
import { BASE_DISK_MB, BASE_MEMORY_MB, DISK_PER_METRO_MB, MEMORY_PER_METRO_MB, estimateNeeds, fitProblem, largestScale } from '../../../bench/preflight';
import { staticFirstLoadOf } from '../../../bench/runner/first-load';
import { typedText } from '../../../bench/runner/scenarios/keystroke-text';

describe('preflight: does the data set fit?', () => {
  it('estimates memory and disk from the scale', () => {
    expect(estimateNeeds(1)).toEqual({ memoryMb: BASE_MEMORY_MB + MEMORY_PER_METRO_MB, diskMb: BASE_DISK_MB + DISK_PER_METRO_MB });
    expect(estimateNeeds(0.5).memoryMb).toBeLessThan(estimateNeeds(1).memoryMb);
  });

  it('lets a scale that fits through', () => {
    expect(fitProblem(1, { freeMemoryMb: 20_000, freeDiskMb: 50_000 })).toBeNull();
  });

  it('stops a scale that does not fit with the numbers and the largest that would', () => {
    const message = fitProblem(10, { freeMemoryMb: 8_000, freeDiskMb: 100_000 });
    expect(message).toMatch(/does not fit/);
    expect(message).toMatch(/memory \(8,000 MB free\)/);
    expect(message).not.toMatch(/disk/);
    expect(message).toMatch(/--scale 2\.26/);
    expect(largestScale({ freeMemoryMb: 8_000, freeDiskMb: 100_000 })).toBe(2.26);
  });

  it('names the disk when the disk is short, and says so when nothing fits', () => {
    const message = fitProblem(0.05, { freeMemoryMb: 20_000, freeDiskMb: 300 });
    expect(message).toMatch(/disk \(300 MB free\)/);
    expect(message).toMatch(/Free some memory or disk first/);
    expect(largestScale({ freeMemoryMb: 20_000, freeDiskMb: 300 })).toBe(0);
  });
});

describe('first load of a built index.html', () => {
  it('lists the module entry, its preloads and stylesheets, not icons or remote files', () => {
    const html = `<link rel="icon" href="./quorum.svg" />
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
      <link rel="stylesheet" href="/assets/index-C.css">
      <script src="https://example.org/x.js"></script>`;
    expect(staticFirstLoadOf(html)).toEqual(['assets/index-A.js', 'assets/vendor-B.js', 'assets/index-C.css']);
  });
});

describe('the text typed in the minutes', () => {
  it('has exactly the asked number of keys, letters and single spaces only', () => {
    for (const keys of [1, 30, 60, 500]) {
      const text = typedText(keys);
      expect(text).toHaveLength(keys);
      expect(text).toMatch(/^[a-z ]+$/);
      expect(text).not.toMatch(/ {2}/);
    }
  });
});
