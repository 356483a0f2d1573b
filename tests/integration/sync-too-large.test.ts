/**
 * A record over the server's document size limit (Apache CouchDB: 8 MB by default) must not hold
 * back the records pushed with it, and must stay on the laptop, shown as refused with a reason a
 * person can act on. CouchDB answers 413 for the whole `_bulk_docs` request, so without care one
 * large record (minutes with many long competing versions) would stop its whole collection.
 */
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/schemas';
import { splitPages } from '../../shared/sync/conflict-pages';
import { serverDocs } from './support/couch';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop } from './support/laptop';
import { sampleRecord } from './support/records';

const PREFIX = 'quorum_too_large_';
const server = useTestServer(PREFIX, THULI);

describe('a record too large for the server', () => {
  it('is refused alone and kept on the laptop; the records pushed with it reach the server', async () => {
    // Nine competing versions of a long text, one megabyte each: about 9 MB of record.
    const versions = Array.from({ length: 9 }, (_, n) => ({
      value: JSON.stringify(`${n} `.padEnd(999_000, 'minutes ')),
      by: 'Thuli',
      origin: 'local' as const,
    }));
    const large = {
      ...sampleRecord('agendaitems', 1),
      hasConflict: true,
      conflict: { detectedAt: '2026-12-06T08:00:00.000Z', fields: splitPages([{ field: 'notes', versions }]) },
    } as AgendaItem;
    const small = [sampleRecord('agendaitems', 2), sampleRecord('agendaitems', 3)];
    const laptop = await openLaptop('too-large', { server, prefix: PREFIX, account: THULI });
    try {
      await laptop.until('connected', (s) => s.phase !== 'connecting' && s.phase !== 'offline', 60_000);
      // Inserted together, so they are pushed in one batch.
      await laptop.db.agendaitems.bulkInsert([small[0]!, large, small[1]!]);
      const settled = await laptop.until(
        'the push settled',
        (s) => (s.phase === 'error' && s.problem?.kind === 'refused-write' && s.pending === 1) || (s.phase === 'up-to-date' && s.pending === 0),
        120_000,
      );
      const onServer = await serverDocs(server, PREFIX, 'agendaitems');
      for (const record of small) expect(onServer.has(record.id), `${record.id} on the server`).toBe(true);
      if (onServer.has(large.id)) {
        // pouchdb-server has no document size limit: the record is simply there.
        expect(server.kind).toBe('pouchdb');
        return;
      }
      expect(settled.problem?.kind).toBe('refused-write');
      expect(settled.problem?.detail).toMatch(/too large for the server \(9\.\d MB/);
      expect(await laptop.db.agendaitems.findOne(large.id).exec()).not.toBeNull();
    } finally {
      await laptop.close();
    }
  }, 180_000);
});
