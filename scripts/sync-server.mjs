#!/usr/bin/env node
// Starts a persistent CouchDB-compatible sync server (pouchdb-server) for a demo or a small
// office: `npm run sync-server -- --port 5984 --data DIR`. No home-made server: pouchdb-server
// speaks CouchDB's HTTP API, keeps its databases in DIR (LevelDB) across restarts, and is
// configured through its /_config endpoint like CouchDB, CORS included. Then prepare it with
// `npm run couch:setup`. Production runs Apache CouchDB 3 instead (see docs/server-operations.md).
//
// Run through tsx (the npm script does) so the CORS settings come from the one place the
// setup command also prints them from, shared/couch/server-info.ts.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_APP_ORIGINS, corsConfig } from '../shared/couch/server-info.ts';

const usage = `Usage: npm run sync-server -- --port 5984 --data DIR [options]

  --port N              port to listen on (default 5984)
  --data DIR            folder for the databases (created if missing; kept across restarts)
  --host H              address to listen on (default 127.0.0.1; 0.0.0.0 to serve the office network)
  --origin O            an origin the app runs under, for CORS (repeatable; default:
                        ${DEFAULT_APP_ORIGINS.join(', ')})
  --admin-user NAME     server admin to create on first start (without one, anyone may change anything)
  --admin-password P    that admin's password (or set QUORUM_SYNC_ADMIN_PASSWORD)`;

let options;
try {
  options = parseArgs({
    options: {
      port: { type: 'string', default: '5984' },
      data: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true },
      'admin-user': { type: 'string' },
      'admin-password': { type: 'string' },
      help: { type: 'boolean' },
    },
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Not a port number: ${options.port}\n\n${usage}`);
  process.exit(2);
}
if (!options.data) {
  console.error(`Give --data DIR: the folder where the server keeps its databases.\n\n${usage}`);
  process.exit(2);
}
const dataDir = path.resolve(options.data);
mkdirSync(dataDir, { recursive: true });
const origins = options.origin?.length ? options.origin : DEFAULT_APP_ORIGINS;
const adminUser = options['admin-user'];
const adminPassword = options['admin-password'] ?? process.env.QUORUM_SYNC_ADMIN_PASSWORD;
if (adminUser && !adminPassword) {
  console.error('--admin-user needs --admin-password (or QUORUM_SYNC_ADMIN_PASSWORD).');
  process.exit(2);
}
const base = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/`;
const auth = adminUser ? { Authorization: `Basic ${Buffer.from(`${adminUser}:${adminPassword}`).toString('base64')}` } : {};

const require = createRequire(import.meta.url);
const bin = path.join(path.dirname(require.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
// cwd = the data folder: pouchdb-server writes its log.txt into the working directory.
const child = spawn(
  process.execPath,
  [bin, '--port', String(port), '--host', options.host, '--dir', dataDir, '--config', path.join(dataDir, 'config.json'), '--no-stdout-logs'],
  { cwd: dataDir, stdio: ['ignore', 'inherit', 'inherit'] },
);
let stopping = false;
child.on('exit', (code, signal) => {
  if (!stopping) console.error(`pouchdb-server stopped (${signal ?? `exit code ${code}`}).`);
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    child.kill('SIGTERM');
  });
}

async function call(method, pathname, body, headers = auth) {
  const response = await fetch(new URL(pathname, base), {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

async function waitUntilReady() {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const answer = await call('GET', '/', undefined, {});
      if (answer.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pouchdb-server did not answer at ${base} within 30 seconds.`);
}

async function ensureAdmin() {
  if (!adminUser) {
    console.warn('No --admin-user: anyone who can reach this server may change everything. Use this only on one laptop for a demo.');
    return;
  }
  const session = await call('GET', '/_session');
  if (session.body?.userCtx?.roles?.includes('_admin')) return;
  // First start: the server has no admin yet, so anyone may create one.
  const created = await call('PUT', `/_config/admins/${encodeURIComponent(adminUser)}`, adminPassword, {});
  if (created.status !== 200) {
    throw new Error(`Could not create the admin ${adminUser}: HTTP ${created.status}. Is another admin already set up in ${dataDir}?`);
  }
}

try {
  await waitUntilReady();
  await ensureAdmin();
  for (const entry of corsConfig(origins)) {
    const answer = await call('PUT', `/_config/${entry.section}/${entry.key}`, entry.value);
    if (answer.status !== 200) throw new Error(`Could not set CORS (${entry.section}/${entry.key}): HTTP ${answer.status}.`);
  }
  console.log(`Quorum sync server (pouchdb-server) on ${base} · data in ${dataDir} · CORS for ${origins.join(', ')}`);
  console.log("Prepare it with `npm run couch:setup`: the app's databases, and the public database residents read (<prefix>public).");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  stopping = true;
  child.kill('SIGTERM');
  process.exitCode = 1;
}
