/**
 * `couch:setup --cors` against a real server (pouchdb-server, or Apache CouchDB with
 * QUORUM_TEST_SERVER=couchdb): it sets CORS for the app's origins through the configuration
 * API, reports old → new, changes nothing the second time, and the server then answers a
 * browser's preflight from that origin.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCors } from '../../shared/couch/cors-setup';
import { adminClient } from './support/couch';
import { ADMIN, startSyncServer, type TestSyncServer } from './support/sync-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ORIGIN = 'https://quorum.mopane-ridge.example';
let server: TestSyncServer;

beforeAll(async () => {
  server = await startSyncServer();
});

afterAll(async () => {
  await server.dispose();
});

function preflight(origin: string): Promise<Response> {
  return fetch(`${server.url}_session`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization, content-type, accept' },
  });
}

describe('couch:setup --cors', () => {
  it('sets CORS for the given origins, says what changed, and changes nothing the second time', async () => {
    const lines: string[] = [];
    const changes = await applyCors(adminClient(server), [ORIGIN], (line) => lines.push(line));
    expect(changes.find((change) => change.section === 'cors' && change.key === 'origins')).toMatchObject({ to: ORIGIN });
    expect(lines.some((line) => line.includes('[cors] origins:') && line.includes(`→ "${ORIGIN}"`))).toBe(true);

    const config = await adminClient(server)
      .json<string>('GET', `_node/_local/_config/cors/origins`)
      .catch(async () => {
        const nodes = await adminClient(server).json<{ cluster_nodes: string[] }>('GET', '_membership');
        return adminClient(server).json<string>('GET', `_node/${nodes.cluster_nodes[0]}/_config/cors/origins`);
      });
    expect(config).toBe(ORIGIN);

    const allowed = await preflight(ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((allowed.headers.get('access-control-allow-headers') ?? '').toLowerCase()).toContain('authorization');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');

    expect(await applyCors(adminClient(server), [ORIGIN])).toEqual([]);
  });

  it('the command line: --cors prints the changes, and refuses a bad origin before touching the server', async () => {
    const run = (...args: string[]) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/couch-setup.ts', '--url', server.url, '--user', ADMIN.username, '--password', ADMIN.password, ...args],
          { cwd: root, timeout: 120_000 },
          (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
        );
      });
    const done = await run('--municipality', 'CORS Test Municipality', '--prefix', 'quorum_cors_', '--cors', '--origin', 'quorum://app', '--origin', ORIGIN);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toContain(`[cors] origins: "${ORIGIN}" → "quorum://app, ${ORIGIN}"`);
    expect(done.output).toMatch(/CORS: \d+ setting\(s\) changed/);

    const bad = await run('--municipality', 'CORS Test Municipality', '--prefix', 'quorum_cors_', '--cors', '--origin', 'https://a.example/app');
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('is not an origin');
  }, 120_000);
});
