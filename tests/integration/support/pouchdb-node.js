// PouchDB for Node tests: the memory adapter on this "laptop", HTTP for the server. Plain
// JavaScript with a declaration file for the same reason as renderer/src/attachments/
// pouchdb-browser.js (@types/pouchdb-core's global Buffer clashes with @types/node, TS2320).
// Loaded with Node's own require: through Vitest's resolver the HTTP adapter came out in its
// browser build and handed the memory adapter Blobs it cannot hash.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-core');
const Pouch = PouchDB.plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-adapter-http')).plugin(require('pouchdb-replication'));

export function openMemoryPouch(name) {
  return new Pouch(name, { adapter: 'memory' });
}

// PouchDB's Node build reads attachments with node-fetch's `response.buffer()`, and falls back
// to a Blob (which its Node storage cannot hash) when given the platform's fetch: add it.
export function openRemotePouch(url, fetch) {
  const withBuffer = async (input, init) => {
    const response = await fetch(input, init);
    response.buffer = async () => Buffer.from(await response.clone().arrayBuffer());
    return response;
  };
  return new Pouch(url, { adapter: 'http', skip_setup: true, fetch: withBuffer });
}
