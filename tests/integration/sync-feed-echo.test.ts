/**
 * A laptop's own saves come back through the audit trail's change feed. They must not set off
 * pulls and a round of attachments each: typing minutes saves at every keystroke, and each echo
 * cost two pulls of the record's collection, two of the audit trail and a PouchDB replication of
 * the attachments both ways, on the secretary's main thread and the council's network. Someone
 * else's change must still arrive through the feed, long before the periodic sweep.
 */
import { describe, expect, it } from 'vitest';
import { CouchDatabase } from '../../shared/couch/database';
import type { FetchLike } from '../../shared/couch/http';
import { databaseName } from '../../shared/couch/names';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';
import { adminClient, waitFor } from './support/couch';
import { sampleRecord } from './support/records';

const PREFIX = 'quorum_echo_';

const server = useTestServer(PREFIX, THULI);

/** A network that notes every request after `watching` is set, except the feed's own long polls. */
function watchedNetwork() {
  const seen: string[] = [];
  const state = { watching: false };
  const fetchLike: FetchLike = (input, init) => {
    const url = new URL(String(input));
    if (state.watching && url.searchParams.get('feed') !== 'longpoll') seen.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    return fetch(input, init);
  };
  return { fetchLike, seen, state };
}

describe("the change feed and this laptop's own saves", () => {
  it('pulls nothing and runs no attachment round for its own saves, and still brings a colleague’s change at once', async () => {
    const network = watchedNetwork();
    // Sweeps far apart: whatever is pulled here, the feed asked for.
    const timing = { sweepMs: 120_000 };
    const thuli = await openLaptop('echo-thuli', { server, prefix: PREFIX, account: THULI, actor: 'Thuli', fetch: network.fetchLike, timing });
    try {
      await thuli.until('Thuli up to date', upToDate);
      const stakeholder = await thuli.repos.stakeholders.create({ ...sampleRecord('stakeholders', 1), consentPurpose: 'Answering the query' });
      await thuli.until('the stakeholder on the server', upToDate);

      // Thuli types an address, one save at a time, as minutes are saved while typed.
      network.state.watching = true;
      let address = '';
      for (const part of ['12 ', 'Marula ', 'Street, ', 'Mopane ', 'Ridge']) {
        address += part;
        await thuli.repos.stakeholders.edit(stakeholder.id, { address });
        await thuli.until('the save pushed', upToDate);
      }
      // Longer than the feed's repeat of a signal (300 ms here), so any pull it asked for has run.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await thuli.until('Thuli up to date', upToDate);
      const pulls = network.seen.filter((request) => request.startsWith('GET') && request.endsWith('/_changes'));
      const attachments = network.seen.filter((request) => request.includes(`${PREFIX}attachments`));
      expect(network.seen.filter((request) => request.endsWith('/_bulk_docs')).length).toBeGreaterThan(0);
      expect(pulls).toEqual([]);
      expect(attachments).toEqual([]);

      // A colleague's laptop pushes a change with its audit entry (one laptop open at a time
      // here: RxDB's open-source limit of collections). It reaches Thuli through the feed, not
      // the sweep two minutes away.
      const stakeholders = new CouchDatabase(adminClient(server), databaseName(PREFIX, 'stakeholders'));
      const current = await stakeholders.get(stakeholder.id);
      if (!current) throw new Error('The stakeholder is not on the server.');
      await stakeholders.bulkDocs([{ ...current, phone: '015 555 0101', updatedBy: 'Sipho' }]);
      const { id: entryId, ...entry } = {
        ...sampleRecord('audit', 1, 'Sipho'),
        action: 'update',
        recordType: 'stakeholders',
        recordId: stakeholder.id,
        fields: ['phone'],
      };
      await new CouchDatabase(adminClient(server), databaseName(PREFIX, 'audit')).bulkDocs([{ _id: entryId, ...entry }]);
      const arrived = await waitFor(
        'Sipho’s change on Thuli’s laptop',
        async () => ((await thuli.repos.stakeholders.findById(stakeholder.id))?.phone === '015 555 0101' ? true : null),
        20_000,
      );
      expect(arrived).toBe(true);
      expect((await thuli.repos.stakeholders.findById(stakeholder.id))?.address).toBe('12 Marula Street, Mopane Ridge');
    } finally {
      await thuli.close();
    }
  });
});
