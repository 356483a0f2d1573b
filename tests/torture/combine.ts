/**
 * Sums the results of a torture run split across processes (scripts/torture.mjs --jobs N): each
 * job wrote its seeds' results as JSON; this prints one summary line for the whole run, with the
 * wall-clock time, as a single process would.
 *   tsx tests/torture/combine.ts --server couchdb --wall-ms 5400000 job1.json job2.json
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summaryLine, type SummaryResult } from './summary';

const { values, positionals } = parseArgs({
  options: { server: { type: 'string', default: 'pouchdb' }, 'wall-ms': { type: 'string', default: '0' } },
  allowPositionals: true,
});
const missing = positionals.filter((file) => !existsSync(file));
for (const file of missing) console.log(`torture: a job wrote no results (${file}): it stopped before its seeds ended; see its output above.`);
const results = positionals
  .filter((file) => existsSync(file))
  .flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as SummaryResult[])
  .sort((a, b) => a.seed - b.seed);
const wall = Math.round(Number(values['wall-ms']) / 1000);
if (missing.length) process.exitCode = 1;
console.log(`${summaryLine(results, values.server ?? 'pouchdb')} (summed over ${positionals.length} jobs; ${wall} s of wall-clock time)`);
