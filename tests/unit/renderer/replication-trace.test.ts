import { BehaviorSubject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { describeReplicationState, ReplicationTrace } from '../../../renderer/src/sync/replication-trace';

describe('ReplicationTrace', () => {
  it('says which step each call in flight waits at, and for how long', async () => {
    let now = 0;
    const trace = new ReplicationTrace(() => now);
    let release = () => undefined as void;
    const push = trace.run('push', async (call) => {
      call.step('reading the server');
      await new Promise<void>((resolve) => (release = resolve));
    });
    now = 42_000;
    expect(trace.describe()).toBe('in flight: push at "reading the server" for 42 s; pushes ended 0 (failed 0), pulls ended 0 (failed 0)');
    release();
    await push;
    expect(trace.describe()).toBe('no handler call in flight; pushes ended 1 (failed 0), pulls ended 0 (failed 0)');
  });

  it('counts the requests waiting at each gate and those in flight', () => {
    const trace = new ReplicationTrace(() => 0);
    const leaveStage = trace.request("waiting for the join's essential collections");
    const leaveFlight = trace.request('in flight');
    expect(trace.describe()).toBe(
      "no handler call in flight; pushes ended 0 (failed 0), pulls ended 0 (failed 0); 1 request(s) waiting for the join's essential collections; 1 request(s) in flight",
    );
    leaveStage();
    leaveStage();
    leaveFlight();
    expect(trace.describe()).toBe('no handler call in flight; pushes ended 0 (failed 0), pulls ended 0 (failed 0)');
  });

  it('counts failures, keeps the last one, and passes the error on', async () => {
    const trace = new ReplicationTrace(() => 0);
    await expect(trace.run('pull', () => Promise.reject(new TypeError('fetch failed')))).rejects.toThrow('fetch failed');
    expect(trace.describe()).toBe(
      'no handler call in flight; pushes ended 0 (failed 0), pulls ended 1 (failed 1); last failure: pull: TypeError: fetch failed',
    );
  });
});

describe('describeReplicationState', () => {
  it('says which direction RxDB calls active, whether its first pass is done, and its counters', () => {
    const rs = {
      internalReplicationState: {
        events: { active: { up: new BehaviorSubject(true), down: new BehaviorSubject(false) } },
        firstSyncDone: { up: new BehaviorSubject(false), down: new BehaviorSubject(true) },
        stats: { up: { persistToMaster: 3, processTasks: 0 }, down: { persistFromMaster: 0 } },
      },
      isStopped: () => false,
      isPaused: () => false,
    };
    expect(describeReplicationState(rs as never)).toBe('active up yes down no; first pass done up no down yes; running; up: persistToMaster 3; down: nothing');
    expect(describeReplicationState({ internalReplicationState: undefined } as never)).toBe('not started');
  });
});
