/**
 * The server's own validation (installed by the setup command from the shared schemas) refuses
 * malformed records from a rogue client and writes by roles that may not make them, while a
 * laptop syncing at the same time keeps working. A viewer's local edit is refused with a clear
 * status and stays on the laptop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchRequestError } from '../../shared/couch/http';
import { createAccount, database, prepareTestServer, serverDocs, waitFor } from './support/couch';
import { openLaptop, upToDate } from './support/laptop';
import { sampleRecord } from './support/records';
import { startSyncServer, type TestSyncServer } from './support/sync-server';

const PREFIX = 'quorum_validation_';
const THULI = { username: 'thuli', password: 'thuli-pass' };
const VUSI = { username: 'vusi', password: 'vusi-pass' };
const OPS = { username: 'lerato', password: 'lerato-pass' };

let server: TestSyncServer;

beforeAll(async () => {
  server = await startSyncServer();
  await prepareTestServer(server, PREFIX);
  await createAccount(server, THULI.username, THULI.password, ['secretariat']);
  await createAccount(server, VUSI.username, VUSI.password, ['viewer']);
  await createAccount(server, OPS.username, OPS.password, ['operations']);
});

afterAll(async () => {
  await server.dispose();
});

function couchDoc<T extends { id: string }>(record: T): { _id: string } & Record<string, unknown> {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}

describe('server validation', () => {
  it('refuses malformed records and writes by roles that may not make them, while a laptop keeps syncing', async () => {
    const laptop = await openLaptop('validation-live', { server, prefix: PREFIX, account: THULI });
    try {
      await laptop.until('up to date', upToDate);
      const meetings = database(server, PREFIX, 'meetings', THULI);

      const malformed = await meetings.bulkDocs([
        { _id: 'rogue-1', title: 'No body, no venue' },
        { ...couchDoc(sampleRecord('meetings', 1)), _id: 'rogue-2', venue: '   ' },
        { ...couchDoc(sampleRecord('meetings', 2)), _id: 'rogue-3', secret: 'an extra field' },
        { ...couchDoc(sampleRecord('meetings', 3)), _id: 'rogue-4', status: 'abolished' },
      ]);
      expect(malformed.map((r) => r.error)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden']);
      // pouchdb-server does not always answer a validated _bulk_docs in the order of the request: read by id.
      const reasons = new Map(malformed.map((r) => [r.id, r.reason]));
      expect(reasons.get('rogue-1')).toBe('Malformed meeting record: Body is required.');
      expect(reasons.get('rogue-2')).toBe('Malformed meeting record: Venue is required.');
      expect(reasons.get('rogue-3')).toBe('Malformed meeting record: "secret" is not a field of Meeting.');
      expect(reasons.get('rogue-4')).toBe('Malformed meeting record: Status must be one of the listed choices.');

      const byViewer = await database(server, PREFIX, 'meetings', VUSI).bulkDocs([couchDoc(sampleRecord('meetings', 4))]);
      expect(byViewer[0]?.reason).toBe('Your account may not change meetings: that needs the role secretariat.');
      const byOperations = await database(server, PREFIX, 'meetings', OPS).bulkDocs([couchDoc(sampleRecord('meetings', 5))]);
      expect(byOperations[0]?.error).toBe('forbidden');
      const queryByOperations = await database(server, PREFIX, 'queries', OPS).bulkDocs([couchDoc(sampleRecord('queries', 1))]);
      expect(queryByOperations[0]?.ok).toBe(true);

      // The audit trail is append-only: an entry may not be rewritten or deleted.
      const entry = sampleRecord('audit', 1);
      const audit = database(server, PREFIX, 'audit', THULI);
      const [written] = await audit.bulkDocs([couchDoc(entry)]);
      const rewritten = await audit.bulkDocs([{ ...couchDoc(entry), _rev: written?.rev, summary: 'Nothing happened here' }]);
      expect(rewritten[0]?.reason).toBe('Once written, audit trail entries are never changed (summary).');
      const deleted = await audit.bulkDocs([{ _id: entry.id, _rev: written?.rev, _deleted: true }]);
      expect(deleted[0]?.reason).toBe('Audit trail entries are never deleted.');
      // ...but an entry absorbing a burst of typing may grow its counters.
      const grown = await audit.bulkDocs([{ ...couchDoc(entry), _rev: written?.rev, until: '2026-11-23T08:05:00.000Z', times: 3 }]);
      expect(grown[0]?.ok).toBe(true);

      // A write the server refuses as a whole request answers 403 with the reason.
      await expect(database(server, PREFIX, 'meetings', VUSI).client.json('PUT', `${PREFIX}meetings/rogue-5`, { body: { title: 'x' } })).rejects.toBeInstanceOf(
        CouchRequestError,
      );

      // The laptop carries on: its own record still reaches the server, and nothing rogue got in.
      const own = sampleRecord('meetings', 10);
      await laptop.db.meetings.insert(own);
      await waitFor('the laptop’s record on the server', async () => ((await serverDocs(server, PREFIX, 'meetings')).has(own.id) ? true : null));
      const onServer = await serverDocs(server, PREFIX, 'meetings');
      expect([...onServer.keys()].filter((id) => id.startsWith('rogue'))).toEqual([]);
      // The operations officer's query arrives with the next sweep (it came without an audit entry).
      await waitFor('the operations officer’s query on the laptop', () => laptop.repos.queries.findById(queryByOperations[0]?.id ?? ''));
      await laptop.until('still up to date', upToDate);
    } finally {
      await laptop.close();
    }
  }, 120_000);

  it('shows a viewer’s refused edit as an error, keeps it on the laptop, and goes on syncing the rest', async () => {
    const laptop = await openLaptop('validation-viewer', { server, prefix: PREFIX, account: VUSI });
    try {
      await laptop.until('up to date', upToDate);
      const local = sampleRecord('stakeholders', 7);
      await laptop.db.stakeholders.insert(local);
      const refused = await laptop.until(
        'the refusal shown, with the change counted as waiting',
        (s) => s.phase === 'error' && s.problem?.kind === 'refused-write' && s.pending === 1,
      );
      expect(refused.problem?.what).toBe('Stakeholders');
      expect(refused.problem?.detail).toBe('Your account may not change stakeholders: that needs the role secretariat or operations.');
      expect(refused.pending).toBe(1);
      expect(await laptop.repos.stakeholders.findById(local.id)).not.toBeNull();
      expect((await serverDocs(server, PREFIX, 'stakeholders')).has(local.id)).toBe(false);

      // Another collection still arrives from the server.
      const meeting = sampleRecord('meetings', 77);
      await database(server, PREFIX, 'meetings', THULI).bulkDocs([couchDoc(meeting)]);
      await waitFor('the meeting on the viewer’s laptop', () => laptop.repos.meetings.findById(meeting.id));
      expect(laptop.repos.sync.log.entries.some((e) => e.kind === 'error' && /refused 1 change to Stakeholders/.test(e.message))).toBe(true);
    } finally {
      await laptop.close();
    }
  }, 120_000);
});
