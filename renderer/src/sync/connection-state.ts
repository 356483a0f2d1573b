/**
 * The engine's connection, as a state machine: idle → starting (→ other-window) → offline or
 * connecting → connected; a failure goes to waiting, from where one retry is scheduled with
 * exponential backoff and jitter (never a tight loop); stopped is final. It holds the state,
 * the count of failures in a row and the retry timer; what each state means for the traffic
 * (the gate, the session) is the engine's.
 */
import type { ConnectionState } from '@shared/sync/status';
import { Timer, type SyncClock } from './sync-clock';
import { backoffDelay, type SyncTiming } from './sync-timing';

export class ConnectionStateMachine {
  private current: ConnectionState = 'idle';
  private failuresInARow = 0;
  private retryAt: Date | null = null;
  private readonly retry: Timer;

  constructor(
    private readonly clock: SyncClock,
    private readonly timing: Pick<SyncTiming, 'backoffBaseMs' | 'backoffMaxMs' | 'backoffMinMs' | 'backoffJitter'>,
    private readonly random: () => number,
  ) {
    this.retry = new Timer(clock);
  }

  get state(): ConnectionState {
    return this.current;
  }

  get stopped(): boolean {
    return this.current === 'stopped';
  }

  /** Failures since the last successful connection. */
  get failures(): number {
    return this.failuresInARow;
  }

  /** When the scheduled retry runs, if one is scheduled. */
  get nextAttemptAt(): Date | null {
    return this.retryAt;
  }

  /** For the states without traffic rules of their own: starting, other-window. */
  enter(state: 'starting' | 'other-window'): void {
    if (!this.stopped) this.current = state;
  }

  /** Whether a connection attempt may begin now (not stopped, not already connecting or connected). */
  canConnect(): boolean {
    return !this.stopped && this.current !== 'connecting' && this.current !== 'connected';
  }

  connecting(): void {
    this.cancelRetry();
    this.current = 'connecting';
  }

  /** Connected; returns how many failures came before. */
  connected(): number {
    const failures = this.failuresInARow;
    this.current = 'connected';
    this.failuresInARow = 0;
    return failures;
  }

  /** A failure: waiting, and with `retry`, `attempt` runs after the backoff. Returns the wait. */
  failed(retry: boolean, attempt: () => void): number | null {
    this.current = 'waiting';
    this.cancelRetry();
    if (!retry) return null;
    this.failuresInARow++;
    const delay = backoffDelay(this.failuresInARow, this.timing, this.random);
    this.retryAt = new Date(this.clock.now().getTime() + delay);
    this.retry.start(delay, attempt);
    return delay;
  }

  offline(): void {
    this.cancelRetry();
    this.current = 'offline';
  }

  /** The network is back or a person asked: the next failure starts the backoff afresh. */
  forgetFailures(): void {
    this.failuresInARow = 0;
  }

  stop(): void {
    this.cancelRetry();
    this.current = 'stopped';
  }

  private cancelRetry(): void {
    this.retry.cancel();
    this.retryAt = null;
  }
}
