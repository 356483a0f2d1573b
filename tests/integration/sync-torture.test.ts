/**
 * The short torture run of CI (issue 17, docs/sync-torture.md): fixed seeds, three laptops, a
 * few hundred operations, against the server tests/integration/support/sync-server.ts starts
 * (pouchdb-server, or Apache CouchDB 3.5 with QUORUM_TEST_SERVER=couchdb). A failure prints the
 * seed, the round and the smallest sequence of operations that reproduces it, ready to become a
 * regular test (as tests/integration/sync-torture-regressions.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFailure, runTorture, summaryLine, type TortureResult } from '../torture/torture';
import { serverFor } from '../torture/couchdb-server';
import type { TestSyncServer } from './support/sync-server';

// One seed against Apache CouchDB (it runs again there, after the whole suite): CI stays within its time.
const SEEDS = process.env.QUORUM_TEST_SERVER === 'couchdb' ? [11] : [11, 12, 13];
const ROUNDS = 3;
const OPS_PER_ROUND = 25;
const LAPTOPS = 3;

let server: TestSyncServer;

beforeAll(async () => {
  server = await serverFor(process.env.QUORUM_TEST_SERVER === 'couchdb' ? 'couchdb' : 'pouchdb');
});

afterAll(async () => {
  await server.dispose();
});

describe('sync torture (short run)', () => {
  // 150 s on a quiet machine, 470 s with a load average of 17 on 2 cores (docs/sync-torture.md):
  // the time allowed leaves room for a loaded machine and for shrinking a failure.
  it(`keeps everything people saved through ${SEEDS.length} seeded runs of offline work and faults`, async () => {
    const results: TortureResult[] = [];
    for (const seed of SEEDS) {
      const result = await runTorture({ seed, rounds: ROUNDS, laptops: LAPTOPS, opsPerRound: OPS_PER_ROUND, shrinkMs: 120_000 }, { server, laptops: LAPTOPS });
      results.push(result);
      if (result.failure) console.log(formatFailure(result.failure));
    }
    console.log(summaryLine(results, process.env.QUORUM_TEST_SERVER ?? 'pouchdb'));
    const total = results.reduce((sum, r) => sum + r.stats.ops, 0);
    // About 78 operations a seed (three rounds of 25, less the few the app refuses).
    expect(total).toBeGreaterThan(SEEDS.length * 60);
    // Every kind of fault happened at least once.
    const faults = results.reduce((sum, r) => sum + r.stats.faults.kill, 0);
    expect(faults).toBeGreaterThan(0);
    expect(results.flatMap((r) => (r.failure ? [formatFailure(r.failure)] : []))).toEqual([]);
  }, 900_000);
});
