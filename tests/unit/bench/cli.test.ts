import { describe, expect, it } from 'vitest';
import { parseBenchArgs, SCENARIOS, UsageError, USAGE, type BenchConfig } from '../../../bench/cli';
import { MIN_SCALE } from '../../../bench/data/metro';

function config(argv: string[], env: Record<string, string | undefined> = {}): BenchConfig {
  const result = parseBenchArgs(argv, env);
  if (result === 'help') throw new Error('Expected a configuration, got help.');
  return result;
}

function refusal(argv: string[], env: Record<string, string | undefined> = {}): UsageError {
  try {
    parseBenchArgs(argv, env);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`Expected a UsageError for ${argv.join(' ')}`);
}

describe('parseBenchArgs defaults', () => {
  it('runs the full metro: 2,000 meetings, 40,000 items, 20,000 resolutions and stakeholders, 100,000 queries', () => {
    const full = config([]);
    expect(full.quick).toBe(false);
    expect(full.scale).toBe(1);
    expect(full.sizes).toEqual({ meetings: 2_000, agendaItems: 40_000, resolutions: 20_000, stakeholders: 20_000, queries: 100_000 });
  });

  it('uses seed 8, every scenario, its own server and bench-results', () => {
    const full = config([]);
    expect(full.seed).toBe(8);
    expect([...full.only].sort()).toEqual([...SCENARIOS].sort());
    expect(full.server).toBeNull();
    expect(full.out).toBe('bench-results');
    expect(full.pullRecords).toBe(10_000);
    expect(full.pushChanges).toBe(1_000);
    expect(full.runs).toEqual({ pull: 5, push: 5, keystrokes: 60, queriesList: 10, coldStart: 7, documents: 5, attendance: 5, join: 1 });
  });
});

describe('--quick', () => {
  const full = config([]);
  const quick = config(['--quick']);

  it('uses a twentieth of the data', () => {
    expect(quick.quick).toBe(true);
    expect(quick.scale).toBe(0.05);
    expect(quick.sizes).toEqual({ meetings: 100, agendaItems: 2_000, resolutions: 1_000, stakeholders: 1_000, queries: 5_000 });
  });

  it('pulls and pushes less, and runs each figure fewer times', () => {
    expect(quick.pullRecords).toBeLessThan(full.pullRecords);
    expect(quick.pushChanges).toBeLessThan(full.pushChanges);
    for (const key of Object.keys(full.runs) as (keyof BenchConfig['runs'])[]) {
      expect(quick.runs[key], key).toBeGreaterThan(0);
      // A full join is one run already (it moves the whole metro three ways).
      if (key === 'join') expect(quick.runs[key]).toBe(1);
      else expect(quick.runs[key], key).toBeLessThan(full.runs[key]);
    }
  });

  it('keeps an explicit --scale and --runs', () => {
    const tuned = config(['--quick', '--scale', '0.2', '--runs', '2']);
    expect(tuned.scale).toBe(0.2);
    expect(tuned.sizes.queries).toBe(20_000);
    expect(tuned.runs).toEqual({ pull: 2, push: 2, keystrokes: 20, queriesList: 2, coldStart: 2, documents: 2, attendance: 2, join: 2 });
  });
});

describe('options', () => {
  it('scales the sizes and rounds them', () => {
    expect(config(['--scale', '0.5']).sizes).toEqual({ meetings: 1_000, agendaItems: 20_000, resolutions: 10_000, stakeholders: 10_000, queries: 50_000 });
    expect(config(['--scale', String(MIN_SCALE)]).sizes.meetings).toBe(20);
  });

  it('refuses a scale below MIN_SCALE or not a positive number', () => {
    expect(refusal(['--scale', String(MIN_SCALE / 2)]).message).toContain(`at least ${MIN_SCALE}`);
    for (const bad of ['0', '-1', 'abc', 'Infinity', '']) expect(refusal([`--scale=${bad}`]).message).toContain('--scale must be a positive number');
  });

  it('refuses runs that are not positive whole numbers', () => {
    for (const bad of ['0', '-2', '2.5', 'many']) expect(refusal([`--runs=${bad}`]).message).toContain('--runs must be a positive whole number');
  });

  it('takes a seed of 0 or more and refuses others', () => {
    expect(config(['--seed', '0']).seed).toBe(0);
    expect(config(['--seed', '123']).seed).toBe(123);
    for (const bad of ['-1', '1.5', 'x']) expect(refusal([`--seed=${bad}`]).message).toContain('--seed must be a whole number');
  });

  it('runs only the named scenarios and refuses an unknown one', () => {
    expect([...config(['--only', 'pull, push']).only]).toEqual(['pull', 'push']);
    expect(refusal(['--only', 'pull,warp']).message).toContain('Unknown scenario in --only: warp');
  });

  it('refuses an unknown option and shows the usage with every refusal', () => {
    const error = refusal(['--fast']);
    expect(error.name).toBe('UsageError');
    expect(error.message).toContain(USAGE);
    expect(refusal(['--runs', '0']).message).toContain(USAGE);
  });

  it("returns 'help' for --help", () => {
    expect(parseBenchArgs(['--help'])).toBe('help');
    expect(parseBenchArgs(['--quick', '--help'])).toBe('help');
  });

  it('takes --out', () => {
    expect(config(['--out', 'tmp/results']).out).toBe('tmp/results');
  });
});

