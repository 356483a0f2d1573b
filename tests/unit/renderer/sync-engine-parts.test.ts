/**
 * The sync engine's parts, each on its own with a fake clock: the connection's state machine
 * and its backoff, the status board's typed problems, the pull schedule's hints and sweeps, and
 * attachment rounds one at a time. The engine as a whole is tested against real servers in
 * tests/integration/sync-*.test.ts.
 */
import { firstValueFrom, Subject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { AttachmentRounds } from '../../../renderer/src/sync/attachment-rounds';
import { ConnectionGate } from '../../../renderer/src/sync/connection-gate';
import { DatabaseAvailability } from '../../../renderer/src/sync/database-availability';
import type { JoinTracker } from '../../../renderer/src/sync/join-tracker';
import { ReplicationSet } from '../../../renderer/src/sync/replication-set';
import { CouchClient } from '../../../shared/couch/http';
import { createTestData, type TestData } from '../support/test-database';
import { ConnectionStateMachine } from '../../../renderer/src/sync/connection-state';
import { PullSchedule, SWEEP_PATIENCE } from '../../../renderer/src/sync/pull-schedule';
import { CONNECTION, SyncStatusBoard, databaseProblem, pushProblem } from '../../../renderer/src/sync/sync-status-board';
import { backoffDelay, DEFAULT_TIMING, nextRefusedRetry } from '../../../renderer/src/sync/sync-timing';
import { FakeClock } from './support/fake-clock';

const timing = { ...DEFAULT_TIMING };

describe('the connection state machine', () => {
  it('retries after a growing, capped, jittered wait, and starts afresh once connected', () => {
    const clock = new FakeClock();
    const machine = new ConnectionStateMachine(clock, timing, () => 0.5);
    let attempts = 0;
    expect(machine.state).toBe('idle');
    machine.connecting();
    expect(machine.failed(true, () => attempts++)).toBe(2_000);
    expect(machine.state).toBe('waiting');
    expect(machine.nextAttemptAt?.toISOString()).toBe('2026-12-05T08:00:02.000Z');
    clock.advance(1_999);
    expect(attempts).toBe(0);
    clock.advance(1);
    expect(attempts).toBe(1);
    const waits = [2, 3, 4, 5, 6, 7, 8].map(() => machine.failed(true, () => attempts++));
    expect(waits).toEqual([4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    // Only the last scheduled retry runs.
    clock.advance(60_000);
    expect(attempts).toBe(2);
    machine.connecting();
    expect(machine.connected()).toBe(8);
    expect(machine.failures).toBe(0);
    expect(machine.failed(true, () => attempts++)).toBe(2_000);
  });

  it('going offline or stopping cancels the retry; a failure without retry schedules none', () => {
    const clock = new FakeClock();
    const machine = new ConnectionStateMachine(clock, timing, () => 0);
    let attempts = 0;
    machine.failed(true, () => attempts++);
    machine.offline();
    expect(machine.nextAttemptAt).toBeNull();
    clock.advance(120_000);
    expect(attempts).toBe(0);
    expect(machine.failed(false, () => attempts++)).toBeNull();
    expect(clock.waiting).toBe(0);
    machine.failed(true, () => attempts++);
    machine.stop();
    clock.advance(120_000);
    expect(attempts).toBe(0);
    expect(machine.canConnect()).toBe(false);
    machine.enter('starting');
    expect(machine.state).toBe('stopped');
  });

  it('jitters each wait within ± the fraction, never below the floor', () => {
    expect(backoffDelay(1, timing, () => 0)).toBe(1_600);
    expect(backoffDelay(1, timing, () => 0.999_999)).toBe(2_400);
    expect(backoffDelay(1, { ...timing, backoffBaseMs: 100 }, () => 0)).toBe(1_000);
    expect(backoffDelay(40, timing, () => 1)).toBe(72_000);
    expect(nextRefusedRetry(undefined, timing)).toBe(30_000);
    expect(nextRefusedRetry(200_000, timing)).toBe(300_000);
  });
});

describe('the sync status board', () => {
  const input = { state: 'connected' as const, pending: { count: 0, capped: false }, counting: false, nextAttemptAt: null };

  it('keeps problems apart by key and shows the connection’s first', async () => {
    const clock = new FakeClock();
    const board = new SyncStatusBoard(
      () => clock.now(),
      () => undefined,
      60_000,
    );
    board.setProblem(pushProblem('meetings'), { kind: 'refused-write', count: 1, what: 'Meetings', detail: 'Forbidden' });
    board.setProblem(databaseProblem('quorum_x_meetings'), { kind: 'missing-database', database: 'quorum_x_meetings' });
    board.publish(input);
    expect(board.status.phase).toBe('error');
    expect(board.status.problem?.kind).toBe('refused-write');
    board.setProblem(CONNECTION, { kind: 'unreachable' });
    board.publish({ ...input, state: 'waiting', nextAttemptAt: new Date('2026-12-05T08:01:00Z') });
    expect((await firstValueFrom(board.status$)).problem?.kind).toBe('unreachable');
    expect(board.status.nextAttemptAt).toBe('2026-12-05T08:01:00.000Z');
    expect(board.clearProblem(CONNECTION)).toBe(true);
    expect(board.clearProblem(CONNECTION)).toBe(false);
    expect(board.hasProblem(pushProblem('meetings'))).toBe(true);
    expect(board.hasProblem(pushProblem('attachments'))).toBe(false);
  });

  it('is up to date only with nothing busy or waiting', () => {
    const clock = new FakeClock();
    const remembered: string[] = [];
    const board = new SyncStatusBoard(
      () => clock.now(),
      (at) => remembered.push(at),
      60_000,
    );
    expect(board.setBusy('meetings', true)).toBe(true);
    expect(board.setBusy('meetings', true)).toBe(false);
    board.setBusy('attachments', true);
    board.setBusy('attachments', false);
    board.publish(input);
    expect(board.status.phase).toBe('syncing');
    // What keeps it syncing is named (a torture run's laptop that never settles says which).
    expect(board.busySources()).toEqual(['meetings']);
    board.setBusy('meetings', false);
    expect(board.busySources()).toEqual([]);
    board.publish({ ...input, pending: { count: 2, capped: false } });
    expect(board.status.phase).not.toBe('up-to-date');
    board.publish(input);
    expect(board.status.phase).toBe('up-to-date');
    expect(remembered).toEqual(['2026-12-05T08:00:00.000Z']);
  });

  it('remembers the time of the last complete sync once a minute while publishing every 30 s', () => {
    const clock = new FakeClock();
    const remembered: string[] = [];
    const board = new SyncStatusBoard(
      () => clock.now(),
      (at) => remembered.push(at),
      60_000,
    );
    for (let sweep = 0; sweep < 5; sweep++) {
      board.publish(input);
      clock.advance(30_000);
    }
    expect(remembered).toEqual(['2026-12-05T08:00:00.000Z', '2026-12-05T08:01:30.000Z']);
    expect(board.lastSyncedAt).toBe('2026-12-05T08:02:00.000Z');
  });
});

describe('the pull schedule', () => {
  it('pulls a named collection at once and once more later, and sweeps on time', () => {
    const clock = new FakeClock();
    const pulled: string[] = [];
    let sweeps = 0;
    let agenda = 0;
    let connected = true;
    const schedule = new PullSchedule(clock, timing, {
      pull: (name) => pulled.push(name),
      connected: () => connected,
      agendaChanged: () => agenda++,
      sweep: () => sweeps++,
    });
    schedule.pullSoon(new Set(['queries', 'agendaitems'] as const));
    expect(pulled).toEqual(['queries', 'agendaitems']);
    expect(agenda).toBe(1);
    schedule.pullSoon(new Set(['queries'] as const));
    clock.advance(timing.hintRepeatMs);
    // One repeat per collection, however many hints came meanwhile.
    expect(pulled).toEqual(['queries', 'agendaitems', 'queries', 'agendaitems', 'queries']);
    connected = false;
    schedule.pullSoon(new Set(['queries'] as const));
    clock.advance(timing.hintRepeatMs);
    expect(pulled.length).toBe(6);
    schedule.scheduleSweep();
    clock.advance(timing.sweepMs);
    expect(sweeps).toBe(1);
    schedule.scheduleSweep();
    schedule.cancelAll();
    clock.advance(timing.sweepMs);
    expect(sweeps).toBe(1);
  });
});

describe('the sweeps', () => {
  const counted = (clock: FakeClock) => {
    let sweeps = 0;
    const schedule = new PullSchedule(clock, timing, { pull: () => undefined, connected: () => true, agendaChanged: () => undefined, sweep: () => sweeps++ });
    return { schedule, sweeps: () => sweeps };
  };

  it('never overlap: the next runs sweepMs after the last one’s pulls ended, not after it began', () => {
    const clock = new FakeClock();
    const { schedule, sweeps } = counted(clock);
    schedule.sweepBegan();
    expect(schedule.sweeping).toBe(true);
    // Its pulls take longer than sweepMs (a slow laptop): no sweep starts on top of them.
    clock.advance(timing.sweepMs * 2);
    expect(sweeps()).toBe(0);
    expect(schedule.describeSweeps()).toBe(`a sweep running for ${(timing.sweepMs * 2) / 1000} s; the last took (none yet)`);
    schedule.sweepSettled();
    expect(schedule.sweeping).toBe(false);
    expect(schedule.describeSweeps()).toBe(`no sweep running; the last took ${timing.sweepMs * 2} ms`);
    clock.advance(timing.sweepMs - 1);
    expect(sweeps()).toBe(0);
    clock.advance(1);
    expect(sweeps()).toBe(1);
    // Said twice, or with no sweep running, it changes nothing.
    schedule.sweepSettled();
    clock.advance(timing.sweepMs);
    expect(sweeps()).toBe(1);
  });

  it('run anyway once the patience runs out, if the last sweep’s pulls never end', () => {
    const clock = new FakeClock();
    const { schedule, sweeps } = counted(clock);
    schedule.sweepBegan();
    clock.advance(timing.sweepMs * SWEEP_PATIENCE - 1);
    expect(sweeps()).toBe(0);
    clock.advance(1);
    expect(sweeps()).toBe(1);
  });

  it('stop with the connection: a sweep cancelled is not waited for', () => {
    const clock = new FakeClock();
    const { schedule, sweeps } = counted(clock);
    schedule.sweepBegan();
    schedule.cancelSweep();
    expect(schedule.sweeping).toBe(false);
    clock.advance(timing.sweepMs * SWEEP_PATIENCE);
    schedule.sweepSettled();
    clock.advance(timing.sweepMs);
    expect(sweeps()).toBe(0);
  });
});

describe('attachment rounds', () => {
  it('run one at a time, once more after a round asked for meanwhile, and not while disconnected', async () => {
    const rounds: Array<() => void> = [];
    const busy: boolean[] = [];
    let connected = true;
    const store = {
      syncWith: () =>
        new Promise<{ sent: number; received: number; refused: [] }>((resolve) => rounds.push(() => resolve({ sent: 1, received: 0, refused: [] }))),
      setRemote: () => undefined,
      pendingCount: () => Promise.resolve(0),
      changes$: new Subject<unknown>(),
    };
    let done = 0;
    const attachments = new AttachmentRounds(store, {
      remote: () => (connected ? { url: 'http://couch/quorum_x_attachments', fetch: fetch } : null),
      busy: (value) => busy.push(value),
      done: () => done++,
      failed: () => undefined,
      stopped: () => false,
    });
    attachments.run();
    attachments.run();
    attachments.run();
    expect(rounds.length).toBe(1);
    rounds[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(1);
    expect(rounds.length).toBe(2);
    rounds[1]?.();
    await attachments.finish(1_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(2);
    expect(busy).toEqual([true, false, true, false]);
    connected = false;
    attachments.run();
    expect(rounds.length).toBe(2);
  });
});

describe('the replication set', () => {
  let data: TestData | null = null;
  afterEach(async () => {
    await data?.db.close();
    data = null;
  });

  it('starts no replication once stopped: an identity check that ends after the engine stopped leaves the closing database alone', async () => {
    data = await createTestData();
    const active: string[] = [];
    const set = new ReplicationSet({
      db: data.db,
      connection: { serverUrl: 'http://127.0.0.1:9/', prefix: 'quorum_x_', username: '', password: null },
      gate: new ConnectionGate(),
      client: () => new CouchClient({ serverUrl: 'http://127.0.0.1:9/' }),
      timing: DEFAULT_TIMING,
      events: { skipped: () => undefined, refused: () => undefined, confirmed: () => undefined, pushed: () => undefined },
      onActive: (name) => active.push(name),
      onStopped: () => undefined,
      onSent: () => undefined,
      onReceived: () => undefined,
      onCaughtUp: () => undefined,
      stageReady: () => Promise.resolve(),
      inBackground: () => false,
      log: () => undefined,
    });
    await set.stopAll();
    expect(await set.adopt('meetings', 'a-new-identity')).toBe(true);
    await set.restart('queries');
    expect(set.entries()).toEqual([]);
    expect(active).toEqual([]);
  });
});

describe('which server databases can be used', () => {
  it('holds a missing database’s collection, names it in the status, and frees it when it answers again', () => {
    const clock = new FakeClock();
    const board = new SyncStatusBoard(
      () => clock.now(),
      () => undefined,
      60_000,
    );
    const marks: string[] = [];
    const replications = {
      dbName: (name: string) => `quorum_x_${name}`,
      markUnavailable: (name: string) => marks.push(`held ${name}`),
      markAvailable: (name: string) => marks.push(`free ${name}`),
    } as unknown as ReplicationSet;
    const joinMarks: string[] = [];
    const join = { setUnavailable: (name: string, unavailable: boolean) => joinMarks.push(`${name} ${unavailable}`) } as unknown as JoinTracker;
    const databases = new DatabaseAvailability({ serverUrl: 'http://couch:5984/', board, join, replications: () => replications });
    const url = 'http://couch:5984/quorum_x_meetings/_bulk_docs';
    expect(databases.noteOutcome({ ok: false, url, problem: { kind: 'missing-database', database: 'quorum_x_meetings' } })).toBe(true);
    expect(board.hasProblem(databaseProblem('quorum_x_meetings'))).toBe(true);
    expect(marks).toEqual(['held meetings']);
    expect(joinMarks).toEqual(['meetings true']);
    // A connection problem concerns every database, not this one.
    expect(databases.noteOutcome({ ok: false, url, problem: { kind: 'unreachable' } })).toBe(false);
    // Another server's answer is not ours.
    expect(databases.noteOutcome({ ok: true, url: 'http://elsewhere/quorum_x_meetings/' })).toBe(false);
    expect(databases.noteOutcome({ ok: true, url })).toBe(true);
    expect(board.hasProblem(databaseProblem('quorum_x_meetings'))).toBe(false);
    databases.available('meetings');
    expect(marks).toEqual(['held meetings', 'free meetings']);
    expect(joinMarks).toEqual(['meetings true', 'meetings false']);
  });
});
