/**
 * A pull fetched just before this laptop pushed a newer state of the same record must not be
 * stored over it (renderer/src/sync/overtaken-pulls.ts).
 *
 * The secretary schedules a meeting and issues its notice a moment later. The pull that brings
 * back the scheduled (draft) meeting is held on the way, as a slow network would hold it, until
 * the notice has been pushed; then it arrives. RxDB, which by then counts "notice issued" as the
 * server's state, stored the older draft over the laptop's record: the meeting read as draft
 * again (the CI failure of the short torture run: "Cannot open the meeting: the meeting is draft
 * agenda") until the echo of the push came, and a lid closed in between made it permanent (the
 * torture run's item 11). The laptop must never show the draft again.
 */
import { describe, expect, it } from 'vitest';
import { CouchDatabase } from '../../shared/couch/database';
import type { FetchLike } from '../../shared/couch/http';
import { databaseName } from '../../shared/couch/names';
import type { Meeting } from '../../shared/schemas';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';
import { adminClient } from './support/couch';
import { sampleRecord } from './support/records';

const PREFIX = 'quorum_overtaken_';
const TITLE = 'Ordinary Council meeting held on the way';

const server = useTestServer(PREFIX, THULI);

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/**
 * A network that holds the first pull of the meetings bringing the draft meeting, and tells when
 * the notice was pushed. A laptop does not fetch its own writes back when the change feed names
 * nothing else (renderer/src/sync/collection-replication.ts), so as the draft reaches the server
 * another tool adds a meeting there too: the pull then fetches the records, the draft among them.
 */
function holdingNetwork(writeElsewhere: () => Promise<void>) {
  const held = deferred();
  const release = deferred();
  const noticePushed = deferred();
  let armed = true;
  let elsewhere = false;
  const fetchLike: FetchLike = async (input, init) => {
    const response = await fetch(input, init);
    const url = String(input);
    const body = typeof init?.body === 'string' ? init.body : '';
    if (!elsewhere && url.includes(`${PREFIX}meetings/_bulk_docs`) && body.includes(TITLE) && body.includes('"status":"draft"') && response.ok) {
      elsewhere = true;
      await writeElsewhere();
    }
    if (armed && url.includes(`${PREFIX}meetings/_changes`) && !url.includes('feed=longpoll')) {
      const text = await response.clone().text();
      if (text.includes(TITLE) && text.includes('"status":"draft"')) {
        armed = false;
        held.resolve();
        await release.promise;
      }
    }
    if (url.includes(`${PREFIX}meetings/_bulk_docs`) && typeof init?.body === 'string' && init.body.includes('"status":"notice_issued"') && response.ok) {
      noticePushed.resolve();
    }
    return response;
  };
  return { fetchLike, held: held.promise, release: release.resolve, noticePushed: noticePushed.promise };
}

describe('a pull overtaken by a push', () => {
  it('is not stored over the newer state the laptop pushed: a meeting whose notice was issued never reads as draft again', async () => {
    const network = holdingNetwork(async () => {
      const { id, ...rest } = sampleRecord('meetings', 1, 'Another tool');
      await new CouchDatabase(adminClient(server), databaseName(PREFIX, 'meetings')).bulkDocs([{ _id: id, ...rest }]);
    });
    const laptop = await openLaptop('overtaken', { server, prefix: PREFIX, account: THULI, fetch: network.fetchLike });
    try {
      await laptop.until('up to date', upToDate);
      const body = await laptop.repos.bodies.create({ name: 'Council', code: 'C', kind: 'council', memberships: [], quorumRule: 'majority', archived: false });
      const meeting = await laptop.repos.meetingWorkflow.schedule({
        bodyId: body.id,
        type: 'ordinary',
        title: TITLE,
        startsAt: '2026-12-08T08:00:00.000Z',
        venue: 'Council Chamber',
        sequence: 1,
      });
      const seen: Array<Meeting['status'] | 'gone'> = [];
      const watching = laptop.repos.meetings.watchById(meeting.id).subscribe((record) => seen.push(record?.status ?? 'gone'));
      try {
        // The echo of the draft is on its way back, held; meanwhile the notice is issued and pushed.
        await network.held;
        await laptop.repos.meetingWorkflow.act(meeting.id, 'issue_notice');
        await network.noticePushed;
        // RxDB notes the pushed state as the server's right after the push returns.
        await new Promise((done) => setTimeout(done, 300));
        network.release();
        await laptop.until('up to date', upToDate);
        await new Promise((done) => setTimeout(done, 300));

        expect(seen[0]).toBe('draft');
        const issued = seen.indexOf('notice_issued');
        expect(issued).toBeGreaterThan(0);
        expect(seen.slice(issued), 'the statuses the laptop showed after the notice').toEqual(seen.slice(issued).map(() => 'notice_issued'));
        const opened = await laptop.repos.meetingWorkflow.act(meeting.id, 'open', undefined, { anotherDay: true });
        expect(opened.status).toBe('in_session');
      } finally {
        watching.unsubscribe();
      }
    } finally {
      await laptop.close();
    }
  }, 120_000);
});
