/**
 * A laptop's own writes coming back through the change feed: once it has pushed, the pull reads
 * a batch's revisions first and fetches the records only when some change is someone else's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCollectionReplication, type CollectionReplication, type ReplicationDatabase } from '../../../renderer/src/sync/collection-replication';
import { ConnectionGate } from '../../../renderer/src/sync/connection-gate';
import { ReplicationTrace } from '../../../renderer/src/sync/replication-trace';
import type { AllDocsRow, ChangesRow, CouchDoc } from '../../../shared/couch/database';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';
import { sampleRecord } from '../../integration/support/records';
import { createTestDatabase, memoryStorage } from '../support/test-database';

/** A CouchDB database in memory: revisions, a change feed, and every request noted. */
class FakeServerDatabase implements ReplicationDatabase {
  readonly docs = new Map<string, CouchDoc>();
  private feed: Array<{ id: string; seq: number }> = [];
  private seq = 0;
  readonly requests: string[] = [];

  put(doc: CouchDoc): string {
    const height = Number.parseInt(String(this.docs.get(doc._id)?._rev ?? '0-'), 10) + 1;
    const rev = `${height}-${Math.random().toString(16).slice(2, 10)}`;
    this.docs.set(doc._id, { ...doc, _rev: rev });
    this.seq += 1;
    this.feed = [...this.feed.filter((entry) => entry.id !== doc._id), { id: doc._id, seq: this.seq }];
    return rev;
  }

  changes(options: { since?: unknown; limit?: number; includeDocs?: boolean }) {
    const since = Number(options.since ?? 0);
    this.requests.push(`${options.includeDocs ? 'changes with records' : 'changes, revisions only'} since ${since}`);
    const rows = this.feed.filter((entry) => entry.seq > since).slice(0, options.limit);
    const results: ChangesRow[] = rows.map(({ id, seq }) => {
      const doc = this.docs.get(id)!;
      return { id, seq, changes: [{ rev: String(doc._rev) }], ...(doc._deleted === true ? { deleted: true } : {}), ...(options.includeDocs ? { doc } : {}) };
    });
    return Promise.resolve({ results, last_seq: rows.at(-1)?.seq ?? since });
  }

  allDocs(keys: string[]) {
    this.requests.push('read records');
    const rows: AllDocsRow[] = keys.map((key) => {
      const doc = this.docs.get(key);
      return doc ? { key, id: key, value: { rev: String(doc._rev) }, doc } : { key, error: 'not_found' };
    });
    return Promise.resolve(rows);
  }

  bulkDocs(docs: CouchDoc[]) {
    this.requests.push('write records');
    return Promise.resolve(
      docs.map((doc) => {
        const current = this.docs.get(doc._id);
        if (current && current._rev !== doc._rev) return { id: doc._id, error: 'conflict' };
        return { id: doc._id, ok: true, rev: this.put(doc) };
      }),
    );
  }

  get(id: string) {
    return Promise.resolve(this.docs.get(id) ?? null);
  }
}

