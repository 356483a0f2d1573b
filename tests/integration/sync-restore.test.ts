/**
 * A server database recreated empty, or restored from an older backup: RxDB's checkpoints
 * would leave the laptop believing it is in sync. The laptop notices the database's new
 * identity, re-uploads what the server lacks, pulls what it has, and writes nothing twice.
 */
import { describe, expect, it } from 'vitest';
import { CouchClient } from '../../shared/couch/http';
import { IDENTITY_DOC_ID } from '../../shared/couch/identity';
import { databaseName } from '../../shared/couch/names';
import type { Meeting } from '../../shared/schemas';
import { versionValue } from '../../shared/sync/conflict-settlement';
import { adminClient, database, prepareTestServer, recreateDatabase, revisionCount, serverDocs, waitFor } from './support/couch';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate, type Laptop } from './support/laptop';
import { couchDocOf, sampleRecord } from './support/records';

const PREFIX = 'quorum_restore_';

const server = useTestServer(PREFIX, THULI);

async function withLaptop(name: string, work: (laptop: Laptop) => Promise<void>): Promise<void> {
  const laptop = await openLaptop(name, { server, prefix: PREFIX, account: THULI, keepSettings: true });
  try {
    await work(laptop);
  } finally {
    await laptop.close();
  }
}

