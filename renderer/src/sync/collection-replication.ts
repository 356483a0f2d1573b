/**
 * One collection's replication with its CouchDB database, built on RxDB's generic replication
 * protocol (rxdb/plugins/replication) with our own handlers for CouchDB's HTTP API, instead of
 * rxdb/plugins/replication-couchdb:
 *
 * - No live feed per collection: six live long-poll feeds deadlock a Chromium page (six
 *   HTTP/1.1 connections per host, docs/stack-facts.md). The engine runs ONE feed and calls reSync().
 * - Pull reads `_changes` in batches, skips design documents and malformed records (reported,
 *   never stored), and fills a batch up again, because RxDB stops pulling at the first batch
 *   shorter than the batch size. Once this laptop has pushed, it reads a batch's revisions
 *   first and skips its own writes coming back (overtaken-pulls.ts), fetching records only
 *   when some change is someone else's.
 * - Push reads the server's current state, writes with the server's `_rev` only when it is the
 *   state RxDB assumed (a record deleted there and kept here is written without one: CouchDB
 *   refuses the deletion's revision), hands anything else back as a conflict for our merge, and does not
 *   write a state the server already holds (a push repeated after the server died mid-push
 *   adds no revision and no duplicate). Refused writes (validation, roles) are reported and
 *   the batch is retried later: nothing is dropped.
 * - Every pulled state is marked with its server revision and every push notes the revisions it
 *   wrote, so a state fetched just before this laptop pushed a newer one is not stored over it
 *   (overtaken-pulls.ts).
 * - Records an older app wrote (an older schema version) are brought up to date as they are read
 *   from the server, with the same step as the schema migration (shared/schemas/migrations.ts),
 *   so pulled records pass the schema and the push compares like with like.
 */
