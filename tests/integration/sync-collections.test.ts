/**
 * Every collection travels both ways against a real server process: a laptop with records in
 * every collection pushes all ten, a second laptop joins and pulls all of them, and a
 * change made on the server reaches a live laptop through the one change feed (not a sweep).
 */
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/vocabulary';
import { recordContent, sameRecordState, type JsonObject } from '../../shared/sync/record-state';
import { fromCouchDoc } from '../../renderer/src/sync/record-transfer';
import { database, serverDocs, waitFor } from './support/couch';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate, type Laptop } from './support/laptop';
import { fillEveryCollection } from './support/records';

const PREFIX = 'quorum_collections_';

const server = useTestServer(PREFIX, THULI);

async function localRecords(laptop: Laptop, name: CollectionName): Promise<Map<string, JsonObject>> {
  const docs = await laptop.db[name].find().exec();
  return new Map(docs.map((doc) => [doc.primary, recordContent(doc.toMutableJSON() as JsonObject)]));
}

describe('every collection replicates', () => {
  it('pushes all ten collections from a laptop, and a second laptop pulls all of them', async () => {
    const first = await openLaptop('collections-a', { server, prefix: PREFIX, account: THULI, online: false });
    const pushed = new Map<CollectionName, Map<string, JsonObject>>();
    try {
      await fillEveryCollection(first.db, 30);
      for (const name of COLLECTION_NAMES) pushed.set(name, await localRecords(first, name));
      const total = [...pushed.values()].reduce((sum, records) => sum + records.size, 0);
      expect(total).toBe(300);
      await first.until('offline with every record waiting', (s) => s.phase === 'offline' && s.pending === total);

      first.network.set(true);
      await first.until('first laptop up to date', upToDate, 60_000);
      for (const name of COLLECTION_NAMES) {
        const onServer = await serverDocs(server, PREFIX, name);
        const local = pushed.get(name) ?? new Map<string, JsonObject>();
        expect(onServer.size, `${name} on the server`).toBe(local.size);
        for (const [id, record] of local) {
          const doc = onServer.get(id);
          expect(doc, `${name}/${id} on the server`).toBeDefined();
          expect(sameRecordState(fromCouchDoc(doc!), record), `${name}/${id} identical on the server`).toBe(true);
        }
      }
    } finally {
      await first.close();
    }

    const second = await openLaptop('collections-b', { server, prefix: PREFIX, account: THULI });
    try {
      await second.until('second laptop up to date', upToDate, 60_000);
      for (const name of COLLECTION_NAMES) {
        const pulled = await localRecords(second, name);
        const expected = pushed.get(name) ?? new Map<string, JsonObject>();
        expect(pulled.size, `${name} pulled`).toBe(expected.size);
        for (const [id, record] of expected) expect(sameRecordState(pulled.get(id) ?? {}, record), `${name}/${id} pulled intact`).toBe(true);
      }
    } finally {
      await second.close();
    }
  }, 120_000);

  it('brings a change made elsewhere to a live laptop through the one change feed', async () => {
    // A sweep would only come after a minute: only the feed can bring the change this fast.
    const laptop = await openLaptop('collections-c', { server, prefix: PREFIX, account: THULI, timing: { sweepMs: 60_000 } });
    try {
      await laptop.until('up to date', upToDate, 60_000);
      const stakeholders = database(server, PREFIX, 'stakeholders', THULI);
      const audit = database(server, PREFIX, 'audit', THULI);
      const at = new Date().toISOString();
      const id = 'remote-stakeholder-1';
      await stakeholders.bulkDocs([
        {
          _id: id,
          kind: 'organisation',
          category: 'ngo_cbo',
          name: 'Marula Street Residents Forum',
          createdAt: at,
          createdBy: 'Other laptop',
          updatedAt: at,
          updatedBy: 'Other laptop',
          hasConflict: false,
        },
      ]);
      const started = Date.now();
      await audit.bulkDocs([
        {
          _id: 'remote-audit-1',
          at,
          actor: 'Other laptop',
          action: 'create',
          recordType: 'stakeholders',
          recordId: id,
          summary: 'Created stakeholder "Marula Street Residents Forum"',
          fields: ['name'],
        },
      ]);
      const arrived = await waitFor('the stakeholder on the live laptop', () => laptop.repos.stakeholders.findById(id), 20_000);
      expect(arrived.name).toBe('Marula Street Residents Forum');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await laptop.close();
    }
  }, 120_000);
});
