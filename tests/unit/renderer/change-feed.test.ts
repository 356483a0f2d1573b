/**
 * The audit trail's change feed, the one live connection sync holds: it names the collections
 * someone changed, and says nothing of the entries this laptop pushed itself (every keystroke of
 * minutes is pushed with its entry; pulling after each echo cost the agenda items and the audit
 * trail a pull each, twice, and a round of attachments).
 */
import { describe, expect, it } from 'vitest';
import type { ChangesRow, CouchDatabase } from '../../../shared/couch/database';
import type { CollectionName } from '../../../shared/schemas/vocabulary';
import { runChangeFeed, type OwnEchoes } from '../../../renderer/src/sync/change-feed';
import { PushedRevisions } from '../../../renderer/src/sync/overtaken-pulls';

interface Entry {
  id: string;
  rev: string;
  recordType: CollectionName;
}

/** An audit database whose feed hands out the polls given, one per request, then ends the run. */
function auditFeed(polls: Entry[][], stop: AbortController): CouchDatabase {
  let seq = 0;
  let next = 0;
  const fake = {
    info: () => Promise.resolve({ update_seq: 0 }),
    changes: () => {
      const poll = polls[next++];
      if (!poll) {
        stop.abort();
        return Promise.resolve({ results: [], last_seq: seq });
      }
      const results: ChangesRow[] = poll.map((entry) => {
        seq += 1;
        return { id: entry.id, seq, changes: [{ rev: entry.rev }], doc: { _id: entry.id, _rev: entry.rev, recordType: entry.recordType } };
      });
      return Promise.resolve({ results, last_seq: seq });
    },
  };
  return fake as unknown as CouchDatabase;
}

async function signalsOf(polls: Entry[][], echoes?: OwnEchoes): Promise<string[][]> {
  const stop = new AbortController();
  const signals: string[][] = [];
  await runChangeFeed(
    auditFeed(polls, stop),
    { serverTimeoutMs: 1_000, clientTimeoutMs: 2_000 },
    stop.signal,
    (touched) => signals.push([...touched].sort()),
    echoes,
  );
  return signals;
}

function echoesOf(pushed: PushedRevisions, maxWaitMs = 2_000): OwnEchoes {
  return { isOwn: (id, rev) => pushed.isEcho(id, rev), settled: () => pushed.settled(maxWaitMs) };
}

describe('the change feed', () => {
  const mine = new PushedRevisions();
  mine.wrote('entry-typed', '3-aaa', { id: 'entry-typed' });
  mine.wrote('entry-step', '1-bbb', { id: 'entry-step' });
  const isOwn = echoesOf(mine);

  it("says nothing of a poll that brings only this laptop's own pushed entries", async () => {
    const polls: Entry[][] = [[{ id: 'entry-typed', rev: '3-aaa', recordType: 'agendaitems' }], [{ id: 'entry-step', rev: '1-bbb', recordType: 'meetings' }]];
    expect(await signalsOf(polls, isOwn)).toEqual([]);
    // Without the check, each echo would be a signal to pull.
    expect(await signalsOf(polls)).toEqual([
      ['agendaitems', 'audit'],
      ['audit', 'meetings'],
    ]);
  });

  it("names every collection of someone else's entries, even beside this laptop's own", async () => {
    const polls: Entry[][] = [
      [
        { id: 'entry-typed', rev: '3-aaa', recordType: 'agendaitems' },
        { id: 'entry-theirs', rev: '1-ccc', recordType: 'queries' },
      ],
    ];
    expect(await signalsOf(polls, isOwn)).toEqual([['audit', 'queries']]);
  });

  it('takes an entry of this laptop at another revision than the one it pushed for a change to pull', async () => {
    // The server holds a state of the entry this laptop did not write (a conflict's winner, a restored server).
    const polls: Entry[][] = [[{ id: 'entry-typed', rev: '4-ddd', recordType: 'agendaitems' }]];
    expect(await signalsOf(polls, isOwn)).toEqual([['agendaitems', 'audit']]);
  });

  it('waits for a push that has not heard back yet before it takes the entry for someone else’s', async () => {
    const pushed = new PushedRevisions();
    // The push of a new entry is under way: the server has written it (the feed announces it)
    // but its answer, with the revision, is still on its way back. The push notes the revision
    // once it has the answer, as collection-replication.ts does.
    let answer: (rev: string) => void = () => undefined;
    const push = pushed.track(new Promise<string>((resolve) => (answer = resolve))).then((rev) => pushed.wrote('entry-new', rev, { id: 'entry-new' }));
    setTimeout(() => answer('1-eee'), 20);
    const polls: Entry[][] = [[{ id: 'entry-new', rev: '1-eee', recordType: 'agendaitems' }]];
    expect(await signalsOf(polls, echoesOf(pushed))).toEqual([]);
    await push;
  });

  it('signals an entry it cannot place once the wait for pushes under way runs out', async () => {
    const pushed = new PushedRevisions();
    // A push held up (a dying server) never answers: the feed does not wait for it for ever.
    void pushed.track(new Promise<string>(() => undefined));
    const polls: Entry[][] = [[{ id: 'entry-theirs', rev: '1-fff', recordType: 'queries' }]];
    expect(await signalsOf(polls, echoesOf(pushed, 30))).toEqual([['audit', 'queries']]);
  });
});
