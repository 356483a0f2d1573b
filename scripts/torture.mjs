#!/usr/bin/env node
// The sync torture run (issue 17; docs/sync-torture.md):
//   npm run torture -- --seed 7 --rounds 20 --laptops 3 --server pouchdb
// Options: --seeds 1,2,3 (several seeds), --ops 20 (operations per round), --shrink-minutes 10,
// --log-file FILE (every operation), --verbose (print every operation).
// `--server couchdb` runs against Apache CouchDB 3.5 (QUORUM_TEST_SERVER=couchdb, read by
// tests/integration/support/sync-server.ts). Exits 1 on a failure, after printing the seed, the
// round and the smallest sequence of operations that reproduces it.
//
// The run imports the app's renderer modules, which read Vite's `import.meta.env`: it runs under
// Vitest (tests/torture/vitest.config.ts, the same settings as the tests) with its arguments
// passed in TORTURE_ARGS.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = process.argv.slice(2);
const serverAt = args.indexOf('--server');
const server = serverAt >= 0 ? args[serverAt + 1] : 'pouchdb';
if (server !== 'pouchdb' && server !== 'couchdb') {
  console.error('--server must be couchdb or pouchdb');
  process.exit(2);
}
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/torture/vitest.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    // Three laptops' databases live in this one process's memory. A seed of 100 rounds once ran
    // out of Node's default heap (about 4 GB) in round 92, through a leak since fixed (one server
    // handle a sync round left open, docs/sync-torture.md); a larger limit is a margin for the
    // data of long runs. QUORUM_TORTURE_HEAP_MB changes it.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${process.env.QUORUM_TORTURE_HEAP_MB ?? '12288'}`.trim(),
    QUORUM_TEST_SERVER: server,
    TORTURE_ARGS: JSON.stringify(args),
  },
});
process.exit(result.status ?? 1);
