import { BehaviorSubject, Observable, Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveStore, LiveCache, liveCacheOf } from '../../../renderer/src/db/live-cache';

/** A source that counts its subscriptions and says whether one is open. */
function countedSource<T>(subject: Subject<T>) {
  const counts = { subscribed: 0, open: 0 };
  const observable = new Observable<T>((subscriber) => {
    counts.subscribed += 1;
    counts.open += 1;
    const inner = subject.subscribe(subscriber);
    return () => {
      counts.open -= 1;
      inner.unsubscribe();
    };
  });
  return { counts, observable };
}

describe('shared live reads', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives a second reader the value at once, from the one subscription', () => {
    const subject = new BehaviorSubject(['first']);
    const { counts, observable } = countedSource(subject);
    const cache = new LiveCache(1_000);
    const store = cache.store('k', () => observable);
    expect(store.getSnapshot().status).toBe('loading');
    store.subscribe(() => undefined);
    expect(store.getSnapshot()).toEqual({ status: 'ready', data: ['first'], error: undefined });

    // A component mounting now reads the same store and renders with the value before it subscribes.
    const again = cache.store('k', () => observable);
    expect(again).toBe(store);
    expect(again.getSnapshot().data).toEqual(['first']);
    again.subscribe(() => undefined);
    expect(counts.subscribed).toBe(1);
  });

  it('tells every reader of a new value', () => {
    const subject = new BehaviorSubject(1);
    const store = new LiveCache(1_000).store('k', () => subject.asObservable());
    const seen: number[][] = [[], []];
    store.subscribe(() => seen[0]!.push(store.getSnapshot().data!));
    store.subscribe(() => seen[1]!.push(store.getSnapshot().data!));
    subject.next(2);
    expect(seen).toEqual([[1, 2], [2]]);
  });

  it('keeps the read open a while after the last reader leaves, then lets it go and starts afresh', () => {
    const subject = new BehaviorSubject('v1');
    const { counts, observable } = countedSource(subject);
    const cache = new LiveCache(1_000);
    const leave = cache.store('k', () => observable).subscribe(() => undefined);
    leave();
    vi.advanceTimersByTime(999);
    expect(counts.open).toBe(1);
    expect(cache.keys()).toEqual(['k']);
    // A reader within the keep-alive finds the value and the same subscription.
    const store = cache.store('k', () => observable);
    expect(store.getSnapshot().data).toBe('v1');
    const leaveAgain = store.subscribe(() => undefined);
    vi.advanceTimersByTime(5_000);
    expect(counts).toEqual({ subscribed: 1, open: 1 });
    leaveAgain();
    vi.advanceTimersByTime(1_000);
    expect(counts.open).toBe(0);
    expect(cache.keys()).toEqual([]);
    // Let go, its value is not kept (it could go stale): the next reader loads.
    const fresh = cache.store('k', () => observable);
    expect(fresh.getSnapshot().status).toBe('loading');
    fresh.subscribe(() => undefined);
    expect(counts.subscribed).toBe(2);
  });

  it('shares again a store that a component kept after it was let go', () => {
    const subject = new BehaviorSubject(0);
    const { counts, observable } = countedSource(subject);
    const cache = new LiveCache(10);
    const kept = cache.store('k', () => observable);
    kept.subscribe(() => undefined)();
    vi.advanceTimersByTime(10);
    expect(cache.keys()).toEqual([]);
    kept.subscribe(() => undefined);
    expect(cache.store('k', () => observable)).toBe(kept);
    expect(counts.open).toBe(1);
  });

  it('keeps reads of different keys and of different databases apart', () => {
    const a = new BehaviorSubject('a');
    const b = new BehaviorSubject('b');
    const cache = new LiveCache();
    const first = cache.store('a', () => a.asObservable());
    const second = cache.store('b', () => b.asObservable());
    first.subscribe(() => undefined);
    second.subscribe(() => undefined);
    expect([first.getSnapshot().data, second.getSnapshot().data]).toEqual(['a', 'b']);
    const reposOne = {};
    const reposTwo = {};
    expect(liveCacheOf(reposOne)).toBe(liveCacheOf(reposOne));
    expect(liveCacheOf(reposOne)).not.toBe(liveCacheOf(reposTwo));
  });

  it('says an error to its readers', () => {
    const subject = new Subject<string>();
    const store = new LiveCache().store('k', () => subject.asObservable());
    const onChange = vi.fn();
    store.subscribe(onChange);
    subject.error(new Error('the database is closed'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: { message: 'the database is closed' } });
  });

  it('a plain store (no keep-alive) ends its subscription with its last reader', () => {
    const subject = new BehaviorSubject(1);
    const { counts, observable } = countedSource(subject);
    const store = createLiveStore(() => observable);
    const leave = store.subscribe(() => undefined);
    expect(store.getSnapshot().data).toBe(1);
    leave();
    expect(counts.open).toBe(0);
  });
});
