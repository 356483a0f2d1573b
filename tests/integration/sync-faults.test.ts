/**
 * Faults on the way: the server killed in the middle of a push and started again, a network
 * that comes and goes, and offline work that reaches the server when the network returns.
 * Each ends with a clear status, and with every record on the server exactly once.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../shared/schemas/vocabulary';
import { conflictingRevisions, revisionCount, serverDocs, waitFor } from './support/couch';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';
import { fillEveryCollection, sampleRecord } from './support/records';

const PREFIX = 'quorum_faults_';

const server = useTestServer(PREFIX, THULI);

describe('faults', () => {
  it('converges with no loss and no duplicates after the server dies mid-push and comes back', async () => {
    const laptop = await openLaptop('faults-kill', { server, prefix: PREFIX, account: THULI, online: false, timing: { pushBatchSize: 25 } });
    try {
      const ids = await fillEveryCollection(laptop.db, 150);
      await laptop.until('all waiting offline', (s) => s.phase === 'offline' && s.pending === 1_500);
      laptop.network.set(true);
      // Kill the server once part of the push has landed.
      await waitFor('part of the push on the server', async () => {
        const count = (await serverDocs(server, PREFIX, 'meetings')).size;
        return count > 0 && count < 150 ? count : null;
      });
      await server.kill();
      const failed = await laptop.until('the failure shown', (s) => s.phase === 'error');
      expect(failed.problem?.kind).toBe('unreachable');
      expect(failed.nextAttemptAt).not.toBeNull();
      expect(failed.pending).toBeGreaterThan(0);

      await server.restart();
      await laptop.until('up to date after the restart', upToDate, 90_000);
      for (const name of COLLECTION_NAMES) {
        const onServer = await serverDocs(server, PREFIX, name);
        expect(onServer.size, `${name} on the server`).toBe(150);
        for (const id of ids.get(name) ?? []) expect(onServer.has(id), `${name}/${id}`).toBe(true);
      }
      // No record was written twice: one revision each, and no conflicting revisions.
      for (const id of (ids.get('meetings') ?? []).slice(0, 40)) {
        expect(await revisionCount(server, PREFIX, 'meetings', id)).toBe(1);
        expect(await conflictingRevisions(server, PREFIX, 'meetings', id)).toEqual([]);
      }
      expect(laptop.repos.sync.log.entries.some((e) => /Reconnected/.test(e.message))).toBe(true);
    } finally {
      await laptop.close();
    }
  }, 180_000);

  it('sweeps one after another, each once the last one’s pulls have ended, and stays up to date', async () => {
    const laptop = await openLaptop('faults-sweeps', { server, prefix: PREFIX, account: THULI });
    try {
      await laptop.until('up to date', upToDate);
      const engine = laptop.repos.sync.engine;
      if (!engine) throw new Error('No sync engine.');
      // Three sweep periods (1.5 s in the tests): the sweeps' pulls end and are waited for.
      await waitFor('a sweep whose pulls ended', () => Promise.resolve(/the last took \d+ ms/.test(engine.diagnose().sweeps) ? true : null), 15_000);
      expect((await laptop.until('up to date between sweeps', upToDate)).pending).toBe(0);
    } finally {
      await laptop.close();
    }
  }, 60_000);

  it('sends offline work by itself when a flapping network settles, each record once', async () => {
    const laptop = await openLaptop('faults-flap', { server, prefix: PREFIX, account: THULI });
    try {
      await laptop.until('up to date', upToDate);
      const written: string[] = [];
      for (let round = 0; round < 12; round++) {
        laptop.network.set(round % 2 === 1);
        const record = sampleRecord('stakeholders', 100 + round);
        await laptop.db.stakeholders.insert(record);
        written.push(record.id);
        // Not long enough to settle: the network changes again at once, as on a bad line.
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      laptop.network.set(false);
      await laptop.until('offline', (s) => s.phase === 'offline');
      // Whatever the flapping let through, one more record typed offline is surely waiting (the
      // flapping alone left some waiting only when the short online spells were too short).
      const last = sampleRecord('stakeholders', 199);
      await laptop.db.stakeholders.insert(last);
      written.push(last.id);
      const offline = await laptop.until('offline, some waiting', (s) => s.phase === 'offline' && s.pending > 0);
      expect(offline.pending).toBeGreaterThan(0);
      laptop.network.set(true);
      await laptop.until('up to date once the network settles', upToDate, 60_000);
      const onServer = await serverDocs(server, PREFIX, 'stakeholders');
      for (const id of written) {
        expect(onServer.has(id), id).toBe(true);
        expect(await revisionCount(server, PREFIX, 'stakeholders', id)).toBe(1);
      }
      // Never a tight loop: a handful of reconnections, not hundreds.
      const connects = laptop.repos.sync.log.entries.filter((e) => /onnected to/.test(e.message)).length;
      expect(connects).toBeLessThan(20);
    } finally {
      await laptop.close();
    }
  }, 120_000);

  it('shows the waiting changes after a reload while offline, and sends them when online', async () => {
    const first = await openLaptop('faults-reload', { server, prefix: PREFIX, account: THULI });
    const record = sampleRecord('meetings', 500);
    try {
      await first.until('up to date', upToDate);
      first.network.set(false);
      await first.until('offline', (s) => s.phase === 'offline');
      await first.db.meetings.insert(record);
      await first.until('one change waiting', (s) => s.phase === 'offline' && s.pending === 1);
    } finally {
      await first.close();
    }
    const reopened = await openLaptop('faults-reload', { server, prefix: PREFIX, account: THULI, online: false, keepSettings: true });
    try {
      const status = await reopened.until('still one change waiting after the reload', (s) => s.phase === 'offline' && s.pending === 1);
      expect(status.lastSyncedAt).not.toBeNull();
      reopened.network.set(true);
      await reopened.until('up to date', upToDate);
      expect((await serverDocs(server, PREFIX, 'meetings')).has(record.id)).toBe(true);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
