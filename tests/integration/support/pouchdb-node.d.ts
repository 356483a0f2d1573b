/** Types of pouchdb-node.js. */
import type { FetchLike } from '../../../shared/couch/http';
import type { PouchLike } from '../../../renderer/src/attachments/pouch';

export function openMemoryPouch(name: string): PouchLike;
export function openRemotePouch(url: string, fetch: FetchLike): PouchLike;
