/**
 * Shrunk sequences from torture runs, kept as regular tests (docs/sync-torture.md). Each is
 * replayed from empty (fresh databases, fresh laptops) with every invariant checked at the end.
 *
 * - "minutes typed on two laptops": found by the torture run with Quorum's conflict handler
 *   replaced by RxDB's default one (which keeps the server's version): seed 2 failed in round 1
 *   and the shrinker cut its 21 operations to these 2 in 21 replays. The second laptop types into
 *   an item whose newer minutes it has not pulled yet; the first text must survive as a
 *   competing version. It guards the merge that keeps both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../torture/engine';
import type { Op } from '../torture/ops';
import { startSyncServer, type TestSyncServer } from './support/sync-server';

let server: TestSyncServer;

beforeAll(async () => {
  server = await startSyncServer();
});

afterAll(async () => {
  await server.dispose();
});

const burst = (words: string, saves: number) => Array.from({ length: saves }, (_, n) => `${words}${' and then more'.repeat(n)}`);

const SEQUENCES: Array<{ name: string; ops: Op[] }> = [
  {
    name: 'minutes typed on two laptops, the second before it pulled the first',
    ops: [
      { kind: 'minutes', laptop: 1, item: 'f1.1', texts: burst('Council discussed 2.1 🙂 ✔', 4) },
      { kind: 'minutes', laptop: 2, item: 'f1.1', texts: burst('Council discussed 2.8', 4) },
    ],
  },
];

describe('torture regressions', () => {
  for (const sequence of SEQUENCES) {
    it(`keeps everything: ${sequence.name}`, async () => {
      const result = await replay(sequence.ops, { server, laptops: 3 });
      expect(result.violations).toEqual([]);
      expect(result.stats.writes).toBeGreaterThan(0);
    }, 180_000);
  }
});
