/**
 * A single Apache CouchDB 3.5 node (../shared/couchdb/start-couchdb.sh) behind the
 * TestSyncServer interface, for `npm run torture -- --server couchdb` on a branch where
 * tests/integration/support/sync-server.ts does not start CouchDB itself (QUORUM_TEST_SERVER).
 * kill() is `kill -9` of the node (a power cut); restart() starts it again on the same --data
 * folder, which holds everything the node writes, so copying that folder is a backup.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { adminClient } from '../integration/support/couch';
import { ADMIN, freePort, startSyncServer, type TestSyncServer } from '../integration/support/sync-server';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.resolve(root, '../shared/couchdb/start-couchdb.sh');


async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}_up`)).ok;
  } catch {
    return false;
  }
}

export async function startCouchServer(): Promise<TestSyncServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quorum-couch-'));
  const url = `http://127.0.0.1:${port}/`;
  const start = async () => {
    await run(SCRIPT, ['--port', String(port), '--data', dataDir, '--admin', `${ADMIN.username}:${ADMIN.password}`, '--timeout', '120'], { timeout: 150_000 });
  };
  const kill = async () => {
    const pidFile = path.join(dataDir, 'couchdb.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await isUp(url))) await new Promise((resolve) => setTimeout(resolve, 100));
    rmSync(pidFile, { force: true });
  };
  await start();
  return {
    url,
    port,
    dataDir,
    kill,
    restart: start,
    dispose: async () => {
      await run(SCRIPT, ['--stop', '--data', dataDir]).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The server the shared test support starts; for `couchdb`, if that support does not start
 * Apache CouchDB (QUORUM_TEST_SERVER not handled on this branch), a node of ../shared/couchdb.
 */
export async function serverFor(kind: string, log: (line: string) => void): Promise<TestSyncServer> {
  const server = await startSyncServer();
  if (kind !== 'couchdb') return server;
  const welcome = await adminClient(server).json<{ couchdb?: string; vendor?: { name?: string } }>('GET', '');
  if (welcome.vendor?.name === 'The Apache Software Foundation') return server;
  await server.dispose();
  log('The shared test support started no CouchDB: starting a node of ../shared/couchdb.');
  return startCouchServer();
}
