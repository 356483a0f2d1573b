/**
 * A seeded torture run and its shrinker. `runTorture` plays `rounds` rounds of operations chosen
 * by the seed, checking the invariants at the end of each; on a failure it shrinks the
 * operations played so far to a smallest sequence that still fails the same way (delta
 * debugging: replay from empty with subsets), and reports seed, round and that sequence.
 */
import { replay, TortureRun, type RunContext, type RunStats } from './engine';
import type { InvariantName, Violation } from './invariants';
import { OpGenerator, type Op } from './ops';

export { summaryLine } from './summary';

export interface TortureOptions {
  seed: number;
  rounds: number;
  laptops: number;
  opsPerRound: number;
  /** Time allowed for shrinking a failure (ms); 0 skips shrinking. */
  shrinkMs?: number;
}

export interface TortureFailure {
  seed: number;
  round: number;
  violations: Violation[];
  /** Everything played up to the failing check. */
  ops: Op[];
  /** The smallest sequence found that fails the same way. */
  shrunk: Op[];
  shrinkReplays: number;
}

export interface TortureResult {
  seed: number;
  rounds: number;
  stats: RunStats;
  failure: TortureFailure | null;
  ms: number;
}

export async function runTorture(options: TortureOptions, context: RunContext): Promise<TortureResult> {
  const started = Date.now();
  const generator = new OpGenerator(options.seed, options.laptops);
  const played: Op[] = [];
  const run = new TortureRun(context);
  let failure: TortureFailure | null = null;
  let round = 0;
  try {
    await run.setUp();
    for (round = 1; round <= options.rounds && !failure; round++) {
      const ops = generator.round(options.opsPerRound);
      for (const op of ops) {
        const index = played.length;
        played.push(op);
        let violations: Violation[];
        try {
          violations = await run.apply(op, index);
        } catch (error) {
          violations = [{ invariant: 'nothing-refused', detail: `the run broke: ${error instanceof Error ? error.message : String(error)}` }];
        }
        if (violations.length) {
          failure = { seed: options.seed, round, violations, ops: [...played], shrunk: [...played], shrinkReplays: 0 };
          for (const v of violations) context.log?.(`seed ${options.seed} round ${round} op ${index}: [${v.invariant}] ${v.detail}`);
          break;
        }
      }
      context.log?.(
        `seed ${options.seed} round ${round}: ${run.stats.ops} ops, ${run.stats.invariantsChecked} invariant checks, ${failure ? 'FAILED' : 'ok'} (heap ${heapMegabytes()} MB)`,
      );
    }
  } finally {
    await run.tearDown();
  }
  if (failure && (options.shrinkMs ?? 0) > 0) {
    const wanted = new Set(failure.violations.map((v) => v.invariant));
    const shrunk = await shrink(failure.ops, (ops) => stillFails(ops, wanted, context), options.shrinkMs ?? 0);
    failure.shrunk = shrunk.ops;
    failure.shrinkReplays = shrunk.replays;
  }
  return { seed: options.seed, rounds: failure ? failure.round : options.rounds, stats: run.stats, failure, ms: Date.now() - started };
}

async function stillFails(ops: Op[], wanted: Set<InvariantName>, context: RunContext): Promise<boolean> {
  try {
    const result = await replay(ops, { ...context, log: () => undefined });
    return result.violations.some((v) => wanted.has(v.invariant));
  } catch {
    return false;
  }
}

/**
 * Delta debugging (ddmin) over the operation list: tries dropping chunks, halving the chunk size
 * when nothing can go, until single operations cannot be dropped or the time is up. Checks
 * (`check` ops) are kept only where needed, like any other operation.
 */
export async function shrink(ops: Op[], fails: (ops: Op[]) => Promise<boolean>, budgetMs: number): Promise<{ ops: Op[]; replays: number }> {
  const deadline = Date.now() + budgetMs;
  let current = [...ops];
  let replays = 0;
  let chunks = 2;
  while (current.length > 1 && Date.now() < deadline) {
    const size = Math.ceil(current.length / chunks);
    let reduced = false;
    for (let start = 0; start < current.length && Date.now() < deadline; start += size) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      replays += 1;
      if (candidate.length && (await fails(candidate))) {
        current = candidate;
        chunks = Math.max(chunks - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (size === 1) break;
      chunks = Math.min(chunks * 2, current.length);
    }
  }
  return { ops: current, replays };
}

export function formatFailure(failure: TortureFailure): string {
  return [
    `TORTURE FAILURE seed ${failure.seed}, round ${failure.round}:`,
    ...failure.violations.map((v) => `  [${v.invariant}] ${v.detail}`),
    `Smallest failing sequence (${failure.shrunk.length} of ${failure.ops.length} operations, ${failure.shrinkReplays} replays):`,
    JSON.stringify(failure.shrunk, null, 0).replace(/\},\{/g, '},\n  {'),
  ].join('\n');
}

/** The run's heap in use, after a collection when Node was started with --expose-gc: a long run's memory, round by round. */
function heapMegabytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1_000_000);
}