describe("the pull and this laptop's own writes", () => {
  let db: QuorumDatabase | null = null;
  let replication: CollectionReplication<'stakeholders'> | null = null;
  afterEach(async () => {
    await replication?.cancel();
    await db?.close();
    replication = null;
    db = null;
  });

  async function laptopWith(server: FakeServerDatabase) {
    db = await createTestDatabase(memoryStorage());
    const gate = new ConnectionGate();
    gate.open();
    replication = createCollectionReplication({
      name: 'stakeholders',
      collection: db.stakeholders,
      database: server,
      identifier: 'echo-test',
      gate,
      pullBatchSize: 50,
      pushBatchSize: 50,
      retryTimeMs: 1_000,
      events: { skipped: () => undefined, refused: () => undefined, confirmed: () => undefined, pushed: () => undefined },
      trace: new ReplicationTrace(),
    });
    await replication.start();
    await replication.awaitInitialReplication();
    return { db, replication };
  }

  /** Writes `count` records on the laptop and waits until they are pushed. */
  async function writeAndPush(laptop: { db: QuorumDatabase; replication: CollectionReplication<'stakeholders'> }, count: number) {
    const records = Array.from({ length: count }, (_, n) => sampleRecord('stakeholders', n + 1));
    await laptop.db.stakeholders.bulkInsert(records);
    await laptop.replication.awaitInSync();
    return records;
  }

  async function pullAgain(rs: CollectionReplication<'stakeholders'>) {
    rs.reSync();
    await rs.awaitInSync();
  }

  it('a laptop that has pushed nothing fetches the records with the feed at once (a join: one request a batch)', async () => {
    const server = new FakeServerDatabase();
    const record = sampleRecord('stakeholders', 1);
    const { id, ...rest } = record;
    server.put({ _id: id, ...rest });
    const laptop = await laptopWith(server);
    expect(server.requests.filter((r) => r.startsWith('changes'))).toEqual(['changes with records since 0']);
    expect((await laptop.db.stakeholders.findOne(id).exec())?.name).toBe(record.name);
  });

  it('does not fetch its own pushed records back', async () => {
    const server = new FakeServerDatabase();
    const laptop = await laptopWith(server);
    const records = await writeAndPush(laptop, 5);
    expect(server.docs.size).toBe(5);
    server.requests.length = 0;
    await pullAgain(laptop.replication);
    // The feed names the five writes; their revisions are the ones this laptop's push was given.
    // RxDB stores a checkpoint only with documents: the state pushed last is handed over, as it
    // is known here, and nothing is fetched…
    expect(server.requests).toEqual(['changes, revisions only since 0']);
    const stored = await laptop.db.stakeholders.find().exec();
    expect(stored.map((doc) => doc.name).sort()).toEqual(records.map((r) => r.name).sort());
    // …so the next pull starts after them.
    server.requests.length = 0;
    await pullAgain(laptop.replication);
    expect(server.requests).toEqual(['changes, revisions only since 5']);
  });

  it('moves on past its own deletions without fetching anything', async () => {
    const server = new FakeServerDatabase();
    const laptop = await laptopWith(server);
    const records = await writeAndPush(laptop, 3);
    await pullAgain(laptop.replication);
    await laptop.db.stakeholders.findByIds(records.map((r) => r.id)).remove();
    await laptop.replication.awaitInSync();
    expect([...server.docs.values()].filter((doc) => doc._deleted === true)).toHaveLength(3);
    server.requests.length = 0;
    await pullAgain(laptop.replication);
    expect(server.requests).toEqual(['changes, revisions only since 3']);
    server.requests.length = 0;
    await pullAgain(laptop.replication);
    expect(server.requests).toEqual(['changes, revisions only since 6']);
  });

  it("fetches the records when a batch holds someone else's change, and stores that change", async () => {
    const server = new FakeServerDatabase();
    const laptop = await laptopWith(server);
    const mine = sampleRecord('stakeholders', 1);
    await laptop.db.stakeholders.insert(mine);
    await laptop.replication.awaitInSync();
    // Another laptop renames this laptop's record on the server, and adds one of its own.
    const onServer = server.docs.get(mine.id)!;
    server.put({ ...onServer, name: 'Renamed elsewhere' });
    const theirs = sampleRecord('stakeholders', 2);
    const { id: theirId, ...theirRest } = theirs;
    server.put({ _id: theirId, ...theirRest });
    server.requests.length = 0;
    await pullAgain(laptop.replication);
    expect(server.requests).toEqual(['changes, revisions only since 0', 'changes with records since 0']);
    expect((await laptop.db.stakeholders.findOne(mine.id).exec())?.name).toBe('Renamed elsewhere');
    expect((await laptop.db.stakeholders.findOne(theirId).exec())?.name).toBe(theirs.name);
  });
});
