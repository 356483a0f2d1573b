/**
 * Changes the server refused to store: its validation said no, most often because the account's
 * role no longer allows them (IT changed the role while the laptop held offline edits, or the
 * edits were made before the laptop first learned the role). They stay on this laptop and are
 * sent again, never dropped by themselves. A person can see which records they are and, having
 * been told what will be lost, discard them: the server's version of each record is then put
 * back here, so the next push finds the laptop and the server alike and sends nothing.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { CouchDatabase } from '@shared/couch/database';
import type { OfficialRef } from '@shared/domain/officials';
import { upgradeRecord } from '@shared/schemas/migrations';
import type { CollectionName } from '@shared/schemas/vocabulary';
import type { JsonObject } from '@shared/sync/record-state';
import type { QuorumDatabase } from '../db/create-database';
import type { Refusal } from './collection-replication';
import { fromCouchDoc } from './record-transfer';

export interface RefusedChange {
  collection: CollectionName;
  id: string;
  /** The server's reason, as it gave it. */
  reason: string;
}

/**
 * The records each collection's pushes had refused, until a push of that collection goes
 * through without a refusal (a refused record's retry is part of every later push).
 */
export class RefusedChanges {
  private readonly byCollection = new Map<CollectionName, Map<string, string>>();
  private readonly subject = new BehaviorSubject<RefusedChange[]>([]);

  get changes$(): Observable<RefusedChange[]> {
    return this.subject.asObservable();
  }

  get list(): RefusedChange[] {
    return this.subject.getValue();
  }

  record(collection: CollectionName, refusals: Refusal[]): void {
    const known = this.byCollection.get(collection) ?? new Map<string, string>();
    for (const refusal of refusals) known.set(refusal.id, refusal.reason);
    this.byCollection.set(collection, known);
    this.publish();
  }

  countOf(collection: CollectionName): number {
    return this.byCollection.get(collection)?.size ?? 0;
  }

  clear(collection: CollectionName): void {
    if (this.byCollection.delete(collection)) this.publish();
  }

  private publish(): void {
    const list: RefusedChange[] = [];
    for (const [collection, refusals] of this.byCollection) {
      for (const [id, reason] of refusals) list.push({ collection, id, reason });
    }
    this.subject.next(list);
  }
}

export interface ServerVersionsBack {
  /** Records whose server version is back on this laptop. */
  restored: number;
  /** Records the server never had (or has deleted), removed here. */
  removed: number;
}

type AnyCollection = RxCollection<Record<string, unknown>>;

/**
 * Puts the server's version of each refused record back on this laptop, written straight to
 * the local database: it is not a person's change (no audit entry, which the account could not
 * send either) but the server's state, so the next push confirms it without writing anything.
 */
export async function putServerVersionsBack(options: {
  db: QuorumDatabase;
  changes: readonly RefusedChange[];
  serverDatabase: (collection: CollectionName) => Pick<CouchDatabase, 'allDocs'>;
}): Promise<ServerVersionsBack> {
  const result: ServerVersionsBack = { restored: 0, removed: 0 };
  const byCollection = new Map<CollectionName, string[]>();
  for (const change of options.changes) byCollection.set(change.collection, [...(byCollection.get(change.collection) ?? []), change.id]);
  const people = await officials(options.db);
  for (const [name, ids] of byCollection) {
    const collection = options.db[name] as unknown as AnyCollection;
    const rows = await options.serverDatabase(name).allDocs(ids);
    const onServer = new Map<string, JsonObject>();
    for (const row of rows) if (row.doc && row.doc._deleted !== true) onServer.set(row.key, upgradeRecord(name, fromCouchDoc(row.doc), people));
    for (const id of ids) {
      const local = await collection.findOne(id).exec();
      const server = onServer.get(id);
      if (!server) {
        if (local) await local.remove();
        result.removed += 1;
        continue;
      }
      const content = withoutBookkeeping(server);
      if (local) {
        await local.incrementalModify((current) => ({ ...bookkeepingOf(current), ...content }));
      } else {
        await collection.insert(content);
      }
      result.restored += 1;
    }
  }
  return result;
}

function withoutBookkeeping(state: JsonObject): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) if (!key.startsWith('_')) content[key] = value;
  return content;
}

function bookkeepingOf(state: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) if (key.startsWith('_')) kept[key] = value;
  return kept;
}

async function officials(db: QuorumDatabase): Promise<OfficialRef[]> {
  const docs = await db.members.find({ selector: { kind: 'official' } }).exec();
  return docs.map((doc) => ({ id: doc.id, fullName: doc.fullName, ...(doc.title ? { title: doc.title } : {}) }));
}
