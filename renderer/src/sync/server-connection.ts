/**
 * The engine's connection to the server, driven through ConnectionStateMachine: connecting
 * (the account, then what `verify` checks), connected (the gate opens: the replications'
 * requests go on), offline at the browser's word, and after a failure that stops all traffic
 * (server unreachable, 401, not CouchDB, 5xx) waiting, with one retry after a growing, jittered
 * wait; the online event retries at once. Each session has its own AbortController, so going
 * offline or failing aborts every request in flight. What is specific to one database or some
 * records is the engine's (`outcome`).
 */
import { CouchRequestError, RequestAbortedError, type CouchClient, type FetchLike, type RequestOutcome } from '@shared/couch/http';
import { isConnectionProblem, type CouchProblem } from '@shared/couch/problems';
import { errorMessage } from '@shared/error-message';
import type { ConnectionState } from '@shared/sync/status';
import { ConnectionGate } from './connection-gate';
import { ConnectionStateMachine } from './connection-state';
import type { Connectivity } from './connectivity';
import { checkAccount, sessionClient } from './server-session';
import type { SyncClock } from './sync-clock';
import type { SyncConnection } from './sync-connection';
import type { SyncLog } from './sync-log';
import { CONNECTION, type SyncStatusBoard } from './sync-status-board';
import type { SyncTiming } from './sync-timing';

export interface ServerConnectionOptions {
  connection: SyncConnection;
  connectivity: Connectivity;
  board: SyncStatusBoard;
  clock: SyncClock;
  timing: SyncTiming;
  random: () => number;
  fetch: FetchLike | undefined;
  /** The app's origin and a no-CORS probe, to tell a CORS refusal from a dead server. */
  origin: string | undefined;
  answersWithoutCors: ((url: string) => Promise<boolean>) | undefined;
}

export interface ServerConnectionHooks {
  /** What must hold before the gate opens (the databases' identities); throws CouchRequestError. */
  verify: (client: CouchClient, signal: AbortSignal | undefined) => Promise<void>;
  /** The gate is open. */
  connected: () => void;
  /** The gate is closed and the session's requests aborted. */
  suspended: () => void;
  /** An answer that is not about the connection as a whole (a database's, a record's). */
  outcome: (outcome: RequestOutcome) => void;
  /** The state changed: publish the status. */
  changed: () => void;
  log: (kind: Parameters<SyncLog['add']>[0], message: string) => void;
}

