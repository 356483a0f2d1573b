/**
 * A real sync server for tests: `scripts/sync-server.mjs` (pouchdb-server) on a free loopback
 * port with its own data folder, which it keeps across a kill and a restart, so tests can kill
 * it mid-push and bring it back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

export interface TestSyncServer {
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

export async function startSyncServer(options: SyncServerOptions = {}): Promise<TestSyncServer> {
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
