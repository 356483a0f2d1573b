/**
 * Reading records straight from the server, without storing them: while a laptop is still
 * joining, a record the person opens that has not arrived yet (a query's timeline) is read from
 * the server at once. What comes back is checked as the pull checks it (an older app's record is
 * brought up to date, a malformed one is left out); it reaches the laptop's database only through
 * the replication, so nothing here can compete with a local edit.
 */
import type { CouchDoc } from '@shared/couch/database';
import type { CouchClient } from '@shared/couch/http';
import { databaseName } from '@shared/couch/names';
import { upgradeRecord } from '@shared/schemas/migrations';
import type { RecordTypes } from '@shared/schemas';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { fromCouchDoc, recordProblem } from './record-transfer';

/** At most this many records per read: a query's timeline is far shorter. */
export const SERVER_READ_LIMIT = 2_000;

/** The records of `collection` on the server whose `field` equals `value` (Mango `_find`), checked. */
export async function readServerRecords<K extends CollectionName>(
  access: { client: CouchClient; prefix: string },
  collection: K,
  field: string,
  value: string,
): Promise<RecordTypes[K][]> {
  const database = databaseName(access.prefix, collection);
  const body = await access.client.json<{ docs?: CouchDoc[] }>('POST', `${encodeURIComponent(database)}/_find`, {
    database,
    body: { selector: { [field]: value }, limit: SERVER_READ_LIMIT },
  });
  const records: RecordTypes[K][] = [];
  for (const doc of body.docs ?? []) {
    if (doc._id.startsWith('_design/') || doc._deleted) continue;
    const state = upgradeRecord(collection, fromCouchDoc(doc), []);
    if (recordProblem(collection, state)) continue;
    const { _deleted: _gone, ...record } = state;
    records.push(record as unknown as RecordTypes[K]);
  }
  return records;
}
