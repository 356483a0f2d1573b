/** Types of pouchdb-browser.js: only the PouchLike interface the attachment store needs. */
import type { FetchLike } from '@shared/couch/http';
import type { PouchLike } from './pouch';

export function openLocalPouch(name: string): PouchLike;
export function openRemotePouch(url: string, fetch: FetchLike): PouchLike;
