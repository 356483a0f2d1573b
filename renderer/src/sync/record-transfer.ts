/**
 * How a record crosses between RxDB and CouchDB: RxDB's `id` is CouchDB's `_id`, RxDB's
 * bookkeeping stays on the laptop, and `_attachments` is never sent (RxDB's own CouchDB plugin
 * sends `"_attachments":{}`-style data that crashes pouchdb-server; files travel through the
 * attachment store instead, see docs/stack-facts.md). Records pulled from the server are checked
 * against the schema first: a malformed one (a rogue client, an older server) is skipped and
 * reported rather than breaking the replication.
 */
import type { CouchDoc } from '@shared/couch/database';
import { recordValidator } from '@shared/schemas';
import type { CollectionName } from '@shared/schemas/vocabulary';
import type { JsonObject } from '@shared/sync/record-state';

const COUCH_BOOKKEEPING = new Set(['_rev', '_attachments', '_revisions', '_conflicts', '_deleted_conflicts', '_local_seq', '_revs_info']);

/** A CouchDB document as an RxDB document state (`WithDeleted`). */
export function fromCouchDoc(doc: CouchDoc): JsonObject {
  const state: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === '_id' || COUCH_BOOKKEEPING.has(key) || key === '_deleted') continue;
    state[key] = value;
  }
  state.id = doc._id;
  state._deleted = doc._deleted === true;
  return state;
}

/** An RxDB document state as a CouchDB document, with the server's revision when updating. */
export function toCouchDoc(state: JsonObject, rev?: string): CouchDoc {
  const doc: CouchDoc = { _id: String(state.id) };
  if (rev) doc._rev = rev;
  for (const [key, value] of Object.entries(state)) {
    if (key === 'id' || key.startsWith('_') || value === undefined) continue;
    doc[key] = value;
  }
  if (state._deleted === true) doc._deleted = true;
  return doc;
}

/** Schema problems of a pulled record, as one sentence; null when it may be stored. */
export function recordProblem(collection: CollectionName, state: JsonObject): string | null {
  const content: JsonObject = {};
  for (const [key, value] of Object.entries(state)) if (!key.startsWith('_')) content[key] = value;
  const errors = recordValidator(collection).check(content);
  const first = Object.entries(errors)[0];
  return first ? `${first[1]}${first[0] ? ` (${first[0]})` : ''}` : null;
}
