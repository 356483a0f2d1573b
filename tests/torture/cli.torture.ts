/**
 * `npm run torture` (scripts/torture.mjs) runs this file under Vitest with its arguments in
 * TORTURE_ARGS. It plays each seed, prints progress, a failure's seed, round and shrunk
 * operations, and a summary line; the test fails when any seed found a failure.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { expect, it } from 'vitest';
import type { TestSyncServer } from '../integration/support/sync-server';
import { serverFor } from './couchdb-server';
import { replay } from './engine';
import type { Op } from './ops';
import { formatFailure, runTorture, shrink, summaryLine, type TortureResult } from './torture';

const { values } = parseArgs({
  args: JSON.parse(process.env.TORTURE_ARGS ?? '[]') as string[],
  options: {
    seed: { type: 'string' },
    seeds: { type: 'string' },
    rounds: { type: 'string', default: '10' },
    laptops: { type: 'string', default: '3' },
    ops: { type: 'string', default: '20' },
    server: { type: 'string', default: 'pouchdb' },
    'shrink-minutes': { type: 'string', default: '10' },
    'log-file': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    /** A JSON file of operations (a printed failing sequence) to replay, and shrink if it fails. */
    replay: { type: 'string' },
  },
});

it('survives the torture run', async () => {
  const seeds = (values.seeds ?? values.seed ?? '1')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n));
  const logFile = values['log-file'];
  const log = (line: string) => {
    if (logFile) appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
    if (values.verbose || !line.startsWith('op ')) console.log(line);
  };
  const server = await serverFor(values.server ?? 'pouchdb');
  if (values.replay) {
    try {
      await replayFile(values.replay, server, log);
    } finally {
      await server.dispose();
    }
    return;
  }
  const results: TortureResult[] = [];
  try {
    for (const seed of seeds) {
      const result = await runTorture(
        {
          seed,
          rounds: Number(values.rounds),
          laptops: Number(values.laptops),
          opsPerRound: Number(values.ops),
          shrinkMs: Number(values['shrink-minutes']) * 60_000,
        },
        { server, laptops: Number(values.laptops), log },
      );
      results.push(result);
      if (result.failure) log(formatFailure(result.failure));
    }
  } finally {
    await server.dispose();
  }
  log(summaryLine(results, values.server ?? 'pouchdb'));
  // A job of a run split across processes (scripts/torture.mjs --jobs) hands its results back.
  const resultsFile = process.env.TORTURE_RESULTS_FILE;
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results));
  expect(results.filter((r) => r.failure).map((r) => r.seed)).toEqual([]);
});

/** Replays a saved sequence of operations; if it fails, shrinks it and prints the result. */
async function replayFile(file: string, server: TestSyncServer, log: (line: string) => void): Promise<void> {
  const ops = JSON.parse(readFileSync(file, 'utf8')) as Op[];
  const laptops = Math.max(Number(values.laptops), ...ops.map((op) => ('laptop' in op ? op.laptop + 1 : 1)));
  const context = { server, laptops, log };
  const result = await replay(ops, context);
  if (!result.violations.length) {
    log(`replay of ${ops.length} operations: no failure (${result.stats.invariantsChecked} invariant checks)`);
    return;
  }
  for (const v of result.violations) log(`replay: [${v.invariant}] ${v.detail}`);
  const wanted = new Set(result.violations.map((v) => v.invariant));
  const shrunk = await shrink(
    ops,
    async (candidate) =>
      (await replay(candidate, { ...context, log: () => undefined }).catch(() => null))?.violations.some((v) => wanted.has(v.invariant)) ?? false,
    Number(values['shrink-minutes']) * 60_000,
  );
  log(`Smallest failing sequence (${shrunk.ops.length} of ${ops.length} operations, ${shrunk.replays} replays):\n${JSON.stringify(shrunk.ops)}`);
  expect(result.violations).toEqual([]);
}
