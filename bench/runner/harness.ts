/**
 * What every benchmark run stands on: the app and the benchmark page built side by side (one
 * origin, one IndexedDB), served by the app's own static server, Chromium launched as the
 * end-to-end tests launch it, and the machine's details for the report.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';
import { freePort } from '../../tests/integration/support/sync-server';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the app and the page are built; QUORUM_BENCH_APP_OUT lets a second run (a profile) build beside a running one. */
export const APP_OUT = process.env.QUORUM_BENCH_APP_OUT ? path.resolve(process.env.QUORUM_BENCH_APP_OUT) : path.join(projectRoot, 'dist', 'bench', 'app');
export const PAGE_OUT = path.join(APP_OUT, 'bench');

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit code ${code}).`))));
  });
}

/** Production builds of the app and of the benchmark page, into dist/bench. */
export async function buildAll(): Promise<void> {
  const vite = path.join(projectRoot, 'node_modules', '.bin', 'vite');
  // QUORUM_BENCH_NO_MINIFY=1 keeps function names readable in Chromium's profiles.
  const minify = process.env.QUORUM_BENCH_NO_MINIFY ? ['--minify', 'false'] : [];
  await run(vite, ['build', '--logLevel', 'warn', ...minify], { ...process.env, QUORUM_RENDERER_OUT: APP_OUT });
  await run(vite, ['build', '--config', 'vite.bench.config.ts'], { ...process.env, QUORUM_BENCH_PAGE_OUT: PAGE_OUT });
}

export interface WebServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * scripts/web.mjs (the app's own static server) serving dist/bench/app on a free port, or on
 * `port`: IndexedDB belongs to an origin, so a kept metro profile is opened on the port it was
 * seeded on.
 */
export async function startWebServer(port?: number): Promise<WebServer> {
  port ??= await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/web.mjs', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, QUORUM_RENDERER_OUT: APP_OUT },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The web server stopped: ${errors}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The web server did not answer on ${origin} within 20 s. ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Profile {
  dir: string;
  open(): Promise<BrowserContext>;
  dispose(): void;
}

/**
 * A browser profile on disk: its IndexedDB outlives the browser, so a cold start can close
 * Chromium and open it again on the same data, as a person reopening the app.
 */
export function browserProfile(name: string, keptIn?: string): Profile {
  const dir = keptIn ? path.resolve(keptIn) : mkdtempSync(path.join(os.tmpdir(), `quorum-bench-${name}-`));
  if (keptIn) mkdirSync(dir, { recursive: true });
  const executablePath = chromiumPath();
  return {
    dir,
    open: () =>
      chromium.launchPersistentContext(dir, {
        ...(executablePath ? { executablePath } : {}),
        args: CHROMIUM_ARGS,
        headless: true,
        locale: 'en-ZA',
        timezoneId: 'Africa/Johannesburg',
        viewport: { width: 1366, height: 768 },
        // The keystroke observer runs in a worker made from a blob: the app's CSP would refuse it.
        bypassCSP: true,
      }),
    // A kept profile stays for the next run.
    dispose: () => (keptIn ? undefined : rmSync(dir, { recursive: true, force: true })),
  };
}

export interface MachineDetails {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  commit: string;
  date: string;
}

export function machineDetails(chromiumVersion: string, now: Date): MachineDetails {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    commit,
    date: now.toISOString(),
  };
}

/** The version Chromium reports, without starting a browser page. */
export function chromiumVersion(): string {
  const executable = chromiumPath();
  if (!executable) return 'Playwright Chromium';
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return executable;
  }
}