describe('--server', () => {
  it('needs an admin user and password', () => {
    expect(refusal(['--server', 'http://couch.example:5984']).message).toContain('--server needs --admin-user and --admin-password');
    expect(refusal(['--server', 'http://couch.example:5984', '--admin-user', 'admin']).message).toContain('--admin-password');
    expect(refusal(['--server', 'http://couch.example:5984', '--admin-password', 'secret']).message).toContain('--admin-user');
  });

  it('takes the password from QUORUM_BENCH_ADMIN_PASSWORD and ends the address with /', () => {
    const withEnv = config(['--server', 'http://couch.example:5984', '--admin-user', 'admin'], { QUORUM_BENCH_ADMIN_PASSWORD: 'from-env' });
    expect(withEnv.server).toEqual({ url: 'http://couch.example:5984/', username: 'admin', password: 'from-env' });
    const withPath = config(['--server', 'https://couch.example/db-proxy', '--admin-user', 'admin'], { QUORUM_BENCH_ADMIN_PASSWORD: 'from-env' });
    expect(withPath.server?.url).toBe('https://couch.example/db-proxy/');
    const withSlash = config(['--server', 'https://couch.example/db-proxy/', '--admin-user', 'admin'], { QUORUM_BENCH_ADMIN_PASSWORD: 'from-env' });
    expect(withSlash.server?.url).toBe('https://couch.example/db-proxy/');
  });

  it('prefers --admin-password to the environment', () => {
    const both = config(['--server', 'http://couch.example:5984', '--admin-user', 'admin', '--admin-password', 'given'], {
      QUORUM_BENCH_ADMIN_PASSWORD: 'from-env',
    });
    expect(both.server?.password).toBe('given');
  });

  it('refuses an address that is not http(s) or not an address', () => {
    const env = { QUORUM_BENCH_ADMIN_PASSWORD: 'secret' };
    expect(refusal(['--server', 'ftp://couch.example', '--admin-user', 'admin'], env).message).toContain('--server must be http:// or https://');
    expect(refusal(['--server', 'file:///tmp/db', '--admin-user', 'admin'], env).message).toContain('http:// or https://');
    expect(refusal(['--server', 'couch.example:5984', '--admin-user', 'admin'], env).name).toBe('UsageError');
    expect(refusal(['--server', 'not a url', '--admin-user', 'admin'], env).message).toContain('--server is not an address');
  });
});

describe('parseBenchArgs refuses input that would run nothing or the wrong thing', () => {
  it('refuses an empty --only', () => {
    expect(() => parseBenchArgs(['--only', ','])).toThrow(/names no scenario/);
  });
  it('refuses seeds that are not plain whole numbers below 2^32', () => {
    for (const seed of ['', ' ', '0x10', '1e3', '4294967296']) expect(() => parseBenchArgs(['--seed', seed])).toThrow(UsageError);
    expect(parseBenchArgs(['--seed', '4294967295'])).toMatchObject({ seed: 4294967295 });
  });
  it('refuses a server address with a query or fragment, and ends a path with /', () => {
    const env = { QUORUM_BENCH_ADMIN_PASSWORD: 'pw' };
    expect(() => parseBenchArgs(['--server', 'http://h:5984/couch?x=1', '--admin-user', 'a'], env)).toThrow(/without a query/);
    expect(parseBenchArgs(['--server', 'http://h:5984/couch', '--admin-user', 'a'], env)).toMatchObject({ server: { url: 'http://h:5984/couch/' } });
  });
  it('refuses an empty --out', () => {
    expect(() => parseBenchArgs(['--out', ''])).toThrow(/--out/);
  });
  it('keeps the metro profile in a folder only when asked, and refuses an empty name', () => {
    expect(config([]).keepMetro).toBeNull();
    expect(config(['--keep-metro', '/var/tmp/metro']).keepMetro).toBe('/var/tmp/metro');
    expect(refusal(['--keep-metro', ' ']).message).toMatch(/--keep-metro needs a folder name/);
  });
});

describe('--servers', () => {
  it('runs the sync figures against pouchdb-server, and Apache CouchDB too where it can be started', () => {
    expect(config([]).servers).toEqual(['pouchdb']);
    expect((parseBenchArgs([], {}, { couchdb: true }) as BenchConfig).servers).toEqual(['pouchdb', 'couchdb']);
    expect((parseBenchArgs(['--servers', 'couchdb'], {}, { couchdb: true }) as BenchConfig).servers).toEqual(['couchdb']);
    expect((parseBenchArgs(['--servers', 'couchdb, pouchdb,couchdb'], {}, { couchdb: true }) as BenchConfig).servers).toEqual(['couchdb', 'pouchdb']);
  });

  it('refuses an unknown server, CouchDB where there is none, and --servers with --server', () => {
    expect(refusal(['--servers', 'mysql']).message).toContain('Unknown server in --servers: mysql');
    expect(refusal(['--servers', 'couchdb']).message).toContain('needs Apache CouchDB');
    expect(refusal(['--servers', ' , ']).message).toContain('names no server');
    expect(refusal(['--servers', 'pouchdb', '--server', 'http://127.0.0.1:5984/', '--admin-user', 'a', '--admin-password', 'b']).message).toContain(
      'cannot be used together',
    );
  });
});