import type { RxCollection, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { filter, map, take } from 'rxjs';
import type { ChangesResponse, ChangesRow, CouchDatabase, CouchDoc, CouchSeq } from '@shared/couch/database';
import type { OfficialRef } from '@shared/domain/officials';
import { COLLECTIONS_LINKING_OFFICIALS, upgradeRecord } from '@shared/schemas/migrations';
import type { RecordTypes } from '@shared/schemas';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { sameRecordState, type JsonObject } from '@shared/sync/record-state';
import type { ConnectionGate } from './connection-gate';
import { markPulledState, PushedRevisions } from './overtaken-pulls';
import { PullPacer } from './pull-pacer';
import type { HandlerCall, ReplicationTrace } from './replication-trace';
import { fromCouchDoc, recordProblem, toCouchDoc } from './record-transfer';

export interface PullCheckpoint {
  sequence: CouchSeq;
}

export interface Refusal {
  id: string;
  reason: string;
}

/** What the handlers tell the engine, which keeps the status and the log from it. */
export interface ReplicationEvents {
  /** A record on the server failed the schema and was not stored here. */
  skipped(collection: CollectionName, id: string, reason: string): void;
  /** The server refused to store some records. */
  refused(collection: CollectionName, refusals: Refusal[]): void;
  /** These record states are now known to be on the server. */
  confirmed(collection: CollectionName, states: JsonObject[]): void;
  /** A push finished without refusals. */
  pushed(collection: CollectionName): void;
}

export class PushRefusedError extends Error {
  constructor(
    readonly collection: CollectionName,
    readonly refusals: Refusal[],
  ) {
    super(`The server refused ${refusals.length} record(s) in ${collection}: ${refusals[0]?.reason ?? ''}`);
    this.name = 'PushRefusedError';
  }
}

/** The server database operations a replication uses (a CouchDatabase, or the engine's guarded view of one). */
export type ReplicationDatabase = Pick<CouchDatabase, 'changes' | 'allDocs' | 'bulkDocs' | 'get'>;

export interface CollectionReplicationOptions<K extends CollectionName> {
  name: K;
  collection: RxCollection<RecordTypes[K]>;
  database: ReplicationDatabase;
  identifier: string;
  gate: ConnectionGate;
  pullBatchSize: number;
  pushBatchSize: number;
  retryTimeMs: number;
  events: ReplicationEvents;
  /** Where the replication notes the revisions its pushes wrote (given, so that the change feed can tell its echoes). */
  pushed?: PushedRevisions;
  /**
   * True while the pull is to be paced (the background stage of a join): each batch is fetched
   * only once the last is written here, or after `paceMaxWaitMs` (pull-pacer.ts).
   */
  paced?: () => boolean;
  paceMaxWaitMs?: number;
  /** Notes where the handlers' calls are, for diagnosing a replication that does not settle. */
  trace: ReplicationTrace;
}

export type CollectionReplication<K extends CollectionName> = RxReplicationState<RecordTypes[K], PullCheckpoint>;

export function createCollectionReplication<K extends CollectionName>(options: CollectionReplicationOptions<K>): CollectionReplication<K> {
  const { name, collection, database, gate, events } = options;
  const pacer = options.paced
    ? new PullPacer({
        writes: collection.storageInstance.changeStream().pipe(map((bulk) => bulk.events.map((event) => event.documentId))),
        read: async (id) => (await collection.storageInstance.findDocumentsById([id], true))[0],
        maxWaitMs: options.paceMaxWaitMs ?? 5_000,
      })
    : null;
  const paced = () => (pacer && options.paced?.() ? pacer : null);
  /** What this laptop's pushes wrote or found on the server, and the revisions of the batch the pull last handed over. */
  const pushed = options.pushed ?? new PushedRevisions();
  let handedOverRevs = new Map<string, string>();

  /** The officials typed officer names are matched to, read when a batch needs them. */
  async function officials(): Promise<OfficialRef[]> {
    if (!COLLECTIONS_LINKING_OFFICIALS.includes(name)) return [];
    const members = (collection.database.collections as Partial<{ members: RxCollection<RecordTypes['members']> }>).members;
    if (!members) return [];
    const docs = await members.find({ selector: { kind: 'official' } }).exec();
    return docs.map((doc) => ({ id: doc.id, fullName: doc.fullName, ...(doc.title ? { title: doc.title } : {}) }));
  }

  /** A server document as a record state in the current schema. */
  const fromServer = (doc: CouchDoc, people: readonly OfficialRef[]): JsonObject => upgradeRecord(name, fromCouchDoc(doc), people);

  /** A deletion that arrives without the record's fields (deleted by another tool) takes them from here. */
  async function completeDeletion(state: JsonObject): Promise<JsonObject | null> {
    if (!recordProblem(name, state)) return state;
    const [local] = await collection.storageInstance.findDocumentsById([String(state.id)], true);
    if (!local) return null;
    const content: JsonObject = {};
    for (const [key, value] of Object.entries(local)) if (!key.startsWith('_')) content[key] = value;
    return { ...content, _deleted: true };
  }

  async function pulledState(state: JsonObject): Promise<JsonObject | null> {
    if (state._deleted === true) return completeDeletion(state);
    const problem = recordProblem(name, state);
    if (problem) {
      events.skipped(name, String(state.id), problem);
      return null;
    }
    return state;
  }

  /** The last pull reached the end of the feed (the feed then mostly brings this laptop's own writes back). */
  let atHead = false;

  /** A change that is this laptop's own push coming back: the server holds what this laptop holds. */
  const isEcho = (row: ChangesRow) => pushed.isEcho(row.id, row.changes[0]?.rev);

  /**
   * The feed from `since`, with the records. Once this laptop has pushed, much of the feed is its
   * own writes coming back (every keystroke of minutes is pushed, then announced by the feed): it
   * first reads the revisions alone, and the records only when some change is not its own.
   */
  async function changesFrom(since: CouchSeq, limit: number): Promise<ChangesResponse> {
    // Not while catching up with a backlog (a join, a day offline): those batches are full of
    // other people's records, and the first read would be one request more for each.
    if (pushed.any && atHead) {
      const revisions = await database.changes({ since, limit, includeDocs: false });
      if (revisions.results.every((row) => row.id.startsWith('_design/') || isEcho(row))) return revisions;
    }
    const changes = await database.changes({ since, limit, includeDocs: true });
    atHead = changes.results.length < limit;
    return changes;
  }

  async function pull(call: HandlerCall, checkpoint: PullCheckpoint | undefined, batchSize: number) {
    call.step('pacing');
    await paced()?.settled();
    call.step('waiting for the connection');
    await gate.wait();
    let since: CouchSeq = checkpoint?.sequence ?? 0;
    const documents: JsonObject[] = [];
    const revs = new Map<string, string>();
    call.step('reading the officials here');
    const people = await officials();
    const take = async (doc: CouchDoc) => {
      pushed.seenElsewhere(doc._id, doc._rev);
      const state = await pulledState(fromServer(doc, people));
      if (!state) return;
      documents.push(state);
      if (doc._rev) revs.set(String(state.id), doc._rev);
    };
    /** This laptop's own writes that the feed named. */
    const echoes: Array<{ id: string; rev: string | undefined; deleted: boolean }> = [];
    for (;;) {
      call.step('reading the changes feed');
      const changes = await changesFrom(since, batchSize);
      since = changes.last_seq;
      for (const row of changes.results) {
        if (row.id.startsWith('_design/')) continue;
        if (isEcho(row)) echoes.push({ id: row.id, rev: row.changes[0]?.rev, deleted: row.deleted === true });
        else if (row.doc) await take(row.doc);
      }
      if (changes.results.length < batchSize || documents.length >= batchSize) break;
    }
    if (documents.length === 0 && echoes.length > 0) {
      // RxDB keeps the checkpoint of a pull only with its documents, so a pull of nothing but
      // this laptop's own writes hands one of them over (RxDB finds it as it is here and writes
      // nothing), or the same writes would be read again at every pull: the state this laptop
      // pushed last, when the feed names its revision (a deletion too), or else the last record
      // not deleted, read now.
      const own = echoes.find((echo) => pushed.lastWritten(echo.id, echo.rev));
      const kept = own ? pushed.lastWritten(own.id, own.rev) : null;
      const alive = echoes.filter((echo) => !echo.deleted).at(-1);
      if (own && kept) {
        documents.push(structuredClone(kept) as JsonObject); // RxDB may keep what it is handed.
        if (own.rev) revs.set(own.id, own.rev);
      } else if (alive) {
        call.step('reading a record to move the checkpoint on');
        const [row] = await database.allDocs([alive.id]);
        if (row?.doc) await take(row.doc);
      }
    }
    paced()?.handedOver(documents);
    handedOverRevs = revs;
    return { documents: documents as unknown as WithDeleted<RecordTypes[K]>[], checkpoint: { sequence: since } };
  }

  /** The body of a deletion on the server; its fields from `fallback` when the tombstone has none. */
  async function tombstone(id: string, rev: string | undefined, fallback: JsonObject, people: readonly OfficialRef[]): Promise<JsonObject> {
    const doc = rev ? await database.get(id, rev) : null;
    const state = doc ? fromServer(doc, people) : { id, _deleted: true };
    return recordProblem(name, state) ? { ...fallback, ...state, _deleted: true } : state;
  }

  async function serverStates(ids: string[], fallbacks: Map<string, JsonObject>) {
    const states = new Map<string, { state: JsonObject; rev: string | undefined }>();
    const people = await officials();
    for (const row of await database.allDocs(ids)) {
      if (row.doc) states.set(row.key, { state: fromServer(row.doc, people), rev: row.doc._rev });
      else if (row.value?.deleted) {
        states.set(row.key, { state: await tombstone(row.key, row.value.rev, fallbacks.get(row.key) ?? { id: row.key }, people), rev: row.value.rev });
      }
    }
    return states;
  }

  async function push(call: HandlerCall, rows: Array<{ newDocumentState: WithDeleted<RecordTypes[K]>; assumedMasterState?: WithDeleted<RecordTypes[K]> }>) {
    call.step('waiting for the connection');
    await gate.wait();
    const locals = new Map(rows.map((row) => [String((row.newDocumentState as unknown as JsonObject).id), row]));
    const fallbacks = new Map([...locals].map(([id, row]) => [id, row.newDocumentState as unknown as JsonObject]));
    call.step('reading the server');
    const server = await serverStates([...locals.keys()], fallbacks);
    const writes: CouchDoc[] = [];
    const conflicts: JsonObject[] = [];
    const confirmed: JsonObject[] = [];
    for (const [id, row] of locals) {
      const local = row.newDocumentState as unknown as JsonObject;
      const assumed = row.assumedMasterState as unknown as JsonObject | undefined;
      const current = server.get(id);
      if (!current) {
        // Deleting what the server never had leaves nothing to do.
        if (local._deleted === true) confirmed.push(local);
        else writes.push(toCouchDoc(local));
      } else if (sameRecordState(current.state, local)) {
        pushed.wrote(id, current.rev, current.state);
        confirmed.push(local);
      } else if (assumed && sameRecordState(current.state, assumed)) {
        // A record deleted on the server and kept here (changed meanwhile) is written again
        // without a revision: Apache CouchDB answers "conflict" to a write that names the
        // deletion's revision, so naming it would merge and push again forever (torture run,
        // CouchDB seed 11). Without one, CouchDB and PouchDB both continue the deleted record;
        // someone restoring it in between still makes this a conflict to merge.
        const revival = current.state._deleted === true && local._deleted !== true;
        writes.push(toCouchDoc(local, revival ? undefined : current.rev));
      } else {
        pushed.note(id, current.rev);
        conflicts.push(current.state);
      }
    }
    const refusals: Refusal[] = [];
    if (writes.length > 0) {
      const again: string[] = [];
      call.step('writing to the server');
      for (const result of await pushed.track(database.bulkDocs(writes))) {
        const local = fallbacks.get(result.id);
        if (!result.error) {
          if (local) {
            pushed.wrote(result.id, result.rev, local);
            confirmed.push(local);
          } else pushed.note(result.id, result.rev);
        } else if (result.error === 'conflict') {
          again.push(result.id);
        } else {
          refusals.push({ id: result.id, reason: result.reason ?? result.error });
        }
      }
      if (again.length > 0) {
        // Someone wrote between our read and our write: their state is the conflict to merge.
        call.step('reading the server after a conflict');
        const latest = await serverStates(again, fallbacks);
        for (const id of again) {
          const current = latest.get(id);
          if (!current) continue;
          pushed.note(id, current.rev);
          conflicts.push(current.state);
        }
      }
    }
    events.confirmed(name, confirmed);
    if (refusals.length > 0) {
      events.refused(name, refusals);
      throw new PushRefusedError(name, refusals);
    }
    events.pushed(name);
    return conflicts as unknown as WithDeleted<RecordTypes[K]>[];
  }

  const replication = replicateRxCollection<RecordTypes[K], PullCheckpoint>({
    replicationIdentifier: options.identifier,
    collection,
    live: true,
    retryTime: options.retryTimeMs,
    // The engine waits for leadership itself, starts and pauses the replication, and (not the
    // visibility of the page) decides when to sync.
    waitForLeadership: false,
    autoStart: false,
    toggleOnDocumentVisible: false,
    pull: {
      handler: (checkpoint, batchSize) => options.trace.run('pull', (call) => pull(call, checkpoint, batchSize)),
      batchSize: options.pullBatchSize,
      // RxDB copies each pulled state before this runs; the copy is the object it compares and stores.
      modifier: (state: WithDeleted<RecordTypes[K]>) => {
        const id = String((state as unknown as JsonObject).id);
        const rev = handedOverRevs.get(id);
        if (rev) markPulledState(state, () => pushed.overtakes(id, rev));
        return state;
      },
    },
    push: { handler: (rows) => options.trace.run('push', (call) => push(call, rows)), batchSize: options.pushBatchSize },
  });
  if (pacer)
    replication.canceled$
      .pipe(
        filter((canceled) => canceled === true),
        take(1),
      )
      .subscribe(() => pacer.dispose());
  return replication;
}