export class ServerConnection {
  /** Open while the server is known to answer: every replication request waits for it. */
  readonly gate = new ConnectionGate();
  private readonly machine: ConnectionStateMachine;
  private session: AbortController | null = null;
  private sessionClient: CouchClient | null = null;
  private failing = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly options: ServerConnectionOptions,
    private readonly hooks: ServerConnectionHooks,
  ) {
    this.machine = new ConnectionStateMachine(options.clock, options.timing, options.random);
  }

  get state(): ConnectionState {
    return this.machine.state;
  }

  get stopped(): boolean {
    return this.machine.stopped;
  }

  get connected(): boolean {
    return this.machine.state === 'connected';
  }

  get nextAttemptAt(): Date | null {
    return this.machine.nextAttemptAt;
  }

  get signal(): AbortSignal | undefined {
    return this.session?.signal;
  }

  /** The session's client: its requests abort with the session and report their outcome. */
  get client(): CouchClient {
    this.sessionClient ??= sessionClient(this.options.connection, {
      fetch: this.options.fetch,
      timeoutMs: this.options.timing.requestTimeoutMs,
      onOutcome: (outcome) => this.onOutcome(outcome),
      signal: () => this.session?.signal,
    });
    return this.sessionClient;
  }

  /** Before the connection is followed: starting, or waiting for another window. */
  enter(state: 'starting' | 'other-window'): void {
    this.machine.enter(state);
  }

  /** Follows the network: connects now if online, and at each change. */
  follow(): void {
    this.unsubscribe = this.options.connectivity.subscribe((online) => (online ? this.onOnline() : this.goOffline()));
    if (this.options.connectivity.isOnline()) void this.connect();
    else this.goOffline();
  }

  /** A person asked to sync: a connection waiting or offline tries again now, its backoff forgotten. */
  retryNow(): void {
    if (this.state !== 'waiting' && this.state !== 'offline') return;
    this.machine.forgetFailures();
    void this.connect();
  }

  /** A failure the client has not reported (a malformed answer) still needs a reconnect. */
  failedBadly(error: unknown): void {
    if (this.connected) this.fail({ kind: 'bad-response', detail: errorMessage(error) }, true);
  }

  /** Stops for good: no retry, no state change after this. */
  stop(): void {
    this.machine.stop();
  }

  /** After stop: releases every waiting request and aborts those in flight. */
  close(): void {
    this.gate.stop();
    this.session?.abort();
    this.session = null;
    this.unsubscribe?.();
  }

  private async connect(): Promise<void> {
    if (!this.machine.canConnect()) return;
    this.machine.connecting();
    this.session = new AbortController();
    this.hooks.changed();
    const { connection } = this.options;
    if (connection.username && !connection.password) {
      this.fail({ kind: 'needs-password' }, false);
      return;
    }
    const client = this.client;
    try {
      await checkAccount(client, connection);
      await this.hooks.verify(client, this.session.signal);
    } catch (error) {
      if (this.stopped || error instanceof RequestAbortedError) return;
      if (error instanceof CouchRequestError) await this.failWithProblem(error.problem);
      else this.fail({ kind: 'bad-response', detail: errorMessage(error) }, true);
      return;
    }
    if (this.state !== 'connecting') return;
    const wasWaiting = this.options.board.clearProblem(CONNECTION);
    const account = `${connection.serverUrl}${connection.username ? ` as ${connection.username}` : ''}`;
    this.hooks.log('info', `${this.machine.connected() > 0 || wasWaiting ? 'Reconnected to' : 'Connected to'} ${account}.`);
    this.gate.open();
    this.hooks.connected();
  }

  private onOutcome(outcome: RequestOutcome): void {
    if (!outcome.ok && isConnectionProblem(outcome.problem)) {
      if (this.connected) void this.failWithProblem(outcome.problem);
      return;
    }
    this.hooks.outcome(outcome);
  }

  /** One failure handled at a time: the requests in flight of one outage all fail together. */
  private async failWithProblem(problem: CouchProblem): Promise<void> {
    if (this.failing || (this.state !== 'connected' && this.state !== 'connecting')) return;
    this.failing = true;
    try {
      let refined = problem;
      const { answersWithoutCors, origin, connection } = this.options;
      if (problem.kind === 'unreachable' && answersWithoutCors) {
        const answers = await answersWithoutCors(connection.serverUrl).catch(() => false);
        if (answers) refined = { kind: 'cors', ...(origin ? { origin } : {}) };
      }
      if (this.stopped) return;
      if (!this.options.connectivity.isOnline()) this.goOffline();
      else this.fail(refined, true);
    } finally {
      this.failing = false;
    }
  }

  /** Stops all traffic; with `retry`, one probe tries again after a growing, jittered wait. */
  private fail(problem: CouchProblem, retry: boolean): void {
    if (this.stopped) return;
    const firstFailure = this.connected || this.machine.failures === 0;
    this.suspend();
    this.options.board.setProblem(CONNECTION, problem);
    if (firstFailure) this.hooks.log('error', `${problem.kind === 'needs-password' ? 'Not connecting' : 'Sync paused'}: ${problemLine(problem)}`);
    this.machine.failed(retry, () => void this.connect());
    this.hooks.changed();
  }

  /** Closes the gate and aborts requests in flight; the replications wait behind the gate. */
  private suspend(): void {
    this.gate.close();
    this.session?.abort();
    this.session = null;
    this.hooks.suspended();
  }

  private goOffline(): void {
    if (this.stopped) return;
    if (this.state !== 'offline') this.hooks.log('info', 'Offline: changes are kept on this laptop and sent when the network returns.');
    this.suspend();
    this.machine.offline();
    this.hooks.changed();
  }

  private onOnline(): void {
    if (this.stopped) return;
    this.machine.forgetFailures();
    if (this.state === 'offline' || this.state === 'waiting') void this.connect();
  }
}

function problemLine(problem: CouchProblem): string {
  return `${problem.kind}${problem.database ? ` (${problem.database})` : ''}${problem.detail ? `: ${problem.detail}` : ''}`;
}
