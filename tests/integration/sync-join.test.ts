/**
 * A new laptop joins a municipality whose server already holds records: it pulls the essentials
 * first and the query timelines and audit trail after them, says how far it has come, reads a
 * timeline not yet pulled straight from the server, and, closed halfway, resumes the join where
 * it stopped, ending with every record once.
 */
import { filter, firstValueFrom, timeout } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/vocabulary';
import { BACKGROUND_COLLECTIONS, ESSENTIAL_COLLECTIONS, type JoinStatus } from '../../shared/sync/join';
import { toCouchDoc } from '../../renderer/src/sync/record-transfer';
import type { JsonObject } from '../../shared/sync/record-state';
import { database, serverDocs, waitFor } from './support/couch';
import { openLaptop, type Laptop } from './support/laptop';
import { sampleRecord } from './support/records';
import { THULI, useTestServer } from './support/test-server';

const PREFIX = 'quorum_join_';
const server = useTestServer(PREFIX, THULI);

const ESSENTIALS_EACH = 150;
const BACKGROUND_EACH = 1_500;

async function seedServer(): Promise<string> {
  const timelineQuery = 'query-with-a-timeline';
  for (const name of COLLECTION_NAMES) {
    const count = BACKGROUND_COLLECTIONS.includes(name) ? BACKGROUND_EACH : ESSENTIALS_EACH;
    const records = Array.from({ length: count }, (_, index) => {
      const record = sampleRecord(name, index + 1, 'Another Secretary') as unknown as JsonObject;
      return name === 'queryevents' && index < 3 ? { ...record, queryId: timelineQuery } : record;
    });
    for (let from = 0; from < records.length; from += 500) {
      const results = await database(server, PREFIX, name).bulkDocs(records.slice(from, from + 500).map((record) => toCouchDoc(record)));
      const refused = results.filter((result) => result.error);
      if (refused.length > 0) throw new Error(`The server refused seeded ${name}: ${JSON.stringify(refused[0])}`);
    }
  }
  return timelineQuery;
}

function joinUntil(laptop: Laptop, what: string, check: (status: JoinStatus) => boolean, ms = 60_000): Promise<JoinStatus> {
  return firstValueFrom(
    laptop.repos.sync.watchJoin().pipe(filter(check), timeout({ first: ms, with: () => Promise.reject(new Error(`Timed out waiting for ${what}`)) })),
  );
}

const countOf = (status: JoinStatus, name: CollectionName) => status.collections.find((c) => c.name === name);

describe('a new laptop joining a municipality', () => {
  it('pulls the essentials first, the rest after, resumes when closed halfway, and ends with every record once', async () => {
    const timelineQuery = await seedServer();

    const laptop = await openLaptop('join-a', { server, prefix: PREFIX, account: THULI });
    let closed = false;
    try {
      // Every emission on the way: the background must not receive a record before the essentials are all here.
      const seen: JoinStatus[] = [];
      const watching = laptop.repos.sync.watchJoin().subscribe((status) => seen.push(status));
      const background = await joinUntil(laptop, 'the essentials', (s) => s.phase === 'background');
      watching.unsubscribe();
      expect(background.startedEmpty).toBe(true);
      for (const status of seen.filter((s) => s.phase === 'essentials')) {
        for (const name of BACKGROUND_COLLECTIONS) expect(countOf(status, name)?.onLaptop, `${name} while the essentials arrive`).toBe(0);
      }
      for (const name of ESSENTIAL_COLLECTIONS) expect(await laptop.db[name].count().exec(), `${name} on the laptop`).toBe(ESSENTIALS_EACH);

      // While the timelines are still arriving, a query's timeline is read from the server.
      const fromServer = await laptop.repos.sync.readFromServer('queryevents', 'queryId', timelineQuery);
      expect(fromServer?.map((event) => event.queryId)).toEqual([timelineQuery, timelineQuery, timelineQuery]);

      // The laptop is closed once some timeline entries have arrived, but not all.
      await waitFor('some timeline entries', async () => (await laptop.db.queryevents.count().exec()) > 0, 30_000);
      await laptop.close();
      closed = true;
    } finally {
      if (!closed) await laptop.close();
    }

    const reopened = await openLaptop('join-a', { server, prefix: PREFIX, account: THULI, keepSettings: true });
    try {
      const resumed = await joinUntil(reopened, 'the join as remembered', (s) => s.phase !== 'unknown');
      expect(['background', 'joined']).toContain(resumed.phase);
      expect(resumed.startedEmpty).toBe(true);
      const joined = await joinUntil(reopened, 'the whole join', (s) => s.phase === 'joined', 90_000);
      expect(joined.recordsLeft).toBe(0);
      // Nothing waits to be sent (the pending count is slow on fake IndexedDB, so "up to date" itself is not awaited here).
      await reopened.until('nothing waiting', (status) => status.pending === 0 && status.problem === null, 60_000);
      for (const name of COLLECTION_NAMES) {
        const onServer = await serverDocs(server, PREFIX, name);
        const here = await reopened.db[name].find().exec();
        expect(here.length, `${name}: every record once`).toBe(onServer.size);
        expect(new Set(here.map((doc) => doc.primary)).size).toBe(onServer.size);
      }
    } finally {
      await reopened.close();
    }

    // Joined once, a laptop does not join again.
    const again = await openLaptop('join-a', { server, prefix: PREFIX, account: THULI, keepSettings: true });
    try {
      const status = await joinUntil(again, 'the remembered join', (s) => s.phase !== 'unknown');
      expect(status.phase).toBe('joined');
    } finally {
      await again.close();
    }
  }, 240_000);
});
