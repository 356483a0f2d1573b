/**
 * `npm run torture` (scripts/torture.mjs) runs this file under Vitest with its arguments in
 * TORTURE_ARGS. It plays each seed, prints progress, a failure's seed, round and shrunk
 * operations, and a summary line; the test fails when any seed found a failure.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { expect, it } from 'vitest';
import { startSyncServer } from '../integration/support/sync-server';
import { formatFailure, runTorture, summaryLine, type TortureResult } from './torture';

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
  const server = await startSyncServer();
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
  expect(results.filter((r) => r.failure).map((r) => r.seed)).toEqual([]);
});
