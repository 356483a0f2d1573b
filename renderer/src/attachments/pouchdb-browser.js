// PouchDB for the renderer: IndexedDB on this laptop, HTTP for the server. Plain JavaScript
// with its own declaration file (pouchdb-browser.d.ts) on purpose: @types/pouchdb-core declares
// a global `Buffer` that clashes with @types/node under TypeScript 5.9 (TS2320), so the rest of
// the renderer sees only the small PouchLike interface (pouch.ts). Bundling PouchDB 9 with Vite
// needs the `events` package installed (STACK-NOTES, "PouchDB").
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

const Pouch = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);

export function openLocalPouch(name) {
  return new Pouch(name, { adapter: 'idb' });
}

// skip_setup: never try to create the server database (couch:setup does that; the account may
// not); the given fetch adds the credentials and reports problems to the sync status.
export function openRemotePouch(url, fetch) {
  return new Pouch(url, { adapter: 'http', skip_setup: true, fetch });
}
