/**
 * `npm run bench` options and what they add up to: the data sizes, how many runs each figure
 * gets, and which server to use. Full by default (metro scale); `--quick` is a developer's run of
 * a couple of minutes on a twentieth of the data with fewer runs.
 */
import { parseArgs } from 'node:util';
import { MIN_SCALE, scaledSizes, type MetroSizes } from './data/metro';

export const SCENARIOS = ['bundle', 'pull', 'push', 'join', 'keystroke', 'queries', 'meeting', 'cold-start', 'documents', 'attendance'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface Runs {
  pull: number;
  push: number;
  keystrokes: number;
  queriesList: number;
  coldStart: number;
  documents: number;
  /** Rounds of the attendance register (each: 55 keys and one "everyone else present"). */
  attendance: number;
  /** Joins of a new laptop to the whole metro on the server (each: Quorum, the raw limit, PouchDB). */
  join: number;
}

/** The servers the bench can start itself: pouchdb-server, and Apache CouchDB where ../shared/couchdb has it. */
export const SERVER_KINDS = ['pouchdb', 'couchdb'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export interface BenchConfig {
  quick: boolean;
  scale: number;
  sizes: MetroSizes;
  seed: number;
  /** Records in the server database of the initial pull. */
  pullRecords: number;
  /** Changes made offline before the push. */
  pushChanges: number;
  runs: Runs;
  /** An existing CouchDB-compatible server; without it the bench starts its own servers (below). */
  server: { url: string; username: string; password: string } | null;
  /** The servers it starts for the sync figures (pull, push, join), each a column of its own. */
  servers: ServerKind[];
  out: string;
  only: ReadonlySet<ScenarioName>;
  /** A folder that keeps the seeded metro browser profile between runs (seeding it takes minutes). */
  keepMetro: string | null;
}

export const USAGE = `Usage: npm run bench -- [options]

  --quick              a developer's run (about 2 minutes): 1/20 of the data, fewer runs
  --scale F            data size as a fraction of the metro (default 1: 2,000 meetings,
                       40,000 agenda items, 20,000 resolutions, 20,000 stakeholders,
                       100,000 queries); at least ${MIN_SCALE}
  --runs N             runs per figure (keystrokes: 10 × N)
  --seed N             the data set's seed (default 8)
  --servers LIST       the servers to start for pull, push and join, comma-separated: pouchdb,
                       couchdb (default: both where Apache CouchDB is in ../shared/couchdb or
                       QUORUM_COUCHDB_START names its start script; pouchdb alone otherwise)
  --server URL         use this CouchDB-compatible server instead of starting any
  --admin-user NAME    its admin account (with --server)
  --admin-password P   its admin password (or QUORUM_BENCH_ADMIN_PASSWORD)
  --only LIST          only these, comma-separated: ${SCENARIOS.join(', ')}
  --out DIR            where the JSON results go (default bench-results)
  --keep-metro DIR     keep the seeded metro profile in DIR and reuse it next time (seeding the
                       full metro takes minutes: it was 16 here, before the seeding worker)`;

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${USAGE}`);
    this.name = 'UsageError';
  }
}

function positive(name: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number: ${value}`);
  return n;
}

export interface BenchMachine {
  /** Apache CouchDB can be started here (its start script was found). */
  couchdb: boolean;
}

