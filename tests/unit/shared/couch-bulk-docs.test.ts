/**
 * Apache CouchDB refuses a whole `_bulk_docs` request (413) when one document in it is over its
 * size limit. The other records of the batch must still be written, and the one too large must
 * come back refused by its id, with a reason a person can act on.
 */
import { describe, expect, it } from 'vitest';
import { CouchDatabase, type CouchDoc } from '../../../shared/couch/database';
import { CouchClient } from '../../../shared/couch/http';

const LIMIT = 1_000;

/** A server that behaves as CouchDB 3.5 did when measured: 413 for the request, nothing written. */
function fakeServer() {
  const written: string[] = [];
  const requests: number[] = [];
  const fetch = (_url: string, init?: RequestInit): Promise<Response> => {
    const { docs } = JSON.parse(init?.body as string) as { docs: CouchDoc[] };
    requests.push(docs.length);
    const tooLarge = docs.find((doc) => JSON.stringify(doc).length > LIMIT);
    if (tooLarge) return Promise.resolve(Response.json({ error: 'document_too_large', reason: tooLarge._id }, { status: 413 }));
    written.push(...docs.map((doc) => doc._id));
    return Promise.resolve(
      Response.json(
        docs.map((doc) => ({ id: doc._id, ok: true, rev: '1-a' })),
        { status: 201 },
      ),
    );
  };
  return { database: new CouchDatabase(new CouchClient({ serverUrl: 'http://couch.test/' }, { fetch }), 'quorum_x_agendaitems'), written, requests };
}

const doc = (id: string, size = 10): CouchDoc => ({ _id: id, text: 'x'.repeat(size) });

describe('writing a batch that holds a record too large for the server', () => {
  it('writes every other record and refuses the large one by its id', async () => {
    const server = fakeServer();
    const batch = [doc('a'), doc('b'), doc('big', 5_000), doc('c'), doc('d'), doc('e')];
    const results = await server.database.bulkDocs(batch);
    expect(server.written.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(results.map((result) => result.id).sort()).toEqual(['a', 'b', 'big', 'c', 'd', 'e']);
    const refused = results.filter((result) => result.error);
    expect(refused.map(({ id, error }) => ({ id, error }))).toEqual([{ id: 'big', error: 'document_too_large' }]);
    expect(refused[0]?.reason).toMatch(/too large for the server \(0\.0 MB.*Settle its competing edits or shorten its longest text/);
  });

  it('sends a batch that fits in one request, as before', async () => {
    const server = fakeServer();
    const results = await server.database.bulkDocs([doc('a'), doc('b'), doc('c')]);
    expect(server.requests).toEqual([3]);
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it('refuses two large records separately and still writes the rest', async () => {
    const server = fakeServer();
    const results = await server.database.bulkDocs([doc('big-1', 5_000), doc('a'), doc('big-2', 5_000)]);
    expect(server.written).toEqual(['a']);
    expect(results.filter((result) => result.error).map((result) => result.id)).toEqual(['big-1', 'big-2']);
  });

  it('splits a batch a proxy refuses with a 413 page, not JSON, the same way', async () => {
    const written: string[] = [];
    const fetch = (_url: string, init?: RequestInit): Promise<Response> => {
      const { docs } = JSON.parse(init?.body as string) as { docs: CouchDoc[] };
      if (docs.some((doc) => JSON.stringify(doc).length > LIMIT)) {
        return Promise.resolve(
          new Response('<html><body>413 Request Entity Too Large</body></html>', { status: 413, headers: { 'content-type': 'text/html' } }),
        );
      }
      written.push(...docs.map((doc) => doc._id));
      return Promise.resolve(
        Response.json(
          docs.map((doc) => ({ id: doc._id, ok: true, rev: '1-a' })),
          { status: 201 },
        ),
      );
    };
    const database = new CouchDatabase(new CouchClient({ serverUrl: 'http://couch.test/' }, { fetch }), 'quorum_x_agendaitems');
    const results = await database.bulkDocs([doc('a'), doc('big', 5_000), doc('b')]);
    expect(written).toEqual(['a', 'b']);
    expect(results.filter((result) => result.error).map((result) => result.id)).toEqual(['big']);
    expect(await database.bulkDocs([])).toEqual([]);
  });
});
