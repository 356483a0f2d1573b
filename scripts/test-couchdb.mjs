#!/usr/bin/env node
/**
 * The sync tests again, against Apache CouchDB 3.5 (`npm run test:couchdb`, the last step of
 * `npm test`): the sync integration tests and the end-to-end specs that sync, with
 * QUORUM_TEST_SERVER=couchdb. Runs when a CouchDB start script is on this machine
 * (QUORUM_COUCHDB_START, or ../shared/couchdb/start-couchdb.sh beside the repository);
 * otherwise prints one line saying the CouchDB run was skipped and why, and passes.
 * Expects the renderer built (`npm test` builds it for the end-to-end tests before this step).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = process.env.QUORUM_COUCHDB_START
  ? path.resolve(root, process.env.QUORUM_COUCHDB_START)
  : path.resolve(root, '../shared/couchdb/start-couchdb.sh');

if (!existsSync(script)) {
  console.log(
    `CouchDB run skipped: no Apache CouchDB start script at ${script} (set QUORUM_COUCHDB_START to start-couchdb.sh to run the sync tests against CouchDB).`,
  );
  process.exit(0);
}

const env = { ...process.env, QUORUM_TEST_SERVER: 'couchdb', QUORUM_COUCHDB_START: script };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  // The torture runs included: the short run plays one seed here (tests/integration/sync-torture.test.ts),
  // the regression sequences all of theirs (docs/sync-torture.md, "In CI"). The portal's upload
  // runs here too: CouchDB's attachment CSP and its `_list` calendar feed.
  ['vitest', 'run', '--project', 'integration', 'tests/integration/sync-', 'tests/integration/portal-'],
  [
    'playwright',
    'test',
    'tests/e2e/sync.spec.ts',
    'tests/e2e/conflicts.spec.ts',
    'tests/e2e/conflicts-minutes.spec.ts',
    'tests/e2e/attachments.spec.ts',
    'tests/e2e/queries-long-queue.spec.ts',
    'tests/e2e/roles.spec.ts',
    'tests/e2e/join.spec.ts',
    // Publishing: the public database's _security and validate_doc_update as CouchDB enforces them.
    'tests/e2e/publish.spec.ts',
  ],
];

console.log(`Sync tests against Apache CouchDB (${script}):`);
for (const args of steps) {
  const result = spawnSync(npx, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
