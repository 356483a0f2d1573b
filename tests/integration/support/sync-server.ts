/**
 * A real sync server for tests on a free loopback port with its own data folder, which it keeps
 * across a kill and a restart, so tests can kill it mid-push and bring it back. Which server is
 * chosen by `QUORUM_TEST_SERVER`:
 * - `pouchdb` (the default): `scripts/sync-server.mjs` (pouchdb-server, the project's demo server);
 * - `couchdb`: Apache CouchDB 3.5, started with `start-couchdb.sh` (`QUORUM_COUCHDB_START`, by
 *   default `../shared/couchdb/start-couchdb.sh` beside the repository).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyCors } from '../../../shared/couch/cors-setup';
import { CouchClient } from '../../../shared/couch/http';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const ADMIN = { username: 'admin', password: 'admin-password' } as const;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type TestServerKind = 'pouchdb' | 'couchdb';

/** The server the tests run against, from `QUORUM_TEST_SERVER` (`pouchdb` unless it says `couchdb`). */
export function testServerKind(): TestServerKind {
  const value = (process.env.QUORUM_TEST_SERVER ?? 'pouchdb').trim().toLowerCase();
  if (value === 'couchdb') return 'couchdb';
  if (value === '' || value === 'pouchdb') return 'pouchdb';
  throw new Error(`QUORUM_TEST_SERVER must be "pouchdb" or "couchdb", not "${value}".`);
}

/** Path of CouchDB's `start-couchdb.sh`, or null when there is none on this machine. */
export function couchStartScript(): string | null {
  const configured = process.env.QUORUM_COUCHDB_START;
  if (configured) return path.resolve(projectRoot, configured);
  const beside = path.resolve(projectRoot, '../shared/couchdb/start-couchdb.sh');
  return existsSync(beside) ? beside : null;
}

/** Path of CouchDB's `start-cluster.sh` (next to `start-couchdb.sh`), or null. */
export function couchClusterScript(): string | null {
  const start = couchStartScript();
  if (!start) return null;
  const cluster = path.join(path.dirname(start), 'start-cluster.sh');
  return existsSync(cluster) ? cluster : null;
}

export interface TestSyncServer {
  kind: TestServerKind;
  url: string;
  port: number;
  dataDir: string;
  /** Kills the server at once (SIGKILL), like a power cut. */
  kill(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export interface SyncServerOptions {
  origins?: string[];
  port?: number;
}

/** Resolves once nothing accepts connections on the port (a killed server's child is gone too). */
async function waitForPortFree(port: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const inUse = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (!inUse) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Port ${port} is still in use.`);
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function run(file: string, args: string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: projectRoot, timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForPidGone(pid: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Kills one CouchDB node (SIGKILL of the beam.smp process in DIR/couchdb.pid) and waits for its port to close. */
export async function killCouchNode(dataDir: string, port: number): Promise<void> {
  const pidFile = path.join(dataDir, 'couchdb.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await waitForPidGone(pid);
  await waitForPortFree(port);
}

/** Apache CouchDB 3.5 (one node, `single_node=true`); CORS for `options.origins`, or any origin. */
async function startCouchDbServer(options: SyncServerOptions): Promise<TestSyncServer> {
  const script = couchStartScript();
  if (!script || !existsSync(script)) {
    throw new Error('QUORUM_TEST_SERVER=couchdb needs start-couchdb.sh: set QUORUM_COUCHDB_START or put Apache CouchDB in ../shared/couchdb.');
  }
  let port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quorum-couch-'));
  const launch = async () => {
    await run(script, ['--port', String(port), '--data', dataDir, '--admin', `${ADMIN.username}:${ADMIN.password}`]);
    // The script allows any origin (and rewrites [cors] at every start); limit it as asked, the
    // way couch:setup --cors does, so a test of a refused origin sees CouchDB refuse it.
    if (options.origins?.length) await applyCors(new CouchClient({ serverUrl: `http://127.0.0.1:${port}/`, ...ADMIN }), options.origins);
  };
  // A free port is free only when asked: the tests' own HTTP connections take ports from the same
  // ephemeral range, and one took a chosen port before CouchDB bound it (eaddrinuse, a CI run of
  // 2026-12-06). A port the tests chose is chosen again; a port the caller gave is not.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await launch();
      break;
    } catch (error) {
      const taken = error instanceof Error && /eaddrinuse|something already answers/.test(error.message);
      if (!taken || options.port !== undefined || attempt >= 3) throw error;
      port = await freePort();
    }
  }
  const url = `http://127.0.0.1:${port}/`;
  return {
    kind: 'couchdb',
    url,
    port,
    dataDir,
    kill: () => killCouchNode(dataDir, port),
    restart: launch,
    dispose: async () => {
      await run(script, ['--stop', '--data', dataDir]).catch(() => undefined);
      await killCouchNode(dataDir, port);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The test server chosen by `QUORUM_TEST_SERVER` (see the top of this file). */
export function startSyncServer(options: SyncServerOptions = {}): Promise<TestSyncServer> {
  return startSyncServerOf(testServerKind(), options);
}

/** A server of the kind named, whatever `QUORUM_TEST_SERVER` says (the bench runs against both). */
export function startSyncServerOf(kind: TestServerKind, options: SyncServerOptions = {}): Promise<TestSyncServer> {
  return kind === 'couchdb' ? startCouchDbServer(options) : startPouchDbServer(options);
}

async function startPouchDbServer(options: SyncServerOptions): Promise<TestSyncServer> {
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quorum-sync-'));
  let child: ChildProcess | null = null;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const args = [
        '--import',
        'tsx',
        'scripts/sync-server.mjs',
        '--port',
        String(port),
        '--data',
        dataDir,
        '--admin-user',
        ADMIN.username,
        '--admin-password',
        ADMIN.password,
        ...(options.origins ?? []).flatMap((origin) => ['--origin', origin]),
      ];
      // Its own process group, so a kill takes pouchdb-server down with the script.
      const started = spawn(process.execPath, args, { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      let output = '';
      const timer = setTimeout(() => reject(new Error(`The sync server did not start within 60 s:\n${output}`)), 60_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Quorum sync server')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The sync server exited (${code}):\n${output}`));
      });
    });

  const signalGroup = async (signal: NodeJS.Signals) => {
    const current = child;
    if (!current?.pid) return;
    try {
      process.kill(-current.pid, signal);
    } catch {
      // Already gone.
    }
    await waitForExit(current);
    child = null;
    await waitForPortFree(port);
  };

  await launch();
  return {
    kind: 'pouchdb',
    url: `http://127.0.0.1:${port}/`,
    port,
    dataDir,
    kill: () => signalGroup('SIGKILL'),
    restart: launch,
    dispose: async () => {
      await signalGroup('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
