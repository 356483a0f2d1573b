/**
 * Where a collection's replication is, for diagnosing a sync that does not settle (a laptop
 * that says "Syncing…" and moves nothing): the step each push and pull call of its handlers is
 * waiting at, how many calls ended and failed, and RxDB's own state of the replication (which
 * direction it calls active, whether its first pass is done, its counters). Nothing here
 * changes what the replication does.
 */
import type { RxReplicationState } from 'rxdb/plugins/replication';

export type HandlerKind = 'push' | 'pull';

/** One handler call in flight: it says which step it is waiting at. */
export interface HandlerCall {
  step(what: string): void;
}

export class ReplicationTrace {
  private nextId = 0;
  private readonly inFlight = new Map<number, { kind: HandlerKind; step: string; since: number }>();
  private readonly ended: Record<HandlerKind, number> = { push: 0, pull: 0 };
  private readonly failures: Record<HandlerKind, number> = { push: 0, pull: 0 };
  private lastFailure: string | null = null;
  /** Server requests of the handlers by where they are: at one of the gates before them, or sent. */
  private readonly requests = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs one handler call, noting the step it waits at, its failure and its end. */
  async run<T>(kind: HandlerKind, work: (call: HandlerCall) => Promise<T>): Promise<T> {
    const id = this.nextId++;
    const call = { kind, step: 'starting', since: this.now() };
    this.inFlight.set(id, call);
    try {
      return await work({
        step: (what) => {
          call.step = what;
          call.since = this.now();
        },
      });
    } catch (error) {
      this.failures[kind] += 1;
      this.lastFailure = `${kind}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 300);
      throw error;
    } finally {
      this.inFlight.delete(id);
      this.ended[kind] += 1;
    }
  }

  /** A server request of the handlers reached `where` (a gate it waits at, or "in flight"); call the result when it moves on. */
  request(where: string): () => void {
    this.requests.set(where, (this.requests.get(where) ?? 0) + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.requests.set(where, (this.requests.get(where) ?? 1) - 1);
    };
  }

  describe(): string {
    const now = this.now();
    const waiting = [...this.inFlight.values()].map((call) => `${call.kind} at "${call.step}" for ${Math.round((now - call.since) / 1000)} s`);
    return [
      waiting.length > 0 ? `in flight: ${waiting.join(', ')}` : 'no handler call in flight',
      `pushes ended ${this.ended.push} (failed ${this.failures.push}), pulls ended ${this.ended.pull} (failed ${this.failures.pull})`,
      ...[...this.requests].filter(([, n]) => n > 0).map(([where, n]) => `${n} request(s) ${where}`),
      ...(this.lastFailure ? [`last failure: ${this.lastFailure}`] : []),
    ].join('; ');
  }
}

/** RxDB's own view of a replication: which direction is active, whether its first pass is done, its counters. */
export function describeReplicationState(rs: RxReplicationState<unknown, unknown>): string {
  const state = rs.internalReplicationState;
  if (!state) return 'not started';
  const flag = (subject: { getValue(): boolean }) => (subject.getValue() ? 'yes' : 'no');
  const stats = (group: Record<string, number>) =>
    Object.entries(group)
      .filter(([, n]) => n > 0)
      .map(([key, n]) => `${key} ${n}`)
      .join(' ');
  return [
    `active up ${flag(state.events.active.up)} down ${flag(state.events.active.down)}`,
    `first pass done up ${flag(state.firstSyncDone.up)} down ${flag(state.firstSyncDone.down)}`,
    `${rs.isStopped() ? 'stopped' : rs.isPaused() ? 'paused' : 'running'}`,
    `up: ${stats(state.stats.up) || 'nothing'}`,
    `down: ${stats(state.stats.down) || 'nothing'}`,
  ].join('; ');
}
