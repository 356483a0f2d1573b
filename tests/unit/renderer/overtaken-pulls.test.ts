import { describe, expect, it } from 'vitest';
import { quorumConflictHandler } from '../../../renderer/src/sync/conflict-handler';
import { isOvertakenPull, markPulledState, PULL_WRITE_CHECK, PushedRevisions, revisionHeight } from '../../../renderer/src/sync/overtaken-pulls';

describe('revisionHeight', () => {
  it('reads the number before the dash, and 0 from anything else', () => {
    expect(revisionHeight('3-a1b2c3')).toBe(3);
    expect(revisionHeight('12-ff')).toBe(12);
    expect(revisionHeight('abc')).toBe(0);
    expect(revisionHeight('-1-x')).toBe(0);
    expect(revisionHeight('')).toBe(0);
  });
});

describe('PushedRevisions', () => {
  it('counts a pulled state older than a pushed one as overtaken, never the same or a newer one', () => {
    const pushed = new PushedRevisions();
    expect(pushed.overtakes('m1', '1-a')).toBe(false);
    pushed.note('m1', '3-c');
    expect(pushed.overtakes('m1', '2-b')).toBe(true);
    expect(pushed.overtakes('m1', '3-c')).toBe(false);
    expect(pushed.overtakes('m1', '4-d')).toBe(false);
    expect(pushed.overtakes('m2', '1-a')).toBe(false);
  });

  it('keeps the highest revision a push has met, whatever the order they are noted in', () => {
    const pushed = new PushedRevisions();
    pushed.note('m1', '5-e');
    pushed.note('m1', '2-b');
    pushed.note('m1', undefined);
    expect(pushed.overtakes('m1', '4-d')).toBe(true);
  });

  it("knows the feed's echo of a state it pushed by its exact revision, and keeps a copy of the state pushed last", () => {
    const pushed = new PushedRevisions();
    expect(pushed.any).toBe(false);
    const state = { id: 'm1', title: 'Council', tags: ['a'] };
    pushed.wrote('m1', '2-b', state);
    state.tags.push('changed afterwards');
    expect(pushed.any).toBe(true);
    expect(pushed.isEcho('m1', '2-b')).toBe(true);
    // Another revision of the same height is someone else's state; a conflict's revision is noted, not written.
    expect(pushed.isEcho('m1', '2-x')).toBe(false);
    pushed.note('m2', '1-a');
    expect(pushed.isEcho('m2', '1-a')).toBe(false);
    expect(pushed.lastWritten('m1', '2-b')).toEqual({ id: 'm1', title: 'Council', tags: ['a'] });
    expect(pushed.lastWritten('m1', '1-a')).toBeNull();
    pushed.wrote('m3', '1-c', { id: 'm3' });
    expect(pushed.lastWritten('m1', '2-b')).toBeNull();
    expect(pushed.isEcho('m1', '2-b')).toBe(true);
    expect(pushed.overtakes('m1', '1-z')).toBe(true);
  });

  it("forgets a revision as its own once the server's state is someone else's, not for its own older state", () => {
    const pushed = new PushedRevisions();
    pushed.wrote('m1', '3-c', { id: 'm1' });
    pushed.seenElsewhere('m1', '2-b');
    expect(pushed.isEcho('m1', '3-c')).toBe(true);
    pushed.seenElsewhere('m1', '3-c');
    expect(pushed.isEcho('m1', '3-c')).toBe(true);
    // A conflicting branch that won on the server, then removed there: 3-c is the winner again, and is not taken for an echo.
    pushed.seenElsewhere('m1', '4-z');
    expect(pushed.isEcho('m1', '3-c')).toBe(false);
  });
});

describe('the conflict handler and an overtaken pull', () => {
  const handler = quorumConflictHandler<Record<string, unknown>>(
    'meetings',
    () => new Date(),
    () => undefined,
  );
  const laptop = { id: 'm1', status: 'notice_issued', _deleted: false };

  it("calls a pulled state a push has overtaken equal to the laptop's at RxDB's last check before storing it, and only there", () => {
    const pushed = new PushedRevisions();
    const pulled = { id: 'm1', status: 'draft', _deleted: false };
    markPulledState(pulled, () => pushed.overtakes('m1', '1-a'));
    // Not overtaken yet: it is a different state, to be stored.
    expect(handler.isEqual(pulled, laptop, PULL_WRITE_CHECK)).toBe(false);
    pushed.note('m1', '2-b');
    expect(isOvertakenPull(pulled)).toBe(true);
    expect(handler.isEqual(pulled, laptop, PULL_WRITE_CHECK)).toBe(true);
    // Every other comparison still compares content.
    expect(handler.isEqual(pulled, laptop, 'downstream-check-if-equal-0')).toBe(false);
    expect(handler.isEqual(pulled, laptop, 'upstream-check-if-equal')).toBe(false);
  });

  it('compares content for states that were never pulled', () => {
    expect(isOvertakenPull({ ...laptop })).toBe(false);
    expect(isOvertakenPull(null)).toBe(false);
    expect(handler.isEqual({ ...laptop }, laptop, PULL_WRITE_CHECK)).toBe(true);
    expect(handler.isEqual({ ...laptop, status: 'draft' }, laptop, PULL_WRITE_CHECK)).toBe(false);
  });
});