export function parseBenchArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  machine: BenchMachine = { couchdb: false },
): BenchConfig | 'help' {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        scale: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string' },
        server: { type: 'string' },
        servers: { type: 'string' },
        'admin-user': { type: 'string' },
        'admin-password': { type: 'string' },
        only: { type: 'string' },
        out: { type: 'string', default: 'bench-results' },
        'keep-metro': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a folder name.');
  if (values['keep-metro'] !== undefined && values['keep-metro'].trim() === '') throw new UsageError('--keep-metro needs a folder name.');
  const quick = values.quick ?? false;
  const scale = positive('scale', values.scale, false) ?? (quick ? 0.05 : 1);
  if (scale < MIN_SCALE) throw new UsageError(`--scale must be at least ${MIN_SCALE}: ${scale}`);
  const runs = positive('runs', values.runs, true);
  // The generator's random numbers are 32-bit: a larger seed would silently repeat a smaller one.
  if (values.seed !== undefined && !/^\d{1,10}$/.test(values.seed))
    throw new UsageError(`--seed must be a whole number from 0 to ${2 ** 32 - 1}: ${values.seed}`);
  const seedValue = values.seed === undefined ? 8 : Number(values.seed);
  if (seedValue >= 2 ** 32) throw new UsageError(`--seed must be a whole number from 0 to ${2 ** 32 - 1}: ${values.seed}`);
  const only = new Set<ScenarioName>();
  for (const name of (values.only ?? SCENARIOS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!(SCENARIOS as readonly string[]).includes(name)) throw new UsageError(`Unknown scenario in --only: ${name}`);
    only.add(name as ScenarioName);
  }
  if (only.size === 0) throw new UsageError(`--only names no scenario: give one or more of ${SCENARIOS.join(', ')}.`);
  let server: BenchConfig['server'] = null;
  if (values.server) {
    const username = values['admin-user'];
    const password = values['admin-password'] ?? env.QUORUM_BENCH_ADMIN_PASSWORD;
    if (!username || !password)
      throw new UsageError(
        '--server needs --admin-user and --admin-password (or QUORUM_BENCH_ADMIN_PASSWORD): the bench creates its own databases and account there.',
      );
    let url: URL;
    try {
      url = new URL(values.server);
    } catch {
      throw new UsageError(`--server is not an address: ${values.server}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--server must be http:// or https://: ${values.server}`);
    if (url.search || url.hash || url.username || url.password)
      throw new UsageError(`--server is the server's address alone, without a query, fragment or credentials: ${values.server}`);
    if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
    server = { url: url.href, username, password };
  }
  const servers = serverKinds(values.servers, machine);
  if (values.servers !== undefined && server) throw new UsageError('--servers and --server cannot be used together: --server names the one server to use.');
  const sizes = scaledSizes(scale);
  return {
    quick,
    scale,
    sizes,
    seed: seedValue,
    pullRecords: quick ? 2_000 : 10_000,
    pushChanges: quick ? 250 : 1_000,
    runs: {
      pull: runs ?? (quick ? 3 : 5),
      push: runs ?? (quick ? 2 : 5),
      keystrokes: (runs ?? (quick ? 3 : 6)) * 10,
      queriesList: runs ?? (quick ? 4 : 10),
      coldStart: runs ?? (quick ? 3 : 7),
      documents: runs ?? (quick ? 3 : 5),
      attendance: runs ?? (quick ? 2 : 5),
      // A full metro join moves about 860,000 records three ways: one run is the better part of half an hour.
      join: runs ?? 1,
    },
    server,
    servers,
    out: values.out ?? 'bench-results',
    only,
    keepMetro: values['keep-metro'] ?? null,
  };
}

function serverKinds(list: string | undefined, machine: BenchMachine): ServerKind[] {
  if (list === undefined) return machine.couchdb ? ['pouchdb', 'couchdb'] : ['pouchdb'];
  const kinds: ServerKind[] = [];
  for (const name of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!(SERVER_KINDS as readonly string[]).includes(name)) throw new UsageError(`Unknown server in --servers: ${name} (give pouchdb, couchdb or both).`);
    if (name === 'couchdb' && !machine.couchdb)
      throw new UsageError('--servers couchdb needs Apache CouchDB: put it in ../shared/couchdb or set QUORUM_COUCHDB_START to its start-couchdb.sh.');
    if (!kinds.includes(name as ServerKind)) kinds.push(name as ServerKind);
  }
  if (kinds.length === 0) throw new UsageError('--servers names no server: give pouchdb, couchdb or both.');
  return kinds;
}
