/**
 * The app knows the account's role: it reads the roles from the server's session on connecting,
 * keeps them (offline and after a restart), and the write path refuses what the role may not
 * change, so nothing the server would refuse is written on the laptop. A database whose access
 * settings were reset is named as such, not as an account without a role.
 */
import { filter, firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../shared/couch/connection-test';
import { databaseName } from '../../shared/couch/names';
import { WriteRefusedError } from '../../renderer/src/db/access-guard';
import { adminClient, database, prepareTestServer, revisionCount, serverDocs, waitFor } from './support/couch';
import { LERATO, VUSI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';
import { couchDocOf, sampleRecord } from './support/records';

const PREFIX = 'quorum_roles_';

const server = useTestServer(PREFIX, VUSI, LERATO);

describe('the account’s role', () => {
  it('is read from the session and kept: a viewer writes nothing, even offline and after a restart', async () => {
    let laptop = await openLaptop('roles-viewer', { server, prefix: PREFIX, account: VUSI });
    try {
      await laptop.until('up to date', upToDate);
      expect(laptop.repos.access.account).toEqual({ name: VUSI.username, roles: ['viewer'] });
      const draft = sampleRecord('stakeholders', 3);
      await expect(laptop.repos.stakeholders.create(draft)).rejects.toThrow(
        'Your account (viewer) may read stakeholders but not change them: that needs the secretariat or operations role.',
      );
      await expect(laptop.repos.settings.create(sampleRecord('settings', 1))).rejects.toBeInstanceOf(WriteRefusedError);
      expect(await laptop.db.stakeholders.count().exec()).toBe(0);
      expect(await laptop.db.audit.count().exec()).toBe(0);
    } finally {
      await laptop.close();
    }
    // Reopened offline: the roles last known hold.
    laptop = await openLaptop('roles-viewer', { server, prefix: PREFIX, account: VUSI, online: false, keepSettings: true });
    try {
      expect(laptop.repos.access.account?.roles).toEqual(['viewer']);
      await expect(laptop.repos.stakeholders.create(sampleRecord('stakeholders', 4))).rejects.toBeInstanceOf(WriteRefusedError);
    } finally {
      await laptop.close();
    }
  }, 120_000);

  it('lets operations log queries (with their audit entries) but not change meetings', async () => {
    const laptop = await openLaptop('roles-ops', { server, prefix: PREFIX, account: LERATO, memory: true });
    try {
      await laptop.until('up to date', upToDate);
      expect(laptop.repos.access.account?.roles).toEqual(['operations']);
      const stakeholder = await laptop.repos.stakeholders.create({ ...sampleRecord('stakeholders', 5), consentPurpose: 'Answering the query' });
      expect(await laptop.repos.stakeholders.findById(stakeholder.id)).not.toBeNull();
      await expect(laptop.repos.meetings.create(sampleRecord('meetings', 5))).rejects.toThrow(
        'Your account (operations) may read meetings but not change them: that needs the secretariat role.',
      );
      expect(await laptop.db.meetings.count().exec()).toBe(0);
      await laptop.until('the stakeholder sent', (s) => upToDate(s) && s.pending === 0);
      // A meeting written before the role changed (straight into the database) is refused by the
      // server; the log says so in one sentence with one full stop.
      await laptop.db.meetings.insert(sampleRecord('meetings', 6));
      await laptop.until('the refusal', (s) => s.problem?.kind === 'refused-write');
      const line = laptop.repos.sync.log.entries.find((e) => /refused 1 change to Meetings/.test(e.message))?.message ?? '';
      expect(line).toBe(
        'The server refused 1 change to Meetings: Your account may not change meetings: that needs the role secretariat. They stay on this laptop and are sent again later.',
      );
    } finally {
      await laptop.close();
    }
  }, 120_000);

  it('lists the changes the server refused and, once discarded, puts the server’s versions back without sending anything', async () => {
    const onServer = sampleRecord('meetings', 21);
    await database(server, PREFIX, 'meetings').bulkDocs([couchDocOf(onServer)]);
    const laptop = await openLaptop('roles-discard', { server, prefix: PREFIX, account: LERATO, memory: true });
    try {
      await laptop.until('up to date', upToDate);
      await waitFor('the meeting pulled', () => laptop.repos.meetings.findById(onServer.id));
      // Written before the laptop knew its role (straight into the database, in one write): a
      // changed meeting and a new one, both refused by the server for an operations account.
      const pulled = await laptop.db.meetings.findOne(onServer.id).exec();
      const created = sampleRecord('meetings', 22);
      await laptop.db.meetings.bulkUpsert([{ ...pulled!.toMutableJSON(), title: 'Changed where it may not be' }, created]);
      // RxDB retries a refused push with the same records, so what is refused shows a push at a
      // time: the person discards what is listed until nothing is refused any more.
      const listed = new Set<string>();
      for (let round = 0; round < 4; round += 1) {
        const refused = await Promise.race([
          firstValueFrom(laptop.repos.sync.watchRefused().pipe(filter((list) => list.length > 0))),
          laptop.until('nothing waiting', (s) => upToDate(s) && s.pending === 0 && s.problem === null).then(() => null),
        ]);
        if (!refused) break;
        for (const change of refused) {
          expect(change.label).toMatch(/^Meeting “/);
          expect(change.reason).toBe('Your account may not change meetings: that needs the role secretariat.');
          listed.add(change.id);
        }
        await laptop.repos.sync.discardRefused();
      }
      expect([...listed].sort()).toEqual([onServer.id, created.id].sort());
      await laptop.until('in step with nothing refused', (s) => upToDate(s) && s.pending === 0 && s.problem === null);
      expect((await laptop.repos.meetings.findById(onServer.id))?.title).toBe(onServer.title);
      expect(await laptop.repos.meetings.findById(created.id)).toBeNull();
      expect(await firstValueFrom(laptop.repos.sync.watchRefused())).toEqual([]);
      const docs = await serverDocs(server, PREFIX, 'meetings');
      expect(docs.has(created.id)).toBe(false);
      expect(docs.get(onServer.id)?.title).toBe(onServer.title);
      expect(await revisionCount(server, PREFIX, 'meetings', onServer.id)).toBe(1);
      expect(laptop.repos.sync.log.entries.some((e) => /^Discarded \d refused changes?: the server’s version is back on this laptop\.$/.test(e.message))).toBe(
        true,
      );
    } finally {
      await laptop.close();
    }
  }, 120_000);

  it('names a database whose access settings were reset, for an account that has a role', async () => {
    const admin = adminClient(server);
    const name = encodeURIComponent(databaseName(PREFIX, 'meetings'));
    await admin.json('PUT', `${name}/_security`, { body: { admins: { names: [], roles: [] }, members: { names: [], roles: ['_admin'] } } });
    try {
      const report = await testConnection({ serverUrl: server.url, prefix: PREFIX, ...VUSI });
      expect(report.problem?.kind).toBe('access-reset');
      const laptop = await openLaptop('roles-reset', { server, prefix: PREFIX, account: VUSI, memory: true });
      try {
        const status = await laptop.until('the reset named', (s) => s.problem?.kind === 'access-reset');
        expect(status.problem?.database).toBe(databaseName(PREFIX, 'meetings'));
      } finally {
        await laptop.close();
      }
    } finally {
      await prepareTestServer(server, PREFIX);
    }
  }, 120_000);
});