describe('a recreated or restored server database', () => {
  it('refills an emptied database set up again, and pulls what the new one already has', async () => {
    const meetings = Array.from({ length: 40 }, (_, index) => sampleRecord('meetings', index + 1));
    await withLaptop('restore-a', async (laptop) => {
      await laptop.db.meetings.bulkInsert(meetings);
      await laptop.until('up to date', upToDate);
      expect((await serverDocs(server, PREFIX, 'meetings')).size).toBe(40);

      // IT loses the database, creates it again and runs the setup command: a new identity.
      await recreateDatabase(server, PREFIX, 'meetings');
      await prepareTestServer(server, PREFIX);
      const fromElsewhere = sampleRecord('meetings', 99);
      await database(server, PREFIX, 'meetings', THULI).bulkDocs([couchDocOf(fromElsewhere)]);

      await waitFor('the database refilled', async () => ((await serverDocs(server, PREFIX, 'meetings')).size === 41 ? true : null), 30_000);
      await laptop.until('up to date again', upToDate);
      // The record written elsewhere arrives with the re-keyed replication's pull, which may
      // finish just after the push has made the status "up to date".
      await waitFor('the meeting written elsewhere pulled', () => laptop.repos.meetings.findById(fromElsewhere.id), 30_000);
      for (const meeting of meetings.slice(0, 10)) expect(await revisionCount(server, PREFIX, 'meetings', meeting.id)).toBe(1);
      expect(laptop.repos.sync.log.entries.some((e) => /recreated or restored/.test(e.message))).toBe(true);
    });
  }, 120_000);

  // pouchdb-server leaves a recreated database open to every account, so the laptop refills it
  // at once; CouchDB 3 makes it admin-only until the setup command runs again.
  it('notices a database recreated without the setup command (no identity at all)', async () => {
    const stakeholders = Array.from({ length: 15 }, (_, index) => sampleRecord('stakeholders', index + 1));
    await withLaptop('restore-b', async (laptop) => {
      await laptop.db.stakeholders.bulkInsert(stakeholders);
      await laptop.until('up to date', upToDate);
    });
    await recreateDatabase(server, PREFIX, 'stakeholders');
    const identity = await adminClient(server).request('GET', `${databaseName(PREFIX, 'stakeholders')}/_local/${IDENTITY_DOC_ID}`, { accept: [404] });
    expect(identity.status).toBe(404);
    if (server.kind === 'couchdb') {
      // CouchDB 3: a database created again has an empty _security, which admits only admins.
      // The laptop cannot read or write it: it shows a problem and keeps everything it has.
      const bare = await new CouchClient({ serverUrl: server.url, ...THULI }).request('GET', databaseName(PREFIX, 'stakeholders'), {
        accept: [403],
      });
      expect(bare.status).toBe(403);
      await withLaptop('restore-b', async (laptop) => {
        await laptop.until('a problem shown', (status) => status.phase === 'error' && status.problem !== null);
        expect(await laptop.db.stakeholders.count().exec()).toBe(15);
      });
      expect((await serverDocs(server, PREFIX, 'stakeholders')).size).toBe(0);
      // What IT must do: run the setup command again (access settings, identity, design docs).
      await prepareTestServer(server, PREFIX);
    }
    await withLaptop('restore-b', async (laptop) => {
      await waitFor('the stakeholders sent again', async () => ((await serverDocs(server, PREFIX, 'stakeholders')).size >= 15 ? true : null));
      await laptop.until('up to date', upToDate);
    });
    const onServer = await serverDocs(server, PREFIX, 'stakeholders');
    for (const stakeholder of stakeholders) expect(onServer.has(stakeholder.id)).toBe(true);
  }, 120_000);

  it('keeps both versions when a restore brings back an older version of a record', async () => {
    const meeting: Meeting = sampleRecord('meetings', 200);
    let backup: Record<string, unknown> = {};
    await withLaptop('restore-c', async (laptop) => {
      await laptop.db.meetings.insert(meeting);
      await laptop.until('up to date', upToDate);
      backup = (await serverDocs(server, PREFIX, 'meetings')).get(meeting.id) ?? {};
      const doc = await laptop.db.meetings.findOne(meeting.id).exec();
      await doc?.incrementalPatch({ venue: 'Committee Room 2', updatedAt: new Date().toISOString() });
      await laptop.until('the new venue on the server', upToDate);
    });
    // Restored from last week's files: the old version, and the setup run with --new-identity.
    await recreateDatabase(server, PREFIX, 'meetings');
    const { _rev: _ignored, ...old } = backup as { _rev?: string };
    await database(server, PREFIX, 'meetings').bulkDocs([old as { _id: string }]);
    await prepareTestServer(server, PREFIX, { newIdentity: true });

    await withLaptop('restore-c', async (laptop) => {
      const flagged = await waitFor('the record flagged', async () => {
        const current = await laptop.repos.meetings.findById(meeting.id);
        return current?.hasConflict ? current : null;
      });
      const venue = flagged.conflict?.fields.find((f) => f.field === 'venue');
      expect(venue?.versions.map((v) => versionValue(v)).sort()).toEqual(['Committee Room 2', 'Council Chamber']);
      await laptop.until('up to date', upToDate);
    });
    const onServer = (await serverDocs(server, PREFIX, 'meetings')).get(meeting.id);
    expect(onServer?.hasConflict).toBe(true);
  }, 120_000);

  // A KNOWN LOSS, not yet fixed (docs/sync-torture.md, item 21; found by the torture run, pouchdb-server
  // seed 4842): a data folder put back before `couch:setup --new-identity` runs (or if it never
  // runs) brings back the old identity too, so the laptop does not notice the restore, merges its
  // next edit with the state it last knew as the common base, and takes the restored, older list
  // as the server having removed the attachment. This test states the loss as it happens today,
  // so that anything else (a timeout, a conflict kept) fails it; the fix turns its last line
  // into `toBe(true)`.
  it('KNOWN LOSS, to fix: an attachment added before a restore that brought back the old identity is dropped', async () => {
    const item = sampleRecord('agendaitems', 400);
    const ref = (id: string) => ({ id, name: `${id}.pdf`, size: 10 });
    const dbName = databaseName(PREFIX, 'agendaitems');
    const admin = adminClient(server);
    await withLaptop('restore-d', async (laptop) => {
      await laptop.db.agendaitems.insert({ ...item, attachments: [ref('a-1')] });
      await laptop.until('up to date', upToDate);
      const backup = (await serverDocs(server, PREFIX, 'agendaitems')).get(item.id) ?? {};
      const identity = await admin.json<Record<string, unknown>>('GET', `${dbName}/_local/${IDENTITY_DOC_ID}`);
      await (
        await laptop.db.agendaitems.findOne(item.id).exec()
      )?.incrementalPatch({ attachments: [ref('a-1'), ref('a-2')], updatedAt: new Date().toISOString() });
      await laptop.until('a-2 on the server', upToDate);
      laptop.network.set(false);
      // Last week's files put back, identity and all; the setup has not run yet.
      await recreateDatabase(server, PREFIX, 'agendaitems');
      const { _rev: _ignored, ...old } = backup as { _rev?: string };
      await database(server, PREFIX, 'agendaitems').bulkDocs([old as { _id: string }]);
      const { _rev: _identityRev, ...oldIdentity } = identity;
      await admin.json('PUT', `${dbName}/_local/${IDENTITY_DOC_ID}`, { body: oldIdentity });
      await prepareTestServer(server, PREFIX);
      await (await laptop.db.agendaitems.findOne(item.id).exec())?.incrementalPatch({ title: 'Edited after the restore', updatedAt: new Date().toISOString() });
      laptop.network.set(true);
      await waitFor('the edit on the server', async () => {
        const doc = (await serverDocs(server, PREFIX, 'agendaitems')).get(item.id) as { title?: string } | undefined;
        return doc?.title === 'Edited after the restore' ? doc : null;
      });
      await laptop.until('up to date', upToDate);
    });
    const onServer = (await serverDocs(server, PREFIX, 'agendaitems')).get(item.id) as { attachments?: Array<{ id: string }>; conflict?: unknown };
    const kept = JSON.stringify(onServer.conflict ?? '').includes('a-2') || (onServer.attachments ?? []).some((a) => a.id === 'a-2');
    expect(onServer.attachments?.map((a) => a.id)).toEqual(['a-1']);
    expect(kept).toBe(false); // the loss: a-2 is neither in the list nor kept as a competing version
  }, 120_000);
});
